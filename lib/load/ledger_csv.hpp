#pragma once
// A ledger extract streamed through libcsv (RFC 4180: quoted fields may hold commas,
// doubled quotes and line breaks), a physical line at a time, so that every record
// knows the file line it starts on and every malformed one is reported at its line and
// column. Nothing but the current record is held: memory does not grow with the rows.
// A byte-order mark, CRLF line ends and a last line without a line end all read as
// the same file without them; rows whose fields are all empty are skipped.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mtfp::load {

// One record as the handler sees it.
struct CsvRecord {
    const std::vector<std::string>& fields;  // the first `count` are this record's
    std::size_t count;
    int line;                    // the file line it starts on (1-based)
    std::string_view line_text;  // the file line it ends on, for column numbers

    // The 1-based column (in bytes) at which field `index` starts on line_text; 1 when
    // the record spans lines and the field is not on its last one.
    int column_of(std::size_t index) const;
};

class CsvHandler {
public:
    virtual ~CsvHandler() = default;
    virtual void record(const CsvRecord& record) = 0;
    virtual void malformed(int line, int column, std::string message) = 0;
};

// Reads the whole file; false (and nothing handled) when it cannot be opened.
bool stream_csv(const std::string& path, CsvHandler& handler);

// The same for text in memory (tests, the fuzz target).
void stream_csv_text(std::string_view text, CsvHandler& handler);

}  // namespace mtfp::load

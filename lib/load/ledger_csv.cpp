#include "load/ledger_csv.hpp"

#include <csv.h>
#include <fmt/format.h>

#include <cstdio>
#include <cstring>
#include <memory>

namespace mtfp::load {

namespace {

// Bounds that keep memory independent of the file: a physical line, the lines of one
// quoted field, the fields of one record. Far beyond any real ledger extract.
constexpr std::size_t max_line_bytes = 1 << 20;
constexpr int max_record_lines = 1000;
constexpr std::size_t max_fields = 1000;
constexpr std::size_t chunk_bytes = 1 << 20;

// The 1-based column of the quote that opens a field still open at the end of `line`.
int open_quote_column(std::string_view line) {
    bool quoted = false;
    int opened = 1;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] != '"') continue;
        if (!quoted) opened = static_cast<int>(i) + 1;
        quoted = !quoted;
    }
    return opened;
}

class Streamer {
public:
    explicit Streamer(CsvHandler& handler) : handler_(handler) { csv_init(&parser_, options); }
    ~Streamer() { csv_free(&parser_); }
    Streamer(const Streamer&) = delete;
    Streamer& operator=(const Streamer&) = delete;

    // Any piece of the file, in order; split here into physical lines.
    void feed(std::string_view chunk) {
        if (at_start_) {
            at_start_ = false;
            if (chunk.substr(0, 3) == "\xEF\xBB\xBF") chunk.remove_prefix(3);
        }
        while (!chunk.empty()) {
            std::size_t end = chunk.find('\n');
            std::string_view piece = chunk.substr(0, end == std::string_view::npos ? chunk.size() : end + 1);
            chunk.remove_prefix(piece.size());
            bool complete = end != std::string_view::npos;
            if (skipping_) {
                if (complete) skipping_ = false;
                continue;
            }
            if (carry_.size() + piece.size() > max_line_bytes) {
                handler_.malformed(
                    line_ + 1, 1,
                    fmt::format("a line longer than {} bytes: not a ledger row", max_line_bytes));
                ++line_;
                carry_.clear();
                restart();
                skipping_ = !complete;
                continue;
            }
            if (!complete) {
                carry_.append(piece);
            } else if (carry_.empty()) {
                line(piece);
            } else {
                carry_.append(piece);
                line(carry_);
                carry_.clear();
            }
        }
    }

    void finish() {
        if (!carry_.empty()) line(carry_);  // a last line without a line end
        if (csv_fini(&parser_, on_field, on_record, this) != 0) unclosed_quote();
        carry_.clear();
    }

private:
    static constexpr unsigned char options = CSV_STRICT | CSV_STRICT_FINI;

    void line(std::string_view text) {
        ++line_;
        if (!in_record_) {
            start_ = line_;
            start_text_.clear();
        }
        current_ = text;
        std::size_t parsed = csv_parse(&parser_, text.data(), text.size(), on_field, on_record, this);
        if (parsed < text.size()) {
            handler_.malformed(line_, static_cast<int>(parsed) + 1,
                               "malformed quoting: a quote inside an unquoted field, or text after a "
                               "closing quote (a quote inside a quoted field is written twice)");
            restart();
            return;
        }
        // libcsv's state 0 is "no record begun": anything else means a quoted field goes
        // on to the next line.
        bool open = parser_.pstate != 0 || count_ > 0;
        if (open && !in_record_) start_text_.assign(text);
        in_record_ = open;
        if (in_record_ &&
            (line_ - start_ + 1 > max_record_lines || csv_get_buffer_size(&parser_) > max_line_bytes))
            unclosed_quote();
    }

    void unclosed_quote() {
        handler_.malformed(start_, open_quote_column(start_text_),
                           "a quoted field is never closed (a quote inside a quoted field is written twice)");
        restart();
    }

    void restart() {
        csv_free(&parser_);
        csv_init(&parser_, options);
        count_ = 0;
        in_record_ = false;
    }

    static void on_field(void* text, std::size_t length, void* self) {
        auto& me = *static_cast<Streamer*>(self);
        if (me.count_ < me.fields_.size()) {
            me.fields_[me.count_].assign(static_cast<const char*>(text), length);
        } else if (me.count_ < max_fields) {
            me.fields_.emplace_back(static_cast<const char*>(text), length);
        }
        ++me.count_;
    }

    static void on_record(int, void* self) {
        auto& me = *static_cast<Streamer*>(self);
        bool blank = true;
        for (std::size_t i = 0; i < me.count_ && i < me.fields_.size() && blank; ++i)
            blank = me.fields_[i].empty();
        if (!blank) {
            std::string_view text = me.current_;
            CsvRecord record{me.fields_, me.count_, me.start_,
                             me.start_ == me.line_ ? text : std::string_view()};
            me.handler_.record(record);
        }
        me.count_ = 0;
        me.in_record_ = false;
        me.start_ = me.line_;
    }

    CsvHandler& handler_;
    csv_parser parser_{};
    std::vector<std::string> fields_;
    std::size_t count_ = 0;
    std::string carry_;       // a line split across chunks
    std::string start_text_;  // the first line of a record that spans lines
    std::string_view current_;
    int line_ = 0;
    int start_ = 1;
    bool in_record_ = false;
    bool at_start_ = true;
    bool skipping_ = false;
};

}  // namespace

int CsvRecord::column_of(std::size_t index) const {
    if (line_text.empty()) return 1;
    bool quoted = false;
    std::size_t field = 0;
    for (std::size_t i = 0; i < line_text.size(); ++i) {
        if (field == index) return static_cast<int>(i) + 1;
        char c = line_text[i];
        if (c == '"') quoted = !quoted;
        if (c == ',' && !quoted) ++field;
    }
    return field == index ? static_cast<int>(line_text.size()) + 1 : 1;
}

bool stream_csv(const std::string& path, CsvHandler& handler) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), std::fclose);
    if (!file) return false;
    Streamer streamer(handler);
    std::vector<char> buffer(chunk_bytes);
    while (std::size_t got = std::fread(buffer.data(), 1, buffer.size(), file.get()))
        streamer.feed(std::string_view(buffer.data(), got));
    if (std::ferror(file.get())) return false;
    streamer.finish();
    return true;
}

void stream_csv_text(std::string_view text, CsvHandler& handler) {
    Streamer streamer(handler);
    streamer.feed(text);
    streamer.finish();
}

}  // namespace mtfp::load

#pragma once
// Reading a scenario file's bytes, with the checks that must come before any parsing:
// size (before reading, so a huge file cannot exhaust memory), UTF-8, tabs used as
// indentation; and the normalisations that must simply work: a byte-order mark and
// CRLF or CR-only line endings. A file is opened once and read to its end.
#include <optional>
#include <string>
#include <variant>

#include "load/document.hpp"
#include "load/problems.hpp"

namespace mtfp::load {

struct ReadFailure {
    std::string message;  // "no such file", "is a directory", ...
};

// The raw bytes, or why the file could not be read (the caller says where the file
// was asked for: the command line or an `extends` key).
std::variant<std::string, ReadFailure> read_file_bytes(const std::string& path);

// Bytes already in memory, held to the same size limit as a file on disk.
std::variant<std::string, ReadFailure> check_size(std::string bytes);

// Strips a BOM, turns CRLF and a lone CR into LF, and checks UTF-8 and indentation; reports each
// problem located in `file` and returns nothing when the text cannot be parsed.
std::optional<std::string> prepare_text(std::string bytes, const SourceFile& file, Problems& problems);

}  // namespace mtfp::load

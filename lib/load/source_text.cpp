#include "load/source_text.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "money/limits.hpp"

namespace mtfp::load {

namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is not one
// (overlong forms, surrogates and code points beyond U+10FFFF included).
std::size_t utf8_sequence_length(const std::string& text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return length;
}

// YAML allows no control character but tab and line breaks in a file; yaml-cpp's own
// message for one (a NUL reads as "unknown escape character") would mislead.
bool is_control(char c) {
    auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F;
}

// Reports the first byte that is not UTF-8 text; later ones would only repeat the news.
bool check_utf8(const std::string& text, const SourceFile& file, Problems& problems) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            problems.add(Where{&file, line, column},
                         fmt::format("the file is not UTF-8 text (byte 0x{:02X}); save it as UTF-8",
                                     static_cast<unsigned char>(text[i])));
            return false;
        }
        if (is_control(text[i])) {
            problems.add(Where{&file, line, column},
                         fmt::format("the file holds a control character (byte 0x{:02X}), which YAML "
                                     "does not allow; is it a text file?",
                                     static_cast<unsigned char>(text[i])));
            return false;
        }
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            column += static_cast<int>(length);  // columns count bytes, as yaml-cpp's do
        }
        i += length;
    }
    return true;
}

// YAML forbids tabs in indentation, and yaml-cpp's own message for them is obscure.
// Every such line is reported. (A tab inside a block scalar's text would be caught
// too; scenario files have no use for block scalars.)
bool check_indentation(const std::string& text, const SourceFile& file, Problems& problems) {
    bool clean = true;
    int line = 1;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::size_t first = text.find_first_not_of(" \t", start);
        if (first != std::string::npos && first < end && text[first] != '#') {
            // Only the indentation is searched: a search to the end of the text from
            // every line made a large file quadratic (seconds for a few megabytes).
            std::size_t tab = std::string_view(text).substr(start, first - start).find('\t');
            if (tab != std::string_view::npos) {
                problems.add(Where{&file, line, static_cast<int>(tab) + 1},
                             "a tab is used for indentation; YAML indents with spaces");
                clean = false;
            }
        }
        start = end + 1;
        ++line;
    }
    return clean;
}

ReadFailure too_large(std::uintmax_t size) {
    return ReadFailure{
        fmt::format("is {} bytes; a scenario file may be at most {} bytes", size, limits::max_file_bytes)};
}

}  // namespace

std::variant<std::string, ReadFailure> check_size(std::string bytes) {
    if (bytes.size() > limits::max_file_bytes) return too_large(bytes.size());
    return bytes;
}

std::variant<std::string, ReadFailure> read_file_bytes(const std::string& path) {
    // One descriptor for everything: the kind, the size and the bytes all come from the
    // file that was opened, so a file saved over meanwhile is read whole, old or new, and
    // never as the new file cut to the old one's length. O_NONBLOCK: opening a named pipe
    // must not wait for a writer (it is refused below).
    int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (descriptor < 0) {
        int error = errno;
        if (error == ENOENT || error == ENOTDIR) return ReadFailure{"no such file"};
        if (error == ELOOP) return ReadFailure{"is a loop of symbolic links, which never reaches a file"};
        if (error == EACCES) return ReadFailure{"cannot be read (permission denied)"};
        return ReadFailure{std::string("cannot be read: ") + std::strerror(error)};
    }
    struct Closer {
        int descriptor;
        ~Closer() { ::close(descriptor); }
    } closer{descriptor};
    struct stat status {};
    if (::fstat(descriptor, &status) != 0)
        return ReadFailure{std::string("cannot be read: ") + std::strerror(errno)};
    if (S_ISDIR(status.st_mode)) return ReadFailure{"is a directory, not a scenario file"};
    if (!S_ISREG(status.st_mode)) return ReadFailure{"is not a regular file"};
    auto size = static_cast<std::uintmax_t>(status.st_size);
    if (size > limits::max_file_bytes) return too_large(size);
    // To end of file, whatever the size said (a file still growing, or one in /proc that
    // says 0), and never past the limit.
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(size));
    char buffer[65536];
    for (;;) {
        ssize_t got = ::read(descriptor, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            return ReadFailure{std::string("cannot be read: ") + std::strerror(errno)};
        }
        if (got == 0) break;
        bytes.append(buffer, static_cast<std::size_t>(got));
        if (bytes.size() > limits::max_file_bytes)
            return ReadFailure{fmt::format("is over {} bytes; a scenario file may be at most {} bytes",
                                           limits::max_file_bytes, limits::max_file_bytes)};
    }
    return bytes;
}

std::optional<std::string> prepare_text(std::string bytes, const SourceFile& file, Problems& problems) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
    std::string text;
    text.reserve(bytes.size());
    // YAML's line breaks are CRLF, LF and a lone CR (old Mac files): each becomes LF, so
    // that a CR-only file is lines, not one long comment read as an empty file.
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') continue;
        text.push_back(bytes[i] == '\r' ? '\n' : bytes[i]);
    }
    if (text.find_first_not_of(" \t\n\r") == std::string::npos) {
        problems.add(Where{&file, 0, 0}, "the file is empty; a scenario starts with 'format: mtfp/1'");
        return std::nullopt;
    }
    if (!check_utf8(text, file, problems)) return std::nullopt;
    if (!check_indentation(text, file, problems)) return std::nullopt;
    return text;
}

}  // namespace mtfp::load

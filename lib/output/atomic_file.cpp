#include "output/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "load/diagnostic.hpp"

namespace mtfp {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw InputError({Diagnostic{path, 0, 0, what}});
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view contents) {
    namespace fs = std::filesystem;
    fs::path target(path);
    std::error_code ignored;
    if (fs::is_directory(target, ignored)) fail(path, "cannot write output: it is a directory");
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string pattern = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int descriptor = mkstemp(pattern.data());
    if (descriptor < 0) fail(path, std::string("cannot write output: ") + std::strerror(errno));
    const char* cursor = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        ssize_t written = ::write(descriptor, cursor, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            int error = errno;
            ::close(descriptor);
            ::unlink(pattern.c_str());
            fail(path, std::string("cannot write output: ") + std::strerror(error));
        }
        cursor += written;
        left -= static_cast<std::size_t>(written);
    }
    // mkstemp creates 0600; an output file should have the usual permissions.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(descriptor, 0666 & ~mask);
    if (::fsync(descriptor) != 0 || ::close(descriptor) != 0) {
        int error = errno;
        ::unlink(pattern.c_str());
        fail(path, std::string("cannot write output: ") + std::strerror(error));
    }
    if (std::rename(pattern.c_str(), path.c_str()) != 0) {
        int error = errno;
        ::unlink(pattern.c_str());
        fail(path, std::string("cannot write output: ") + std::strerror(error));
    }
}

}  // namespace mtfp

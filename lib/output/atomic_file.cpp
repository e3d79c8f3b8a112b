#include "output/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "model/diagnostic.hpp"
#include "output/write_all.hpp"

namespace mtfp {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw OutputError(path, what);
}

void write_in_place(const std::string& path, std::string_view contents) {
    int descriptor = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (descriptor < 0) fail(path, std::string("cannot write output: ") + std::strerror(errno));
    int error = write_all(descriptor, contents);
    if (::close(descriptor) != 0 && error == 0) error = errno;
    if (error != 0) fail(path, std::string("cannot write output: ") + std::strerror(error));
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view contents) {
    namespace fs = std::filesystem;
    std::error_code ignored;
    fs::path target(path);
    fs::file_status status = fs::status(target, ignored);  // of what a link points to
    if (fs::is_directory(status)) fail(path, "cannot write output: it is a directory");
    if (fs::exists(status) && !fs::is_regular_file(status)) return write_in_place(path, contents);
    if (fs::is_symlink(target, ignored)) {
        fs::path resolved = fs::weakly_canonical(target, ignored);
        if (!ignored) target = resolved;
    }
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string pattern = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int descriptor = mkstemp(pattern.data());
    if (descriptor < 0) fail(path, std::string("cannot write output: ") + std::strerror(errno));
    if (int error = write_all(descriptor, contents); error != 0) {
        ::close(descriptor);
        ::unlink(pattern.c_str());
        fail(path, std::string("cannot write output: ") + std::strerror(error));
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
    if (std::rename(pattern.c_str(), target.c_str()) != 0) {
        int error = errno;
        ::unlink(pattern.c_str());
        fail(path, std::string("cannot write output: ") + std::strerror(error));
    }
}

}  // namespace mtfp

#include "output/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>

#include "model/diagnostic.hpp"
#include "output/temporary_file_guard.hpp"
#include "output/write_all.hpp"

namespace mtfp {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw OutputError(path, what);
}

[[noreturn]] void fail_with(const std::string& path, int error) {
    fail(path, std::string("cannot write output: ") + std::strerror(error));
}

// O_NONBLOCK on open: a named pipe with no reader would otherwise block for ever; it is
// refused at once instead (ENXIO). Writes then block as usual.
void write_in_place(const std::string& path, std::string_view contents) {
    int descriptor = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (descriptor < 0 && errno == ENXIO)
        fail(path, "cannot write output: it is a named pipe with nothing reading from it");
    if (descriptor < 0) fail_with(path, errno);
    int flags = ::fcntl(descriptor, F_GETFL);
    if (flags >= 0) ::fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK);
    int error = write_all(descriptor, contents);
    if (::close(descriptor) != 0 && error == 0) error = errno;
    if (error != 0) fail_with(path, error);
}

// The file a chain of symbolic links ends at, existing or not: `-o link` writes through
// the link, also when its target does not exist yet (the target is created, the link
// stays). A chain longer than the kernel's own limit is a loop.
std::optional<fs::path> final_target(fs::path target) {
    std::error_code error;
    for (int hops = 0; hops < 40; ++hops) {
        if (!fs::is_symlink(fs::symlink_status(target, error))) return target;
        fs::path next = fs::read_symlink(target, error);
        if (error) return std::nullopt;
        target = next.is_absolute() ? next : target.parent_path() / next;
    }
    return std::nullopt;
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view contents) {
    std::error_code ignored;
    fs::file_status status = fs::status(path, ignored);  // of what a link points to
    if (fs::is_directory(status)) fail(path, "cannot write output: it is a directory");
    if (fs::exists(status) && !fs::is_regular_file(status)) return write_in_place(path, contents);
    std::optional<fs::path> resolved = final_target(path);
    if (!resolved) fail(path, "cannot write output: it is a loop of symbolic links");
    fs::path target = *resolved;
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string pattern = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();

    TemporaryFileGuard guard;
    int descriptor = guard.create(pattern);
    if (descriptor < 0) fail_with(path, errno);
    auto abandon = [&](int error) {
        ::close(descriptor);
        ::unlink(pattern.c_str());
        guard.release();
        fail_with(path, error);
    };
    if (int error = write_all(descriptor, contents); error != 0) abandon(error);
    // A file written over keeps its mode, and its owner and group where we may set them
    // (root can; anyone else gets their own, as with any new file). A new file gets the
    // usual permissions (mkstemp creates 0600).
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0) {
        if (::fchown(descriptor, existing.st_uid, existing.st_gid) != 0) {
            // not permitted: the owner is whoever writes, as for any new file
        }
        ::fchmod(descriptor, existing.st_mode & 07777);
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(descriptor, 0666 & ~mask);
    }
    if (::fsync(descriptor) != 0) abandon(errno);
    if (::close(descriptor) != 0) {
        int error = errno;
        ::unlink(pattern.c_str());
        guard.release();
        fail_with(path, error);
    }
    if (BeforeRenameHook hook = before_rename_hook()) hook();
    if (std::rename(pattern.c_str(), target.c_str()) != 0) {
        int error = errno;
        ::unlink(pattern.c_str());
        guard.release();
        fail_with(path, error);
    }
    guard.release();
}

}  // namespace mtfp

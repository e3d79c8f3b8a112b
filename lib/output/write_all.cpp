#include "output/write_all.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "model/diagnostic.hpp"

namespace mtfp {

int write_all(int descriptor, std::string_view contents) {
    const char* cursor = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        ssize_t written = ::write(descriptor, cursor, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        cursor += written;
        left -= static_cast<std::size_t>(written);
    }
    return 0;
}

bool write_standard_output(std::string_view contents) {
    int error = write_all(STDOUT_FILENO, contents);
    // The close is checked too: some file systems (NFS) report a full disk only there.
    if (error == 0 && ::close(STDOUT_FILENO) != 0 && errno != EINTR && errno != EBADF) error = errno;
    if (error == EPIPE) return false;
    if (error != 0)
        throw OutputError("standard output", std::string("cannot write output: ") + std::strerror(error));
    return true;
}

}  // namespace mtfp

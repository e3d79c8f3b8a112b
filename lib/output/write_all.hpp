#pragma once
// Every byte of output goes through write_all, so that no short write or failed write
// passes unseen: -o files and standard output alike.
#include <string_view>

namespace mtfp {

// Writes all of `contents` to an open descriptor, retrying short writes and EINTR;
// returns 0 or the errno of the failure.
int write_all(int descriptor, std::string_view contents);

// Standard output, every write and the final close checked (call it once, last). Throws OutputError
// ("standard output", exit 3) on a failed write (a full disk behind a redirection); returns false, quietly,
// when the reader has gone (a closed pipe: `mtfp run ... | head`), as other command-line tools do.
bool write_standard_output(std::string_view contents);

}  // namespace mtfp

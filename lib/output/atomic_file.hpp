#pragma once
// Output files are written whole or not at all: the text goes to a temporary file
// beside the target, is flushed, then renamed over it, so an error at any point
// leaves the target exactly as it was; a file written over keeps its mode and owner; a
// signal that ends the process meanwhile removes the temporary file. A target that is a
// symbolic link is written through (the link stays), also when the link's target does
// not exist yet; one that is not a regular file (/dev/stdout, a pipe, a device) cannot
// be replaced by a rename without destroying it, so it is written directly, with every
// write checked (a named pipe that nothing reads is refused rather than waited on).
#include <string>
#include <string_view>

namespace mtfp {

// Throws OutputError (exit 3) when the file cannot be written.
void write_file_atomically(const std::string& path, std::string_view contents);

}  // namespace mtfp

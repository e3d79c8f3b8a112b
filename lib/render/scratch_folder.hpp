#pragma once
// A private temporary folder for a library that insists on writing a file of its own
// (libxlsxwriter writes the workbook to a named file); removed with everything in it
// when the object goes. Not the output: the caller writes the result atomically.
#include <filesystem>

namespace mtfp::render {

class ScratchFolder {
public:
    // Throws OutputError (exit 3) when no folder can be made in the temporary directory
    // (TMPDIR full, unwritable or missing): nothing can be written, the input is fine.
    ScratchFolder();
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace mtfp::render

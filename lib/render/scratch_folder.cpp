#include "render/scratch_folder.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "model/diagnostic.hpp"

namespace mtfp::render {

ScratchFolder::ScratchFolder() {
    std::error_code error;
    const std::filesystem::path in = std::filesystem::temp_directory_path(error);
    if (error) throw OutputError("TMPDIR", "no temporary directory for the workbook: " + error.message());
    std::string pattern = (in / "mtfp-xlsx-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw OutputError(in.string(), std::string("cannot create a temporary folder for the workbook: ") +
                                           std::strerror(errno));
    path_ = pattern;
}

ScratchFolder::~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace mtfp::render

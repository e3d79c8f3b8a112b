#pragma once
// A dotted --set path ("indices.pay.2008/09") as its parts, empty parts kept so that
// the caller can report them; shared by --set and the what-if parameter handles.
#include <string>
#include <vector>

namespace mtfp {

std::vector<std::string> split_path(const std::string& path);

}  // namespace mtfp

#pragma once
// Where an input came from, for messages and `explain`.
#include <string>

namespace mtfp {

struct SourceRef {
    std::string file;      // "" for a built-in default; "command line" for --set
    int line = 0;          // 1-based; 0 when unknown
    int column = 0;        // 1-based; 0 when unknown
    std::string via = {};  // for --set: the argument, e.g. "--set indices.pay.2008/09=3.5%"
};

}  // namespace mtfp

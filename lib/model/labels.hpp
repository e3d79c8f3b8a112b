#pragma once
// Labels for any force (docs/levers.md): every fixed row label and
// table title renamable by its JSON row key or table id. Empty: the published labels.
#include <map>
#include <string>

namespace mtfp {

struct Labels {
    std::map<std::string, std::string> rows;    // by row key, e.g. total_mps
    std::map<std::string, std::string> titles;  // by table id, e.g. table4
};

}  // namespace mtfp

#pragma once
// An explanation drawn as an indented tree (text), or as JSON (format mtfp-explain/1).
#include <string>

#include "explain/explanation.hpp"
#include "render/render.hpp"

namespace mtfp {

struct ExplainHeader {
    std::string scenario_name;
    std::string scenario_file;
};

// Amounts in whole pounds unless `units` asks otherwise (json: always whole pounds).
std::string render_explain(const ExplainHeader& header, const Explanation& explanation, OutputFormat format,
                           DisplayUnits units = DisplayUnits::pounds);

}  // namespace mtfp

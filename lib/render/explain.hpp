#pragma once
// An explanation drawn as an indented tree (text), or as JSON (format mtfp-explain/1).
#include <string>

#include "explain/explanation.hpp"
#include "render/render.hpp"

namespace mtfp {

struct ExplainHeader {
    std::string scenario_name;
    std::string scenario_file;
    std::string ledger_file = {};  // base_budget's ledger: its rows are the scenario's own, not inherited
};

struct ExplainReport {
    ExplainHeader header;
    Explanation explanation;
};

// Like every report's renderer: the report, then the format and units asked for (json:
// always whole pounds). explain's command asks for whole pounds unless --units says
// otherwise. xlsx is not offered (the command refuses it); it is drawn as text.
std::string render_explain(const ExplainReport& report, const RenderOptions& options);

}  // namespace mtfp

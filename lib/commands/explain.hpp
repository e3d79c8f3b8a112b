#pragma once
// `mtfp explain SCENARIO ROW YEAR`: the derivation of one figure down to its inputs.
#include <string>

#include "commands/plan_request.hpp"

namespace mtfp {

struct ExplainRequest {
    PlanRequest plan;  // scenario, --set, --format, -o
    std::string row;
    std::string year;
    DisplayUnits units = DisplayUnits::pounds;  // whole pounds unless --units says otherwise
    bool list = false;                          // --list: every ROW of the scenario, one a line
};

CommandResult explain_command(const ExplainRequest& request);

}  // namespace mtfp

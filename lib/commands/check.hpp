#pragma once
// `mtfp check SCENARIO...`: every rule of each scenario with its figures, and the
// scenario's expectations (checks.expect); exit 1 when a rule of severity error fails
// in any of them.
#include <string>
#include <vector>

#include "commands/plan_request.hpp"

namespace mtfp {

// The CI formats, besides those of --format: JUnit XML and GitHub workflow annotations.
enum class CiFormat { none, junit, github };

struct CheckRequest {
    PlanRequest plan;                         // --set, --format, --units, -o; scenario_file unused
    std::vector<std::string> scenario_files;  // at least one, checked in order
    CiFormat ci = CiFormat::none;             // when set, it wins over plan.render.format
};

// Exit 0 when no rule of severity error failed (warnings allowed), 1 otherwise;
// InputError (2) when any scenario is invalid.
CommandResult check_command(const CheckRequest& request);

}  // namespace mtfp

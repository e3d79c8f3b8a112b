#pragma once
// `mtfp sensitivity SCENARIO --vary PARAM=±DELTA ...`: each parameter moved low and high
// through its typed handle, the gap re-projected, the swings largest first.
#include <string>
#include <vector>

#include "commands/plan_request.hpp"

namespace mtfp {

struct SensitivityRequest {
    PlanRequest plan;
    std::vector<std::string> variations;  // --vary PARAM=±DELTA; none: the defaults
};

// InputError (2) for invalid input.
CommandResult sensitivity_command(const SensitivityRequest& request);

}  // namespace mtfp

#pragma once
// `mtfp check SCENARIO`: every rule of the scenario with its figures; exit 1 when a rule
// fails.
#include "commands/plan_request.hpp"

namespace mtfp {

CommandResult check_command(const PlanRequest& request);

}  // namespace mtfp

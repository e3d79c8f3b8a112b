#pragma once
// `mtfp run SCENARIO`: load, project, report the chosen tables, render, deliver.
#include "commands/plan_request.hpp"

namespace mtfp {

CommandResult run_command(const PlanRequest& request);

}  // namespace mtfp

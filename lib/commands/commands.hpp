#pragma once
// One call per subcommand: load, project, report, render, deliver. Each throws
// InputError for invalid input (exit 2); nothing else is expected to escape.
#include "commands/plan_request.hpp"

namespace mtfp {

CommandResult run_command(const PlanRequest& request);    // `mtfp run`
CommandResult check_command(const PlanRequest& request);  // `mtfp check`: exit 1 when a rule fails

}  // namespace mtfp

#pragma once
#include <string>

#include "commands/plan_request.hpp"

namespace mtfp {

// Sends rendered text where the request says: into a result for standard output, or
// atomically into the -o file (output/atomic_file). That the -o file is not the scenario
// itself is checked before anything is computed (guard_output.hpp).
CommandResult deliver(const PlanRequest& request, std::string rendered, int exit_code);

}  // namespace mtfp

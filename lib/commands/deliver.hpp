#pragma once
#include <string>

#include "commands/plan_request.hpp"

namespace mtfp {

// Sends rendered text where the request says: into a result for standard output, or
// atomically into the -o file (refusing to overwrite the scenario itself).
CommandResult deliver(const PlanRequest& request, std::string rendered, int exit_code);

}  // namespace mtfp

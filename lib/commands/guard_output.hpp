#pragma once
#include "commands/plan_request.hpp"

namespace mtfp {

// Refuses, before any work is done, an -o that names the scenario file itself: a plan
// written over its own input would destroy the only copy of the assumptions.
void refuse_output_over_scenario(const PlanRequest& request);

// Refuses a binary format (xlsx) without -o: a workbook on standard output would be
// garbage on a terminal and is never what a pipe wants.
void refuse_binary_to_standard_output(const PlanRequest& request);

}  // namespace mtfp

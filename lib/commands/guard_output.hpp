#pragma once
#include "commands/plan_request.hpp"

namespace mtfp {

// Refuses, before any work is done, an -o that names the scenario file itself: a plan
// written over its own input would destroy the only copy of the assumptions.
void refuse_output_over_scenario(const PlanRequest& request);

// The same once the scenario is loaded, for every file it read: -o over a file it
// extends would destroy the base that other scenarios build on.
void refuse_output_over_inputs(const PlanRequest& request, const Scenario& scenario);

}  // namespace mtfp

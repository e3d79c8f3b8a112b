#pragma once
#include "commands/plan_request.hpp"

namespace mtfp {

// Refuses, before any work is done, an -o that names the scenario file itself: a plan
// written over its own input would destroy the only copy of the assumptions.
void refuse_output_over_scenario(const PlanRequest& request);

// Refuses a binary format (xlsx) without -o: a workbook on standard output would be
// garbage on a terminal and is never what a pipe wants.
void refuse_binary_to_standard_output(const PlanRequest& request);

// The same once the scenario is loaded, for every file it read: -o over a file it
// extends would destroy the base that other scenarios build on.
void refuse_output_over_inputs(const PlanRequest& request, const Scenario& scenario);

// What every command that delivers output does first, in this order: the refusals
// above that need no reading, then load (with the request's --set), then the refusal
// over every file read. Nothing is written before all of them have passed.
Scenario load_for_output(const PlanRequest& request);

}  // namespace mtfp

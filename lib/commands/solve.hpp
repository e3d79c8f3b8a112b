#pragma once
// `mtfp solve SCENARIO --for TARGET --vary PARAM`: load once, vary one typed parameter
// handle, re-project until the target is met, report, render, deliver.
#include <optional>
#include <string>

#include "commands/plan_request.hpp"

namespace mtfp {

struct SolveRequest {
    PlanRequest plan;                 // scenario, --set, --format, --units, -o
    std::string target;               // --for, e.g. "gap=0"
    std::string parameter;            // --vary, e.g. "precept.band_d_increase"
    std::optional<std::string> year;  // --year, a plan year
    bool within_rules = false;        // --within-rules: only values that break no rule of check
};

// Exit 0 when every year's target is met, 1 when no value in range (with --within-rules:
// none that keeps the rules) meets it in some year (the output says why), InputError (2)
// for invalid input.
CommandResult solve_command(const SolveRequest& request);

}  // namespace mtfp

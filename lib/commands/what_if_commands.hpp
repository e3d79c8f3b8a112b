#pragma once
// `mtfp solve` and `mtfp sensitivity`: load once, vary one typed parameter handle,
// re-project, report through the table model, render, deliver.
#include <optional>
#include <string>
#include <vector>

#include "commands/plan_request.hpp"

namespace mtfp {

struct SolveRequest {
    PlanRequest plan;                 // scenario, --set, --format, --units, -o
    std::string target;               // --for, e.g. "gap=0"
    std::string parameter;            // --vary, e.g. "precept.band_d_increase"
    std::optional<std::string> year;  // --year, a plan year
};

struct SensitivityRequest {
    PlanRequest plan;
    std::vector<std::string> variations;  // --vary PARAM=±DELTA; none: the defaults
};

// Exit 0 when every year's target is met, 1 when no value in range meets it in some
// year (the output says why), InputError (2) for invalid input.
CommandResult solve_command(const SolveRequest& request);
CommandResult sensitivity_command(const SensitivityRequest& request);

}  // namespace mtfp

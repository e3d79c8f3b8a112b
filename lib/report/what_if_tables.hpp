#pragma once
// The table models of `solve` and `sensitivity`, drawn by the same renderers as the
// plan's tables (so every format works).
#include "analysis/sensitivity.hpp"
#include "analysis/solve.hpp"
#include "report/report.hpp"

namespace mtfp {

// One table: the value found and the plan figures that result, by year; each step's
// sentence (the exact value, or why none was found) as the notes.
PlanReport build_solve_report(const Scenario& scenario, const analysis::ParameterHandle& handle,
                              const analysis::Target& target, const analysis::SolveResult& result);

// Two tables, largest effect first: the gap, then the general reserve's closing balance,
// at low, base and high for each parameter.
PlanReport build_sensitivity_report(const Scenario& scenario, const analysis::SensitivityResult& result);

}  // namespace mtfp

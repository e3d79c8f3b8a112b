#pragma once
// The table models of `simulate`: each reported figure's mean and percentiles by plan
// year, then the probabilities; drawn by the same renderers as the plan's tables.
#include "analysis/simulation_summary.hpp"
#include "report/report.hpp"

namespace mtfp {

PlanReport build_simulation_report(const Scenario& scenario, const analysis::SimulationSummary& summary);

// A share of the draws as a rate (exact to 1e-10), e.g. 6,234 of 10,000 as 62.34%.
Rate share_of_draws(std::uint64_t count, std::uint64_t draws);

}  // namespace mtfp

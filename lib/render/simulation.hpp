#pragma once
// `simulate`'s output in every format: the tables of report/simulation_tables drawn like
// a plan's, except JSON, which has its own shape (docs/simulate.md: mtfp-simulate/1).
#include "analysis/simulation_summary.hpp"
#include "render/render.hpp"
#include "report/simulation_charts.hpp"

namespace mtfp {

std::string render_simulation(const PlanReport& tables, const analysis::SimulationSummary& summary,
                              const SimulationCharts& charts, const RenderOptions& options,
                              const TerminalStyle& terminal = {});

namespace render {
// {"format": "mtfp-simulate/1", "draws", "seed", "percentiles", "years": {YEAR: {FIGURE:
// {"mean", "p5", ...}, "p_gap_positive", ...}}}; amounts in whole pounds, probabilities
// as shares (0 to 1).
std::string simulation_json(const ReportHeader& header, const analysis::SimulationSummary& summary);
// The charts (a fan chart of the gap, a histogram of the final year's gap), then the tables.
std::string simulation_html(const PlanReport& tables, const SimulationCharts& charts, DisplayUnits units);

// --draws-out: one row per draw: its number, every drawn value as --set takes it (rates
// with %, amounts in the scenario's `units`), then each plan year's gap in whole pounds.
std::string draws_csv(const analysis::SimulationResult& result, const Units& units,
                      const std::vector<FiscalYear>& plan_years);
}  // namespace render

}  // namespace mtfp

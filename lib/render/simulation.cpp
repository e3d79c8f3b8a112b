#include "render/simulation.hpp"

#include <nlohmann/json.hpp>

#include "render/renderers.hpp"

namespace mtfp {

namespace render {

namespace {

using analysis::DrawFigure;
using analysis::FigureSummary;
using nlohmann::ordered_json;

ordered_json figure_json(const FigureSummary& figure, const std::vector<int>& percentiles) {
    ordered_json json{{"mean", figure.mean.in_pounds()}};
    for (std::size_t p = 0; p < percentiles.size(); ++p)
        json["p" + std::to_string(percentiles[p])] = figure.percentiles[p].in_pounds();
    return json;
}

double share(std::uint64_t count, std::uint64_t draws) {
    return draws ? static_cast<double>(count) / static_cast<double>(draws) : 0.0;
}

}  // namespace

std::string simulation_json(const ReportHeader& header, const analysis::SimulationSummary& summary) {
    ordered_json years = ordered_json::object();
    for (std::size_t i = 0; i < summary.years.size(); ++i) {
        const analysis::SimulatedYear& year = summary.years[i];
        ordered_json entry{
            {"budget_requirement", figure_json(year.of(DrawFigure::budget_requirement), summary.percentiles)},
            {"gap", figure_json(year.of(DrawFigure::gap), summary.percentiles)}};
        if (summary.has_savings_programme)
            entry["risk_adjusted_gap"] =
                figure_json(year.of(DrawFigure::risk_adjusted_gap), summary.percentiles);
        entry["general_reserve"] = figure_json(year.of(DrawFigure::general_reserve), summary.percentiles);
        entry["p_gap_positive"] = share(year.gap_positive, summary.draws);
        if (summary.has_floor)
            entry["p_general_below_floor"] = share(year.general_below_floor, summary.draws);
        entry["p_reserve_below_zero"] = share(year.reserve_below_zero, summary.draws);
        if (summary.tests_cap) entry["p_band_d_over_cap"] = share(year.band_d_over_cap, summary.draws);
        years[header.plan_years.at(i).to_string()] = std::move(entry);
    }
    ordered_json result{{"format", "mtfp-simulate/1"},
                        {"scenario", {{"name", header.scenario_name}, {"file", header.scenario_file}}},
                        {"draws", summary.draws},
                        {"seed", summary.seed},
                        {"percentiles", summary.percentiles},
                        {"years", std::move(years)}};
    return result.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace render

std::string render_simulation(const PlanReport& tables, const analysis::SimulationSummary& summary,
                              const SimulationCharts& charts, const RenderOptions& options,
                              const TerminalStyle& terminal) {
    if (options.format == OutputFormat::html) return render::simulation_html(tables, charts, options.units);
    if (options.format == OutputFormat::json) return render::simulation_json(tables.header, summary);
    if (options.format == OutputFormat::xlsx) {
        // One sheet, "Simulation": the renderer puts consecutive tables of one key together.
        PlanReport one_sheet = tables;
        for (Table& table : one_sheet.tables) table.key = "simulation";
        return render_plan(one_sheet, options, terminal);
    }
    return render_plan(tables, options, terminal);
}

}  // namespace mtfp

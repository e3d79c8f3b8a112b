#include "report/simulation_tables.hpp"

#include <fmt/format.h>

#include "money/rounding.hpp"
#include "report/cells.hpp"
#include "report/tables.hpp"

namespace mtfp {

namespace {

using analysis::DrawFigure;
using analysis::SimulatedYear;
using analysis::SimulationSummary;

std::string draws_phrase(const SimulationSummary& summary) {
    std::string count = std::to_string(summary.draws);
    for (std::size_t at = count.size(); at > 3; at -= 3) count.insert(at - 3, ",");
    return fmt::format("{} draws, seed {}", count, summary.seed);
}

// The general reserve by its own name ("General fund"), as every table shows it.
std::string general_reserve_name(const Scenario& scenario) {
    return scenario.reserves.empty() ? std::string("General reserve") : scenario.reserves.front().name;
}

Table figure_table(const Scenario& scenario, const SimulationSummary& summary, DrawFigure figure,
                   std::string key, std::string title) {
    Table table;
    table.key = std::move(key);
    table.title = std::move(title) + " (" + draws_phrase(summary) + ")";
    table.label_header = "Statistic";
    table.columns = report::year_columns(scenario, false);
    std::vector<Cell> means;
    for (const SimulatedYear& year : summary.years) means.push_back(report::money_cell(year.of(figure).mean));
    table.rows.push_back(report::row("mean", "Mean", RowStyle::subtotal, std::move(means)));
    for (std::size_t p = 0; p < summary.percentiles.size(); ++p) {
        std::vector<Cell> cells;
        for (const SimulatedYear& year : summary.years)
            cells.push_back(report::money_cell(year.of(figure).percentiles[p]));
        const int k = summary.percentiles[p];
        table.rows.push_back(report::row(fmt::format("p{}", k), fmt::format("{}th percentile", k),
                                         RowStyle::line, std::move(cells)));
    }
    return table;
}

Row probability_row(const SimulationSummary& summary, std::string key, std::string label,
                    std::uint64_t SimulatedYear::*count) {
    std::vector<Cell> cells;
    for (const SimulatedYear& year : summary.years) {
        Cell cell = report::rate_cell(share_of_draws(year.*count, summary.draws));
        cell.rate_decimals = 1;
        cells.push_back(std::move(cell));
    }
    return report::row(std::move(key), std::move(label), RowStyle::line, std::move(cells));
}

Table probabilities(const Scenario& scenario, const SimulationSummary& summary) {
    Table table;
    table.key = "simulation_probabilities";
    table.title = "Probabilities (share of " + draws_phrase(summary) + ")";
    table.label_header = "Condition";
    table.columns = report::year_columns(scenario, false);
    table.column_units.assign(table.columns.size(), "%");
    table.rows.push_back(
        probability_row(summary, "p_gap_positive", "Budget gap above zero", &SimulatedYear::gap_positive));
    if (summary.has_floor)
        table.rows.push_back(probability_row(summary, "p_general_below_floor",
                                             general_reserve_name(scenario) + " below its floor",
                                             &SimulatedYear::general_below_floor));
    table.rows.push_back(probability_row(summary, "p_reserve_below_zero", "Any reserve below zero",
                                         &SimulatedYear::reserve_below_zero));
    if (summary.tests_cap)
        table.rows.push_back(probability_row(summary, "p_band_d_over_cap", "Band D increase above the cap",
                                             &SimulatedYear::band_d_over_cap));
    table.notes.push_back(
        "Percentile k is the nearest-rank value: the ceil(k/100 x N)-th smallest of the N draws. A reserve "
        "is below its floor (or zero) when its closing balance is strictly below it.");
    return table;
}

}  // namespace

Rate share_of_draws(std::uint64_t count, std::uint64_t draws) {
    return Rate::from_units(static_cast<std::int64_t>(round_half_away(
        static_cast<wide_int>(count) * Rate::scale, static_cast<wide_int>(draws ? draws : 1))));
}

PlanReport build_simulation_report(const Scenario& scenario, const analysis::SimulationSummary& summary) {
    PlanReport built;
    built.header = report::header_of(scenario);
    built.tables.push_back(figure_table(scenario, summary, DrawFigure::gap, "simulation_gap",
                                        "Budget gap (positive: a shortfall)"));
    if (summary.has_savings_programme) {
        Table risk = figure_table(scenario, summary, DrawFigure::risk_adjusted_gap,
                                  "simulation_risk_adjusted_gap", "Risk-adjusted gap");
        risk.notes.push_back(
            "Risk-adjusted gap = gap + savings at risk (each cashable saving x the delivery risk of its "
            "status), per draw.");
        built.tables.push_back(std::move(risk));
    }
    built.tables.push_back(figure_table(scenario, summary, DrawFigure::budget_requirement,
                                        "simulation_budget_requirement", "Budget requirement"));
    built.tables.push_back(figure_table(scenario, summary, DrawFigure::general_reserve,
                                        "simulation_general_reserve",
                                        general_reserve_name(scenario) + " (closing balance)"));
    built.tables.push_back(probabilities(scenario, summary));
    return built;
}

}  // namespace mtfp

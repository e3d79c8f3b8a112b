// simulate's risk-adjusted gap (issue 13 with issue 11's savings programme): each draw's
// figure is the plan's gap plus the savings at risk of that draw's own savings, and it is
// reported (tables and JSON) for a scenario with a savings programme only.
#include <doctest/doctest.h>

#include "analysis/simulation.hpp"
#include "analysis/simulation_summary.hpp"
#include "load/load.hpp"
#include "render/simulation.hpp"
#include "report/simulation_tables.hpp"

using namespace mtfp;
using namespace mtfp::analysis;

namespace {

Scenario shipped(const std::string& name) {
    return load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name);
}

SimulationResult run(const Scenario& scenario, std::uint64_t draws) {
    SimulationOptions options;
    options.draws = draws;
    options.threads = 2;
    options.keep_values = true;
    return simulate(scenario, options);
}

// Draw d's scenario: the scenario with the values that draw set.
Scenario scenario_of_draw(const Scenario& scenario, const SimulationResult& result, std::uint64_t d) {
    Scenario drawn = scenario;
    std::size_t column = 0;
    for (const DrawnParameter& parameter : result.parameters)
        for (YearIndex y : parameter.years)
            set_value(drawn, parameter.handle, y, result.values[d * result.value_columns + column++]);
    return drawn;
}

bool has_table(const PlanReport& report, const std::string& key) {
    for (const Table& table : report.tables)
        if (table.key == key) return true;
    return false;
}

}  // namespace

TEST_CASE("simulate: each draw's risk-adjusted gap is its gap plus the savings at risk of its own savings") {
    // The shire scenario draws the savings still to be identified in 2028/29 (red: 90% at
    // risk), so the savings at risk differ from draw to draw.
    const Scenario scenario = shipped("shire-2025-29.yaml");
    const SimulationResult result = run(scenario, 200);
    const YearIndex last = static_cast<YearIndex>(result.plan_years);
    bool risk_moved = false;
    const Money scenario_at_risk = project(scenario).gaps[last].savings_at_risk;
    for (std::uint64_t d : {0u, 1u, 57u, 123u, 199u}) {
        const Plan plan = project(scenario_of_draw(scenario, result, d));
        for (YearIndex y = 1; y <= last; ++y) {
            CHECK(result.of(DrawFigure::risk_adjusted_gap, y)[d] ==
                  plan.gaps[y].risk_adjusted_gap.in_pounds());
            CHECK(result.of(DrawFigure::risk_adjusted_gap, y)[d] ==
                  result.of(DrawFigure::gap, y)[d] + plan.gaps[y].savings_at_risk.in_pounds());
        }
        risk_moved = risk_moved || plan.gaps[last].savings_at_risk != scenario_at_risk;
    }
    CHECK(risk_moved);
}

TEST_CASE("simulate: the risk-adjusted gap is hand-checkable at zero spread") {
    // Every draw sets the 2028/29 savings still to be identified to -£1,000,000 (as the
    // scenario has them): savings at risk in 2028/29 = 90% x £1,000,000 = £900,000 (red).
    Scenario scenario = shipped("shire-2025-29.yaml");
    UncertainParameter fixed;
    fixed.param = "movements.further_savings.amounts.2028/29";
    fixed.dist = Distribution::discrete;
    fixed.shape = {-1000000};
    fixed.weights = {1};
    fixed.amount = true;
    scenario.uncertainty = {fixed};
    const Plan plan = project(scenario);
    REQUIRE(plan.gaps[3].savings_at_risk == Money::pounds(900000));
    const SimulationResult result = run(scenario, 50);
    for (std::uint64_t d = 0; d < result.draws; ++d)
        CHECK(result.of(DrawFigure::risk_adjusted_gap, 3)[d] == plan.gaps[3].gap.in_pounds() + 900000);
    const SimulationSummary summary = summarise(scenario, result, {5, 50, 95});
    CHECK(summary.years[2].of(DrawFigure::risk_adjusted_gap).mean == plan.gaps[3].risk_adjusted_gap);
    CHECK(summary.years[2].of(DrawFigure::risk_adjusted_gap).percentiles[1] ==
          plan.gaps[3].risk_adjusted_gap);
}

TEST_CASE("simulate: the risk-adjusted gap is reported with a savings programme only") {
    const Scenario shire = shipped("shire-2025-29.yaml");
    const SimulationSummary with = summarise(shire, run(shire, 64), {5, 50, 95});
    CHECK(with.has_savings_programme);
    const PlanReport shire_report = build_simulation_report(shire, with);
    CHECK(has_table(shire_report, "simulation_risk_adjusted_gap"));
    CHECK(render::simulation_json(shire_report.header, with).find("\"risk_adjusted_gap\"") !=
          std::string::npos);

    const Scenario mps = shipped("mps-2007-10.yaml");
    const SimulationSummary without = summarise(mps, run(mps, 64), {5, 50, 95});
    CHECK_FALSE(without.has_savings_programme);
    const PlanReport mps_report = build_simulation_report(mps, without);
    CHECK_FALSE(has_table(mps_report, "simulation_risk_adjusted_gap"));
    CHECK(render::simulation_json(mps_report.header, without).find("risk_adjusted_gap") == std::string::npos);
}

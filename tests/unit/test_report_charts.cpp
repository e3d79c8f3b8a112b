// The chart models: each bridge adds up (last year's gap plus every step's effect is
// this year's gap), every figure a chart draws is the figure its table shows, and a
// report holds the charts of the tables it holds and no others.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "load/load.hpp"
#include "project/plan.hpp"
#include "random_plan.hpp"
#include "report/report.hpp"

using namespace mtfp;

namespace {

const Table& table_with_id(const PlanReport& report, const std::string& id) {
    for (const Table& table : report.tables) {
        if (table.id == id) return table;
    }
    FAIL("no table " << id);
    throw;
}

std::optional<Money> figure(const Table& table, const std::string& row, std::size_t column) {
    const Row* found = table.find_row(row);
    return found ? found->cells.at(column).money : std::nullopt;
}

}  // namespace

TEST_CASE("charts: the MPS plan's first bridge, worked by hand from the bridge table") {
    const Scenario scenario = load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/mps-2007-10.yaml");
    const PlanReport report = build_plan_report(scenario, project(scenario), TableChoice::all);
    REQUIRE(report.charts.bridges.size() == 3);
    const GapBridgeChart& first = report.charts.bridges[0];
    CHECK(first.year == "2007/08");
    CHECK(first.previous_year == "2006/07");
    REQUIRE(first.bars.size() >= 3);
    CHECK(first.bars.front().kind == BridgeBar::Kind::previous_gap);
    CHECK(first.bars.front().label == "Gap 2006/07");
    CHECK(first.bars.front().effect == Money{});  // the base year is balanced
    CHECK(first.bars.back().kind == BridgeBar::Kind::gap);
    CHECK(first.bars.back().effect == Money::pounds(15'023'280));
    // Central funding rose, so its bar takes the rise off the gap.
    const Table& bridge = table_with_id(report, "gap_bridge");
    for (const BridgeBar& bar : first.bars) {
        if (bar.label != "Central funding") continue;
        CHECK(bar.kind == BridgeBar::Kind::funding_change);
        CHECK(bar.effect == -*figure(bridge, "general_grant", 0));
        CHECK(bar.effect.in_pounds() < 0);
    }
}

TEST_CASE("charts: every bridge adds up and every chart figure is its table's, over random plans") {
    std::mt19937_64 random(20070401);  // fixed: a failure can be replayed
    for (int run = 0; run < 200; ++run) {
        const Scenario scenario = testing::random_scenario(random);
        const PlanReport report = build_plan_report(scenario, project(scenario), TableChoice::all);
        const Table& gap = table_with_id(report, "gap");
        const Table& bridge = table_with_id(report, "gap_bridge");
        const Table& reserves = table_with_id(report, "table4_years");
        REQUIRE(report.charts.gap);
        const GapChart& chart = *report.charts.gap;
        REQUIRE(report.charts.bridges.size() == gap.columns.size());
        for (std::size_t c = 0; c < gap.columns.size(); ++c) {
            CHECK(chart.years[c] == gap.columns[c].key);
            CHECK(chart.requirement.values[c] == figure(gap, "budget_requirement", c));
            CHECK(chart.funding.values[c] == figure(gap, "total_funding", c));
            CHECK(chart.gap.values[c] == figure(gap, "gap", c));
            const GapBridgeChart& year = report.charts.bridges[c];
            Money level = year.bars.front().effect;
            CHECK(level == *figure(bridge, "previous_budget_requirement", c) -
                               *figure(bridge, "previous_total_funding", c));
            for (std::size_t b = 1; b + 1 < year.bars.size(); ++b) {
                CHECK_FALSE(year.bars[b].is_level());
                CHECK_FALSE(year.bars[b].effect.is_zero());
                level += year.bars[b].effect;
            }
            CHECK(year.bars.back().kind == BridgeBar::Kind::gap);
            CHECK(level == year.bars.back().effect);
            CHECK(level == *figure(bridge, "gap", c));
        }
        REQUIRE(report.charts.reserves);
        const ReservesChart& balances = *report.charts.reserves;
        REQUIRE(balances.balances.size() == scenario.reserves.size());
        for (std::size_t r = 0; r < scenario.reserves.size(); ++r) {
            for (std::size_t c = 0; c < reserves.columns.size(); ++c) {
                CHECK(balances.balances[r].values[c] ==
                      figure(reserves, "closing:" + scenario.reserves[r].id, c));
            }
        }
        const bool floor_row = reserves.find_row("general_floor") != nullptr;
        REQUIRE(balances.floor.has_value() == floor_row);
        for (std::size_t c = 0; floor_row && c < reserves.columns.size(); ++c)
            CHECK(balances.floor->values[c] == figure(reserves, "general_floor", c));
    }
}

TEST_CASE("charts: a report holds the charts of its tables only") {
    const Scenario scenario = load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/mps-2007-10.yaml");
    const Plan plan = project(scenario);
    const PlanCharts table3 = build_plan_report(scenario, plan, TableChoice::table3).charts;
    CHECK_FALSE(table3.gap);
    CHECK(table3.bridges.empty());
    CHECK_FALSE(table3.reserves);
    const PlanCharts table4 = build_plan_report(scenario, plan, TableChoice::table4).charts;
    CHECK_FALSE(table4.gap);
    CHECK(table4.reserves);
    const PlanCharts gap = build_plan_report(scenario, plan, TableChoice::gap).charts;
    CHECK(gap.gap);
    CHECK(gap.bridges.size() == 3);
    CHECK_FALSE(gap.reserves);
}

TEST_CASE("charts: the bridge chart names the precept step as the bridge table does") {
    // With a collection fund beside the precept (the shire), the step moves both, and the
    // table and the chart both say so; without one (the MPS), neither mentions it.
    for (const auto& [name, with_fund] :
         {std::pair{"shire-2025-29.yaml", true}, std::pair{"mps-2007-10.yaml", false}}) {
        const auto& file = name;  // clang-14 cannot capture a binding in CAPTURE's lambda
        CAPTURE(file);
        const Scenario scenario = load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name);
        const PlanReport report = build_plan_report(scenario, project(scenario), TableChoice::all);
        const Row* row = table_with_id(report, "gap_bridge").find_row("precept");
        REQUIRE(row);
        CHECK((row->label.find("collection fund") != std::string::npos) == with_fund);
        for (const GapBridgeChart& bridge : report.charts.bridges) {
            const BridgeBar& precept = bridge.bars.at(bridge.bars.size() - 2);  // the last step
            REQUIRE(precept.kind == BridgeBar::Kind::funding_change);
            CHECK(precept.label.starts_with("Precept"));
            CHECK((precept.label.find("collection fund") != std::string::npos) == with_fund);
        }
    }
}

TEST_CASE("charts: the budget by priority is the priorities table's, stacking to net service expenditure") {
    const Scenario scenario =
        load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/mps-capital-2007-10.yaml");
    const Plan plan = project(scenario);
    const PlanReport report = build_plan_report(scenario, plan, TableChoice::all);
    const auto budget = std::find_if(report.tables.begin(), report.tables.end(), [](const Table& table) {
        return table.title == "Budget by strategic priority";
    });
    REQUIRE(budget != report.tables.end());
    const Table& table = *budget;
    REQUIRE(report.charts.priorities);
    const PrioritiesChart& chart = *report.charts.priorities;
    REQUIRE(chart.parts.size() == scenario.priorities.size() + 1);
    CHECK(chart.parts.front().name == scenario.priorities.front().name);
    CHECK(chart.parts.back().name == "Not directly attributable");
    REQUIRE(chart.years.size() == table.columns.size());
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        CHECK(chart.years[c] == table.columns[c].key);
        Money stacked;
        for (std::size_t p = 0; p < scenario.priorities.size(); ++p)
            CHECK(chart.parts[p].values[c] == figure(table, scenario.priorities[p].id, c));
        for (const ChartSeries& part : chart.parts) stacked += *part.values[c];
        CHECK(chart.parts.back().values[c] == figure(table, "not_directly_attributable", c));
        CHECK(chart.total.values[c] == figure(table, "net_service_expenditure", c));
        CHECK(stacked == *chart.total.values[c]);
    }
    // Only with the priorities table, and never for a scenario without priorities.
    CHECK_FALSE(build_plan_report(scenario, plan, TableChoice::gap).charts.priorities);
    CHECK(build_plan_report(scenario, plan, TableChoice::priorities).charts.priorities);
    const Scenario plain = load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/mps-2007-10.yaml");
    CHECK_FALSE(build_plan_report(plain, project(plain), TableChoice::all).charts.priorities);
}

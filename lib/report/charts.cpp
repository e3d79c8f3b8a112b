// The chart models of the plan report, from the Plan's own figures: the gap year by
// year (project/gap.cpp), its bridge steps with their kinds, the reserves, and the
// budget split by strategic priority.
#include "report/charts.hpp"

#include <functional>

#include "report/bridge_steps.hpp"
#include "report/cells.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

ChartSeries plan_years(const Scenario& scenario, std::string name,
                       const std::function<Money(YearIndex)>& figure) {
    ChartSeries series{std::move(name), {}};
    for (YearIndex y = 1; y < scenario.year_count(); ++y) series.values.emplace_back(figure(y));
    return series;
}

GapChart gap_chart(const Scenario& scenario, const Plan& plan) {
    GapChart chart;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) chart.years.push_back(year_key(scenario, y));
    chart.requirement = plan_years(scenario, "Budget requirement",
                                   [&](YearIndex y) { return plan.gaps[y].budget_requirement; });
    chart.funding =
        plan_years(scenario, "Total funding", [&](YearIndex y) { return plan.gaps[y].total_funding; });
    chart.gap = plan_years(scenario, "Gap", [&](YearIndex y) { return plan.gaps[y].gap; });
    return chart;
}

GapBridgeChart bridge_chart(const Scenario& scenario, const Plan& plan, YearIndex y) {
    GapBridgeChart chart{year_key(scenario, y), year_key(scenario, y - 1), {}};
    using enum BridgeBar::Kind;
    chart.bars.push_back({previous_gap, "Gap " + chart.previous_year, plan.gaps[y - 1].gap});
    for (const BridgeStepRow& step : bridge_step_rows) {
        const Money amount = step_amount(plan, y, step);
        if (amount.is_zero()) continue;
        const bool funding = changes_funding(step);
        chart.bars.push_back({funding ? funding_change : requirement_change,
                              std::string(step_short_name(scenario, step)), funding ? -amount : amount});
    }
    chart.bars.push_back({gap, "Gap " + chart.year, plan.gaps[y].gap});
    return chart;
}

ReservesChart reserves_chart(const Scenario& scenario, const Plan& plan) {
    ReservesChart chart;
    for (YearIndex y = 0; y < scenario.year_count(); ++y) chart.years.push_back(year_key(scenario, y));
    for (std::size_t r = 0; r < scenario.reserves.size(); ++r) {
        ChartSeries balance{scenario.reserves[r].name, {}};
        for (YearIndex y = 0; y < scenario.year_count(); ++y)
            balance.values.emplace_back(plan.reserves[r][y].closing);
        chart.balances.push_back(std::move(balance));
    }
    bool any_floor = false;
    for (const std::optional<Money>& floor : plan.general_reserve_floor)
        any_floor = any_floor || floor.has_value();
    if (any_floor) {
        chart.floor = ChartSeries{scenario.reserves[0].name + " floor", {}};
        for (YearIndex y = 0; y < scenario.year_count(); ++y)
            chart.floor->values.push_back(plan.general_reserve_floor[y]);
    }
    return chart;
}

PrioritiesChart priorities_chart(const Scenario& scenario, const Plan& plan) {
    PrioritiesChart chart;
    const auto all_years = [&](std::string name, const std::vector<Money>& by_year) {
        ChartSeries series{std::move(name), {}};
        for (YearIndex y = 0; y < scenario.year_count(); ++y) series.values.emplace_back(by_year[y]);
        return series;
    };
    for (YearIndex y = 0; y < scenario.year_count(); ++y) chart.years.push_back(year_key(scenario, y));
    for (std::size_t p = 0; p < scenario.priorities.size(); ++p)
        chart.parts.push_back(all_years(scenario.priorities[p].name, plan.priorities->budget[p]));
    chart.parts.push_back(all_years("Not directly attributable", plan.priorities->not_attributable));
    std::vector<Money> nse;
    for (YearIndex y = 0; y < scenario.year_count(); ++y)
        nse.push_back(plan.years[y].net_service_expenditure);
    chart.total = all_years("Net service expenditure", nse);
    return chart;
}

}  // namespace

PlanCharts build_plan_charts(const Scenario& scenario, const Plan& plan, bool with_gap, bool with_reserves,
                             bool with_priorities) {
    PlanCharts charts;
    if (with_gap) {
        charts.gap = gap_chart(scenario, plan);
        for (YearIndex y = 1; y < scenario.year_count(); ++y)
            charts.bridges.push_back(bridge_chart(scenario, plan, y));
    }
    if (with_reserves) charts.reserves = reserves_chart(scenario, plan);
    if (with_priorities && plan.priorities) charts.priorities = priorities_chart(scenario, plan);
    return charts;
}

}  // namespace mtfp::report

// Table 4: the reserves. As published, two grids: the balances available the day
// before the base year starts, by reserve; then each year's opening balance, transfers
// to or from earmarked reserves and the general reserve, and closing balance. Beyond
// the published table, each reserve's closing balance and the general reserve's floor,
// which the reserves rule tests.
#include <fmt/format.h>

#include <functional>
#include <optional>

#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

Table opening_balances(const Scenario& scenario, const Plan& plan) {
    Table table{.key = "table4",
                .id = "table4_opening",
                .title = "Table 4: MPA Reserves",
                .layout = TableLayout::paths,
                .label_header = "MPA Reserves"};
    table.json_objects.push_back({"opening", "earmarked"});
    // The opening balance is at the start of the base year (1 April), so it is the
    // balance available on 31 March before: "Available at 31/3/06" for 2006/07.
    const std::string day_before = fmt::format("31/3/{:02}", scenario.base_year.start_year() % 100);
    table.columns.push_back(Column{"available", "Available at " + day_before, {"Available at", day_before}});

    const Money general = plan.reserves[0][0].opening;
    const Money total = plan.reserve_totals[0].opening;
    table.rows.push_back(row("opening:" + scenario.reserves[0].id, scenario.reserves[0].name, RowStyle::line,
                             {money_cell(general, {"opening", "general"})}));
    table.rows.push_back(heading("heading:earmarked", "Specific Earmarked Reserves:"));
    for (std::size_t r = 1; r < scenario.reserves.size(); ++r) {
        const Reserve& reserve = scenario.reserves[r];
        table.rows.push_back(
            row("opening:" + reserve.id, reserve.name, RowStyle::line,
                {money_cell(plan.reserves[r][0].opening, {"opening", "earmarked", reserve.id})}));
    }
    // Exact: every reserve but the general one.
    table.rows.push_back(row("opening:earmarked_total", "Total earmarked reserves", RowStyle::subtotal,
                             {money_cell(total - general)}));
    table.rows.push_back(
        row("opening:total", "Total Reserves", RowStyle::total, {money_cell(total, {"opening", "total"})}));
    std::vector<std::string> earmarked;
    for (std::size_t r = 1; r < scenario.reserves.size(); ++r)
        earmarked.push_back("opening:" + scenario.reserves[r].id);
    state_formula(table, "opening:earmarked_total", plus_each(earmarked));
    state_formula(table, "opening:total",
                  {plus("opening:" + scenario.reserves[0].id), plus("opening:earmarked_total")});
    return table;
}

Row by_year(const Scenario& scenario, std::string key, std::string label, RowStyle style,
            const std::function<std::optional<Money>(YearIndex)>& figure,
            const std::vector<std::string>& path) {
    return row_by_year(scenario, std::move(key), std::move(label), style, 0, figure, [&](YearIndex y) {
        JsonPath at{"years", year_key(scenario, y)};
        at.insert(at.end(), path.begin(), path.end());
        return at;
    });
}

Table years(const Scenario& scenario, const Plan& plan) {
    Table table{.key = "table4",
                .id = "table4_years",
                .title = "Table 4: MPA Reserves by year",
                .layout = TableLayout::paths,
                .columns = year_columns(scenario, true),
                .label_header = "MPA Reserves"};
    table.rows.push_back(by_year(scenario, "opening", "Opening balances", RowStyle::line,
                                 [&](YearIndex y) { return plan.reserve_totals[y].opening; }, {"opening"}));
    table.rows.push_back(heading("heading:transfers", "Transfers to/from:"));
    table.rows.push_back(by_year(scenario, "earmarked_transfers", "Earmarked reserves", RowStyle::line,
                                 [&](YearIndex y) { return plan.earmarked_transfers[y]; },
                                 {"earmarked_transfers"}));
    table.rows.push_back(by_year(scenario, "general_transfers", scenario.reserves[0].name, RowStyle::line,
                                 [&](YearIndex y) { return plan.general_transfers[y]; },
                                 {"general_transfers"}));
    std::vector<FormulaTerm> closing{plus("opening"), plus("earmarked_transfers"), plus("general_transfers")};
    const ReservesPolicy& policy = scenario.reserves_policy;
    if (policy.outturn_to) {
        table.rows.push_back(by_year(
            scenario, "outturn", "Forecast outturn to " + scenario.reserves[*policy.outturn_to].name,
            RowStyle::line, [&](YearIndex y) { return plan.reserve_totals[y].outturn; }, {"outturn"}));
        closing.push_back(plus("outturn"));
    }
    table.rows.push_back(by_year(scenario, "closing", "Closing balances", RowStyle::total,
                                 [&](YearIndex y) { return plan.reserve_totals[y].closing; }, {"closing"}));
    state_formula(table, "closing", closing);
    if (policy.fund_gap_from) {
        table.notes.push_back("Transfers include the use of reserves to balance (its own row below).");
        table.rows.push_back(by_year(
            scenario, "use_of_reserves",
            "Use of " + scenario.reserves[*policy.fund_gap_from].name + " to balance", RowStyle::line,
            [&](YearIndex y) { return plan.reserves_policy.use_of_reserves[y]; }, {"use_of_reserves"}));
    }
    state_formula(table, "opening", {plus("closing", ColumnRef::previous)}, 1);

    table.rows.push_back(heading("heading:closing_by_reserve", "Closing balance by reserve:"));
    for (std::size_t r = 0; r < scenario.reserves.size(); ++r) {
        const Reserve& reserve = scenario.reserves[r];
        table.rows.push_back(by_year(scenario, "closing:" + reserve.id, reserve.name, RowStyle::line,
                                     [&](YearIndex y) { return plan.reserves[r][y].closing; },
                                     {"closing_by_reserve", reserve.id}));
    }
    bool any_floor = false;
    for (const std::optional<Money>& floor : plan.general_reserve_floor)
        any_floor = any_floor || floor.has_value();
    if (any_floor) {
        table.rows.push_back(
            by_year(scenario, "general_floor", scenario.reserves[0].name + " floor", RowStyle::line,
                    [&](YearIndex y) { return plan.general_reserve_floor[y]; }, {"general_floor"}));
    }
    return table;
}

}  // namespace

// Beyond the published table, with a reserves policy: each reserve's first year-end
// strictly below its floor (the general reserve with one) or zero.
Table first_below(const Scenario& scenario, const Plan& plan) {
    Table table{.key = "table4",
                .id = "table4_first_below",
                .title = "Table 4: MPA Reserves against their floors",
                .layout = TableLayout::paths,
                .columns = {Column{
                    "first_below", "First year-end below floor or zero", {"First year-end", "below floor"}}},
                .label_header = "Reserve",
                .column_units = {"year"}};
    for (std::size_t r = 0; r < scenario.reserves.size(); ++r) {
        const Reserve& reserve = scenario.reserves[r];
        const std::optional<YearIndex> first = plan.reserves_policy.first_below[r];
        Cell cell;
        cell.text = first ? year_key(scenario, *first) : "not within the plan";
        cell.json_path = {"first_below", reserve.id};
        table.rows.push_back(row("first_below:" + reserve.id, reserve.name, RowStyle::line, {cell}));
    }
    return table;
}

std::vector<Table> build_table4(const Scenario& scenario, const Plan& plan) {
    std::vector<Table> tables{opening_balances(scenario, plan), years(scenario, plan)};
    const ReservesPolicy& policy = scenario.reserves_policy;
    if (policy.fund_gap_from || policy.outturn_to) tables.push_back(first_below(scenario, plan));
    return tables;
}

}  // namespace mtfp::report

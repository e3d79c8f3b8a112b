// The budget gap by plan year (the published narrative's "shortfall before savings"
// and "overall budget gap"), then the bridge that takes each year's gap from the
// previous year's budget requirement, movement by movement, to this year's
// requirement, funding and gap.
#include <functional>

#include "report/bridge_steps.hpp"
#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

using YearFigure = std::function<Money(YearIndex)>;

Row plan_year_row(const Scenario& scenario, std::string key, std::string label, RowStyle style,
                  const YearFigure& figure, const std::string& group) {
    return row_by_year(
        scenario, key, std::move(label), style, 1,
        [&](YearIndex y) { return std::optional<Money>(figure(y)); },
        [&](YearIndex y) {
            return JsonPath{group, year_key(scenario, y), key};
        });
}

Table gap_by_year(const Scenario& scenario, const Plan& plan) {
    Table table{.key = "gap",
                .id = "gap",
                .title = "Budget gap",
                .layout = TableLayout::paths,
                .columns = year_columns(scenario, false)};
    table.notes.push_back("Gap = budget requirement - total funding; positive: a shortfall to close.");
    table.notes.push_back("Gap before savings = gap - efficiency savings; new gap = gap - last year's gap.");
    const auto gap = [&](Money GapYear::*field) {
        return [&plan, field](YearIndex y) { return plan.gaps[y].*field; };
    };
    using enum RowStyle;
    table.rows.push_back(plan_year_row(scenario, "budget_requirement", "Budget requirement", line,
                                       gap(&GapYear::budget_requirement), "years"));
    table.rows.push_back(plan_year_row(scenario, "total_funding", "Total funding", line,
                                       gap(&GapYear::total_funding), "years"));
    table.rows.push_back(plan_year_row(scenario, "gap", "Budget gap", total, gap(&GapYear::gap), "years"));
    const bool funds_gap = scenario.reserves_policy.fund_gap_from.has_value();
    if (funds_gap) {
        table.notes.push_back(
            "The budget requirement includes the use of reserves to balance; the gap before "
            "reserves is the gap less that use.");
        table.rows.push_back(plan_year_row(
            scenario, "use_of_reserves", "Use of reserves to balance", line,
            [&plan](YearIndex y) { return plan.reserves_policy.use_of_reserves[y]; }, "years"));
        table.rows.push_back(plan_year_row(scenario, "gap_before_reserves", "Gap before use of reserves",
                                           subtotal, gap(&GapYear::gap_before_reserves), "years"));
    }
    table.rows.push_back(plan_year_row(scenario, "efficiency", "Efficiency savings", line,
                                       gap(&GapYear::efficiency), "years"));
    table.rows.push_back(plan_year_row(scenario, "gap_before_savings", "Gap before savings", subtotal,
                                       gap(&GapYear::gap_before_savings), "years"));
    table.rows.push_back(
        plan_year_row(scenario, "new_gap", "New gap arising in year", line, gap(&GapYear::new_gap), "years"));
    if (has_savings_programme(scenario)) {
        table.notes.push_back(
            "Savings at risk: each cashable saving x the delivery risk of its status; "
            "risk-adjusted gap = gap + savings at risk.");
        table.rows.push_back(plan_year_row(scenario, "savings_at_risk", "Savings at risk", line,
                                           gap(&GapYear::savings_at_risk), "years"));
        table.rows.push_back(plan_year_row(scenario, "risk_adjusted_gap", "Risk-adjusted gap", total,
                                           gap(&GapYear::risk_adjusted_gap), "years"));
        state_formula(table, "risk_adjusted_gap", {plus("gap"), plus("savings_at_risk")});
    }
    state_formula(table, "budget_requirement", {plus_in("summary", "budget_requirement")});
    state_formula(table, "total_funding", {minus_in("summary", "total_funding")});
    state_formula(table, "gap", {plus("budget_requirement"), minus("total_funding")});
    if (funds_gap) state_formula(table, "gap_before_reserves", {plus("gap"), minus("use_of_reserves")});
    state_formula(table, "gap_before_savings", {plus("gap"), minus("efficiency")});
    // The first plan year's new gap is over the base year's gap, which this table lacks.
    state_formula(table, "new_gap", {plus("gap"), minus("gap", ColumnRef::previous)}, 1);
    return table;
}

// Requirement steps roll the previous requirement forward, funding steps the previous
// funding; each year starts from the year before's result (the first from the base year,
// which the bridge does not show).
void state_bridge_formulas(const Plan& plan, Table& table) {
    std::vector<FormulaTerm> requirement{plus("previous_budget_requirement")};
    std::vector<FormulaTerm> funding{plus("previous_total_funding")};
    for (const BridgeStepRow& step : bridge_step_rows) {
        if (!has_step(plan, step)) continue;
        (changes_funding(step) ? funding : requirement).push_back(plus(std::string(step.key)));
    }
    state_formula(table, "budget_requirement", requirement);
    state_formula(table, "total_funding", funding);
    state_formula(table, "gap", {plus("budget_requirement"), minus("total_funding")});
    state_formula(table, "previous_budget_requirement", {plus("budget_requirement", ColumnRef::previous)}, 1);
    state_formula(table, "previous_total_funding", {plus("total_funding", ColumnRef::previous)}, 1);
}

// The grant and precept steps are the year's change in the Grants table's cash (a
// change in specific grants comes off the requirement), so they follow its inputs.
void state_funding_step_formulas(const Scenario& scenario, Table& table) {
    const auto change = [](const std::string& row, Sign sign) {
        const Sign opposite = sign == Sign::plus ? Sign::minus : Sign::plus;
        return std::vector<FormulaTerm>{FormulaTerm{row, sign, ColumnRef::same, "grants"},
                                        FormulaTerm{row, opposite, ColumnRef::previous, "grants"}};
    };
    state_formula(table, "general_grant", change("general", Sign::plus));
    // With a collection fund the step includes its change, which the Grants table lacks.
    if (!scenario.precept.council_tax.has_collection_fund())
        state_formula(table, "precept", change("precept", Sign::plus));
    std::vector<FormulaTerm> specific;
    for (const Grant& grant : scenario.specific_grants) {
        for (FormulaTerm& term : change("specific:" + grant.id, Sign::minus))
            specific.push_back(std::move(term));
    }
    state_formula(table, "specific_grants", specific);
}

Table bridge(const Scenario& scenario, const Plan& plan) {
    Table table{.key = "gap",
                .id = "gap_bridge",
                .title = "Budget gap bridge",
                .layout = TableLayout::paths,
                .columns = year_columns(scenario, false)};
    table.notes.push_back(
        "Each step is the change from the previous year, over every line; funding is positive.");
    using enum RowStyle;
    const auto add = [&](std::string key, std::string label, RowStyle style, const YearFigure& figure) {
        table.rows.push_back(
            plan_year_row(scenario, std::move(key), std::move(label), style, figure, "bridge"));
    };
    add("previous_budget_requirement", "Previous year's budget requirement", line,
        [&](YearIndex y) { return plan.gaps[y - 1].budget_requirement; });
    bool funding_started = false;
    for (const BridgeStepRow& step : bridge_step_rows) {
        if (!has_step(plan, step)) continue;
        if (changes_funding(step) && !funding_started) {
            funding_started = true;
            add("budget_requirement", "Budget requirement", subtotal,
                [&](YearIndex y) { return plan.gaps[y].budget_requirement; });
            add("previous_total_funding", "Previous year's total funding", line,
                [&](YearIndex y) { return plan.gaps[y - 1].total_funding; });
        }
        add(std::string(step.key), std::string(step_label(scenario, step)), line,
            [&](YearIndex y) { return step_amount(plan, y, step); });
    }
    add("total_funding", "Total funding", subtotal, [&](YearIndex y) { return plan.gaps[y].total_funding; });
    add("gap", "Budget gap", total, [&](YearIndex y) { return plan.gaps[y].gap; });
    state_bridge_formulas(plan, table);
    state_funding_step_formulas(scenario, table);
    return table;
}

}  // namespace

std::vector<Table> build_gap_tables(const Scenario& scenario, const Plan& plan) {
    return {gap_by_year(scenario, plan), bridge(scenario, plan)};
}

}  // namespace mtfp::report

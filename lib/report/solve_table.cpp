#include <algorithm>
#include <functional>

#include "report/cells.hpp"
#include "report/tables.hpp"
#include "report/what_if_tables.hpp"

namespace mtfp {

namespace {

using analysis::SolveOutcome;
using analysis::SolveStep;
using analysis::TargetKind;

Cell value_cell(const analysis::ParameterHandle& handle, std::int64_t value) {
    if (handle.type() == analysis::ValueType::rate) return report::rate_cell(Rate::from_units(value));
    if (handle.type() == analysis::ValueType::pence) {
        Cell cell;
        cell.hundredths = value;  // pounds and pence, whatever the display units
        return cell;
    }
    return report::money_cell(Money::pounds(value));
}

// The step that solved year y: its varied year, or a target year of a value not by year.
const SolveStep* step_for(const analysis::SolveResult& result, YearIndex y) {
    for (const SolveStep& step : result.steps) {
        const bool found =
            step.outcome == SolveOutcome::solved || step.outcome == SolveOutcome::met_throughout;
        if (!found) continue;
        if (step.varied_year == y) return &step;
        if (!step.varied_year &&
            std::find(step.target_years.begin(), step.target_years.end(), y) != step.target_years.end())
            return &step;
    }
    return nullptr;
}

// A base-year value (an in-year movement, a base-year transfer, a budget-book amount)
// is shown in a base-year column; plan-year values only under the plan years.
bool shows_base_year(const analysis::ParameterHandle& handle) {
    return !handle.by_year() || handle.years == std::vector<YearIndex>{0};
}

// Which rules of check the values found break, in check's own sentences; and which
// fail whatever the value (with the scenario's own values too).
std::string rules_note(const Scenario& scenario, const analysis::SolveResult& result) {
    std::string note;
    if (result.broken_rules.empty()) {
        note = "The values found break no rule of check that the scenario keeps.";
    } else {
        const CheckReport broken =
            build_check_report(result.scenario, CheckOutcome{false, result.broken_rules});
        note = "Rules of check the values found break:";
        for (const CheckLine& line : broken.lines) note += " " + line.rule + " " + line.message + ";";
        note.back() = '.';
    }
    if (!result.failing_anyway.empty()) {
        std::vector<std::pair<std::string, int>> counts;
        for (const RuleResult& failing : result.failing_anyway) {
            const std::string name = rule_name(failing.rule);
            auto found =
                std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == name; });
            if (found == counts.end())
                counts.emplace_back(name, 1);
            else
                ++found->second;
        }
        note += " Failing with the scenario's own values too:";
        for (const auto& [name, count] : counts)
            note += " " + name + " (" + std::to_string(count) + (count == 1 ? " year)," : " years),");
        note.back() = '.';
    }
    (void)scenario;
    return note;
}

}  // namespace

PlanReport build_solve_report(const Scenario& scenario, const analysis::ParameterHandle& handle,
                              const analysis::Target& target, const analysis::SolveResult& result) {
    PlanReport built;
    built.header = report::header_of(scenario);
    Table table;
    table.key = "solve";
    table.title = "Solve: " + target.text + " by varying " + handle.path;
    table.label_header = "Figure";
    table.json_notes = true;
    const bool base_column = shows_base_year(handle);
    table.columns = report::year_columns(scenario, base_column);
    const YearIndex first = base_column ? 0 : 1;
    const Plan original = project(scenario);

    using Figure = std::function<std::optional<Cell>(YearIndex)>;
    auto add = [&](std::string key, std::string label, RowStyle style, const Figure& figure) {
        std::vector<Cell> cells;
        for (YearIndex y = first; y < scenario.year_count(); ++y) cells.push_back(figure(y).value_or(Cell{}));
        table.rows.push_back(report::row(std::move(key), std::move(label), style, std::move(cells)));
    };
    auto addressed = [&](YearIndex y) {
        return !handle.by_year() ||
               std::find(handle.years.begin(), handle.years.end(), y) != handle.years.end();
    };
    auto money = [](Money amount) { return std::optional<Cell>(report::money_cell(amount)); };
    using enum RowStyle;

    // A Band D increase in pounds is in pounds and pence, whatever the display units.
    const std::string in = handle.type() == analysis::ValueType::pence ? ", £ on Band D" : "";
    add("value", handle.path + " (solved" + in + ")", line, [&](YearIndex y) -> std::optional<Cell> {
        if (!handle.by_year() && result.met())
            return value_cell(handle, analysis::value_in(result.scenario, result.plan, handle, y));
        const SolveStep* step = step_for(result, y);
        if (!step || !addressed(y) || (handle.by_year() && step->varied_year != y)) return std::nullopt;
        return value_cell(handle, analysis::value_in(result.scenario, result.plan, handle, y));
    });
    add("scenario_value", handle.path + " (scenario" + in + ")", line,
        [&](YearIndex y) -> std::optional<Cell> {
            if (!addressed(y)) return std::nullopt;
            return value_cell(handle, analysis::value_in(scenario, original, handle, y));
        });
    const Plan& plan = result.plan;
    add("budget_requirement", "Budget requirement", line,
        [&](YearIndex y) { return money(plan.gaps[y].budget_requirement); });
    add("total_funding", "Total funding", line,
        [&](YearIndex y) { return money(plan.gaps[y].total_funding); });
    add("gap", "Budget gap", subtotal, [&](YearIndex y) { return money(plan.gaps[y].gap); });
    const std::string& reserve = scenario.reserves[0].name;
    add("general_reserve", reserve + " (closing)", line,
        [&](YearIndex y) { return money(plan.reserves[0][y].closing); });
    const analysis::Target reserve_target{TargetKind::general_reserve_at_floor, Money{}, ""};
    add("general_reserve_floor", reserve + " floor", line, [&](YearIndex y) {
        return money(analysis::target_figures(reserve_target, result.scenario, plan, y).limit);
    });
    add("nre", "Net revenue expenditure", line,
        [&](YearIndex y) { return money(plan.years[y].net_revenue_expenditure); });
    if (scenario.checks.nre_growth_limit) {
        const analysis::Target nre_target{TargetKind::nre_within_guidance, Money{}, ""};
        add("nre_guidance", "NRE guidance limit", line, [&](YearIndex y) -> std::optional<Cell> {
            if (y == 0) return std::nullopt;
            return money(analysis::target_figures(nre_target, result.scenario, plan, y).limit);
        });
    }
    for (const SolveStep& step : result.steps) table.notes.push_back(step.message + ".");
    table.notes.push_back(rules_note(scenario, result));
    table.notes.push_back(
        "Values are exact above; the table shows rates to two decimals. A year left blank in the "
        "solved row has no value meeting the target.");
    built.tables.push_back(std::move(table));
    return built;
}

}  // namespace mtfp

#include "explain/levers.hpp"

#include "explain/nodes.hpp"
#include "model/savings_programme.hpp"

namespace mtfp::explaining {

namespace {

constexpr std::array<std::string_view, saving_status_count> status_names{"delivered", "green", "amber",
                                                                         "red"};

std::string year_text(const Scenario& scenario, YearIndex y) {
    return scenario.year(y).to_string();
}

// The use of reserves to balance is the policy's transfer: the gap so far, within what
// the reserve holds above its limit (the Summary's row; explain budget_requirement).
ExplainNode use_of_reserves(const Scenario& scenario, const Plan& plan, YearIndex y) {
    return input(
        "Use of reserves to balance: minus the gap before it, within the reserve's balance above its "
        "limit",
        plan.reserves_policy.use_of_reserves[y], scenario.reserves_policy.fund_gap_where);
}

// The base year's forecast overspend, line by line: revised budget less forecast outturn.
ExplainNode outturn(const Scenario& scenario, const Plan& plan) {
    std::vector<ExplainNode> parts;
    for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
        const BudgetLine& line = scenario.lines[l];
        if (!line.outturn) continue;
        const std::string row = "line:" + line.id;
        parts.push_back(
            made(line.name + ": revised budget less forecast outturn",
                 plan.years[0].line_budget[l] - *line.outturn, Operation::sum,
                 {figure("revised budget", plan.years[0].line_budget[l], row, year_text(scenario, 0)),
                  negated("less forecast outturn", input("forecast outturn", *line.outturn, line.where))}));
    }
    return made("forecast outturn taken to the reserve (an overspend drawn, an underspend added)",
                plan.reserves_policy.outturn, Operation::sum, std::move(parts));
}

// Each cashable saving of the year x the delivery risk of its status, rounded once.
ExplainNode savings_at_risk(const Scenario& scenario, const Plan& plan, YearIndex y) {
    std::vector<ExplainNode> parts;
    const SavingsRisk& risk = scenario.savings_risk;
    for (std::size_t m = 0; m < scenario.movements.size(); ++m) {
        const Movement& movement = scenario.movements[m];
        const std::vector<Money>& at_risk = plan.savings.item_at_risk[m];
        if (at_risk.empty() || movement.amount_by_year[y].is_zero()) continue;
        const SavingStatus status = movement.savings.status_or_green();
        const auto s = static_cast<std::size_t>(status);
        const std::string name(status_names[s]);
        const SourceRef rate_where = risk.given ? risk.where[s] : movement.savings.status_where;
        parts.push_back(made(
            movement_label(movement) + ": the saving x the delivery risk of " + name, at_risk[y],
            Operation::apply_rate,
            {negated("the saving, as a positive amount",
                     input(movement_label(movement), movement.amount_by_year[y],
                           where_or(movement.amount_where, y, movement.where))),
             rate_input("delivery risk of " + name + (movement.savings.status ? "" : " (no status: green)"),
                        risk.of(status), rate_where)}));
    }
    return made("Savings at risk " + year_text(scenario, y) + ": each cashable saving x its delivery risk",
                plan.gaps[y].savings_at_risk, Operation::sum, std::move(parts));
}

// The reserve's headroom over its limit at the year-end (its floor, the general reserve
// with one, else zero), under the year its balance first falls strictly below it.
ExplainNode first_below(const Scenario& scenario, const Plan& plan, std::size_t r, YearIndex y) {
    const Reserve& reserve = scenario.reserves[r];
    const std::optional<YearIndex> first = plan.reserves_policy.first_below[r];
    const std::optional<Money>& floor = plan.general_reserve_floor[y];
    const bool has_floor = r == 0 && floor && *floor > Money{};
    const std::string limit_name = r == 0 && reserve.floor ? "its floor" : "zero";
    const std::string finding =
        first ? "first falls below " + limit_name + " at the end of " + year_text(scenario, *first)
              : "does not fall below " + limit_name + " within the plan";
    const Money closing = plan.reserves[r][y].closing;
    std::vector<ExplainNode> parts{
        figure(reserve.name + " closing balance", closing, "reserve:" + reserve.id, year_text(scenario, y))};
    if (has_floor) {
        const ReserveFloor& given = *reserve.floor;
        ExplainNode limit =
            std::holds_alternative<Money>(given)
                ? input("floor", *floor, reserve.where)
                : made(
                      "floor: net revenue expenditure x the share", *floor, Operation::apply_rate,
                      {figure("net revenue expenditure", plan.years[y].net_revenue_expenditure,
                              "net_revenue_expenditure", year_text(scenario, y)),
                       rate_input("share of net revenue expenditure", std::get<Rate>(given), reserve.where)});
        parts.push_back(negated("less the floor", std::move(limit)));
    }
    return made(reserve.name + " (first_below:" + reserve.id + ") " + finding + "; " +
                    year_text(scenario, y) + ": closing balance less " + (has_floor ? "the floor" : "zero") +
                    " (negative: below)",
                closing - (has_floor ? *floor : Money{}), Operation::sum, std::move(parts));
}

}  // namespace

bool shows_lever(const Scenario& scenario, std::string_view name) {
    const ReservesPolicy& policy = scenario.reserves_policy;
    if (name == "gap_before_reserves") return policy.fund_gap_from.has_value();
    if (name == "first_below") return policy.fund_gap_from || policy.outturn_to;
    if (name == "savings_at_risk" || name == "risk_adjusted_gap") return has_savings_programme(scenario);
    return false;
}

ExplainNode reserve(const Scenario& scenario, const Plan& plan, std::size_t r, YearIndex y) {
    const Reserve& reserve = scenario.reserves[r];
    const ReservesPolicy& policy = scenario.reserves_policy;
    const std::string row = "reserve:" + reserve.id;
    std::vector<ExplainNode> parts;
    if (y == 0) {
        parts.push_back(input("opening balance", reserve.opening, reserve.opening_where));
    } else {
        parts.push_back(figure("opening balance: last year's closing", plan.reserves[r][y - 1].closing, row,
                               year_text(scenario, y - 1)));
    }
    for (const ReserveTransfer& transfer : scenario.transfers) {
        if (transfer.reserve != r || transfer.year != y) continue;
        parts.push_back(input(transfer_label(transfer), transfer.amount, transfer.amount_where));
    }
    if (y == 0 && policy.outturn_to == r) parts.push_back(outturn(scenario, plan));
    if (y > 0 && policy.fund_gap_from == r) parts.push_back(use_of_reserves(scenario, plan, y));
    return made(reserve.name + " (" + row + ") closing balance " + year_text(scenario, y),
                plan.reserves[r][y].closing, Operation::sum, std::move(parts));
}

ExplainNode lever(const Scenario& scenario, const Plan& plan, const ParsedRow& row, YearIndex y) {
    const GapYear& gap = plan.gaps[y];
    const std::string year = year_text(scenario, y);
    if (row.name == "first_below") return first_below(scenario, plan, row.position, y);
    if (row.name == "savings_at_risk") return savings_at_risk(scenario, plan, y);
    if (row.name == "gap_before_reserves")
        return made("Gap before use of reserves " + year + ": the gap less the use of reserves to balance",
                    gap.gap_before_reserves, Operation::sum,
                    {figure("Budget gap (after the use of reserves)", gap.gap, "budget_gap", year),
                     negated("less the use of reserves to balance", use_of_reserves(scenario, plan, y))});
    return made("Risk-adjusted gap " + year + ": the gap plus the savings at risk", gap.risk_adjusted_gap,
                Operation::sum,
                {figure("Budget gap (after any use of reserves)", gap.gap, "budget_gap", year),
                 figure("Savings at risk", gap.savings_at_risk, "savings_at_risk", year)});
}

}  // namespace mtfp::explaining

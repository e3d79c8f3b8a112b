// explain(): the derivation tree of one figure, read from the Plan where it holds the
// figure and rebuilt with project's own rounding functions where it does not (a line's
// inflation by subjective), so that every node equals the figure `run` prints.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>

#include "explain/capital.hpp"
#include "explain/explanation.hpp"
#include "explain/ledger_trace.hpp"
#include "explain/levers.hpp"
#include "explain/nodes.hpp"
#include "explain/row_request.hpp"
#include "explain/rows.hpp"
#include "model/diagnostic.hpp"
#include "model/suggest.hpp"
#include "money/money_text.hpp"
#include "money/rounding.hpp"
#include "project/stages.hpp"

namespace mtfp {

namespace {

using explaining::input;
using explaining::made;
using explaining::movement_label;
using explaining::negated;
using explaining::ParsedRow;
using explaining::rate_input;
using explaining::transfer_label;
using explaining::where_or;

class Explainer {
public:
    Explainer(const Scenario& scenario, const Plan& plan) : s_(scenario), p_(plan) {}

    std::string year_text(YearIndex y) const { return s_.year(y).to_string(); }

    // A figure explained elsewhere: its ROW and YEAR.
    ExplainNode figure(std::string label, Money amount, const std::string& row, YearIndex y) const {
        return explaining::figure(std::move(label), amount, row, year_text(y));
    }

    ExplainNode line(std::size_t l, YearIndex y) const {
        const BudgetLine& line = s_.lines[l];
        const std::string label = line.name + " (line:" + line.id + ") " + year_text(y);
        std::vector<ExplainNode> parts;
        if (y == 0) {
            for (const BudgetCell& cell : line.budget_book.cells()) {
                if (cell.amount.is_zero()) continue;
                parts.push_back(input("budget book: " + s_.subjectives[cell.subjective].name, cell.amount,
                                      line.budget_book.where(cell)));
            }
            // A ledger-fed line: its budget book entries under one node naming the rows.
            if (s_.ledger && s_.ledger->by_line[l].rows > 0) {
                const LedgerLineTrace& trace = s_.ledger->by_line[l];
                parts = {made(ledger_trace_label(*s_.ledger, trace), trace.budget_book, Operation::sum,
                              std::move(parts))};
            }
            for (const Movement& movement : s_.movements) {
                if (movement.line != l || movement.amount_by_year[0].is_zero()) continue;
                if (movement.kind != MovementKind::in_year && movement.kind != MovementKind::virement)
                    continue;
                parts.push_back(input(movement_label(movement), movement.amount_by_year[0],
                                      where_or(movement.amount_where, 0, movement.where)));
            }
            return made(label + ": budget book + in-year movements and virements", p_.years[0].line_budget[l],
                        Operation::sum, std::move(parts));
        }
        parts.push_back(
            figure("previous year's budget", p_.years[y - 1].line_budget[l], "line:" + line.id, y - 1));
        for (std::size_t r = 0; r < plan_movement_count; ++r) {
            if (p_.lines.movements(l, y)[r].is_zero()) continue;
            parts.push_back(movement_on_line(static_cast<PlanMovement>(r), l, y));
        }
        explaining::capital_parts(s_, p_, l, y, parts);
        return made(label + ": previous year + this year's movements", p_.years[y].line_budget[l],
                    Operation::sum, std::move(parts));
    }

    ExplainNode movement_on_line(PlanMovement row, std::size_t l, YearIndex y) const {
        const auto r = static_cast<std::size_t>(row);
        const std::string key = std::string(explaining::movement_names[r]) + ":" + s_.lines[l].id;
        const std::string label = std::string(explaining::movement_labels[r]) + " on " + s_.lines[l].name +
                                  " (" + key + ") " + year_text(y);
        std::vector<ExplainNode> parts;
        if (row == PlanMovement::inflation) {
            for (std::size_t c = p_.lines.begin(l); c < p_.lines.end(l); ++c) {
                const std::size_t sj = p_.lines.subjective[c];
                const Money recurring = p_.lines.recurring_at(c, y - 1);
                if (recurring.is_zero()) continue;
                const InflationIndex& index = s_.indices[s_.subjectives[sj].index];
                const Rate rate = index.rate_by_year[y];
                parts.push_back(
                    made(s_.subjectives[sj].name + ": previous recurring budget x index rate",
                         apply_rate(recurring, rate), Operation::apply_rate,
                         {figure("recurring budget " + year_text(y - 1) + ", " + s_.subjectives[sj].name,
                                 recurring, "line:" + s_.lines[l].id, y - 1),
                          rate_input("index " + index.id + " " + year_text(y), rate,
                                     where_or(index.rate_where, y, index.where))}));
            }
            return made(label + ": previous recurring budget x index rate, by subjective",
                        p_.lines.movements(l, y)[r], Operation::sum, std::move(parts));
        }
        for (const Movement& movement : s_.movements) {
            if (movement.line != l || movement.kind == MovementKind::in_year ||
                movement.kind == MovementKind::virement || stages::row_of(movement.kind) != row ||
                !movement.savings.cashable)  // a non-cashable saving changes no budget figure
                continue;
            if (!movement.amount_by_year[y].is_zero())
                parts.push_back(input(movement_label(movement), movement.amount_by_year[y],
                                      where_or(movement.amount_where, y, movement.where)));
            if (movement.one_off && y >= 2 && !movement.amount_by_year[y - 1].is_zero())
                parts.push_back(negated(
                    "reversal of last year's one-off item",
                    input(movement_label(movement) + " " + year_text(y - 1), movement.amount_by_year[y - 1],
                          where_or(movement.amount_where, y - 1, movement.where))));
        }
        return made(label + ": items entered, less last year's one-off items", p_.lines.movements(l, y)[r],
                    Operation::sum, std::move(parts));
    }

    // Table 3's row over Total MPS: each business group's and corporate line's.
    ExplainNode movement_over_mps(PlanMovement row, YearIndex y) const {
        const auto r = static_cast<std::size_t>(row);
        const std::string name(explaining::movement_names[r]);
        std::vector<ExplainNode> parts;
        for (std::size_t l = 0; l < s_.lines.size(); ++l) {
            const Section section = s_.lines[l].section;
            if (section != Section::business_group && section != Section::corporate) continue;
            const Money amount = p_.lines.movements(l, y)[r];
            if (amount.is_zero()) continue;
            parts.push_back(figure(s_.lines[l].name, amount, name + ":" + s_.lines[l].id, y));
        }
        return made(std::string(explaining::movement_labels[r]) + " over Total MPS (" + name + ") " +
                        year_text(y) + ": the sum over business groups and corporate lines",
                    p_.mps_movements[y][r], Operation::sum, std::move(parts));
    }

    ExplainNode section_total(const std::string& label, Section section, Money total, YearIndex y) const {
        std::vector<ExplainNode> parts;
        for (std::size_t l = 0; l < s_.lines.size(); ++l) {
            if (s_.lines[l].section != section) continue;
            parts.push_back(
                figure(s_.lines[l].name, p_.years[y].line_budget[l], "line:" + s_.lines[l].id, y));
        }
        return made(label + " " + year_text(y), total, Operation::sum, std::move(parts));
    }

    ExplainNode grant(std::size_t g, YearIndex y) const {
        const Grant& grant = g == 0 ? s_.general_grant : s_.specific_grants[g - 1];
        const Money cash = g == 0 ? p_.general_grant[y] : p_.specific_grants[g - 1][y];
        const std::string row = "grant:" + grant.id;
        const std::string label = grant.name + " (" + row + ") " + year_text(y);
        if (y == 0) return input(label + ": base", cash, grant.base_where);
        const GrantYear& year = grant.by_year[y];
        if (year.amount) return input(label + ": settlement", cash, year.where);
        const Money previous = g == 0 ? p_.general_grant[y - 1] : p_.specific_grants[g - 1][y - 1];
        return made(label + ": last year's cash x (1 + growth)", cash, Operation::grow,
                    {figure("previous year's cash", previous, row, y - 1),
                     rate_input("growth " + year_text(y), year.growth, year.where)});
    }

    ExplainNode precept_cash(YearIndex y) const {
        const Precept& precept = s_.precept;
        const std::string label = "precept (cash) " + year_text(y);
        const CouncilTax& tax = precept.council_tax;
        if (tax.in_pounds())  // Band D x tax base, each from its own input (the council_tax table)
            return input(
                fmt::format("{}: Band D £{} x tax base {}, to the pound", label,
                            format_hundredths(p_.council_tax.band_d_pence[y]),
                            format_hundredths(p_.council_tax.tax_base_hundredths[y])),
                p_.precept[y],
                y == 0 ? tax.band_d_where : where_or(precept.band_d_increase_where, y, precept.where));
        if (y == 0) return input(label + ": base", p_.precept[0], precept.base_where);
        if (precept.mode == PreceptMode::balance && tax.has_collection_fund()) {
            return made(
                label + ": balance mode, budget requirement less central funding and collection fund",
                p_.precept[y], Operation::sum,
                {figure("budget requirement", p_.years[y].budget_requirement, "budget_requirement", y),
                 negated("less central funding",
                         figure("central funding (cash)", p_.general_grant[y], "grant:general", y)),
                 negated("less collection fund",
                         input("collection fund", tax.collection_fund[y], tax.collection_fund_where[y]))});
        }
        if (precept.mode == PreceptMode::balance) {
            return made(
                label + ": balance mode, budget requirement less central funding", p_.precept[y],
                Operation::sum,
                {figure("budget requirement", p_.years[y].budget_requirement, "budget_requirement", y),
                 negated("less central funding",
                         figure("central funding (cash)", p_.general_grant[y], "grant:general", y))});
        }
        return made(label + ": last year's precept x (1 + Band D increase) x (1 + tax base growth)",
                    p_.precept[y], Operation::grow_twice,
                    {figure("previous year's precept", -p_.years[y - 1].precept, "precept", y - 1),
                     rate_input("Band D increase " + year_text(y), precept.band_d_increase_by_year[y],
                                where_or(precept.band_d_increase_where, y, precept.where)),
                     rate_input("tax base growth " + year_text(y), precept.tax_base_growth_by_year[y],
                                where_or(precept.tax_base_growth_where, y, SourceRef{}))});
    }

    ExplainNode transfers(const std::string& label, bool drawn, Money total, YearIndex y) const {
        std::vector<ExplainNode> parts;
        for (const ReserveTransfer& transfer : s_.transfers) {
            if (transfer.year != y || (transfer.amount < Money{}) != drawn) continue;
            parts.push_back(input(transfer_label(transfer), transfer.amount, transfer.amount_where));
        }
        return made(label + " " + year_text(y) + ": the sum of the transfers", total, Operation::sum,
                    std::move(parts));
    }

    ExplainNode summary(const std::string& name, YearIndex y) const {
        const SummaryColumn& c = p_.years[y];
        auto fig = [&](const std::string& label, Money amount, const std::string& row) {
            return figure(label, amount, row, y);
        };
        const std::string at = " " + year_text(y);
        if (name == "total_business_groups")
            return section_total("Total Business Groups", Section::business_group, c.total_business_groups,
                                 y);
        if (name == "total_corporate")
            return section_total("Total Corporate Budgets", Section::corporate, c.total_corporate, y);
        if (name == "total_authority")
            return section_total("Total Authority", Section::authority, c.total_authority, y);
        if (name == "total_financing")
            return section_total("Total financing", Section::financing, c.total_financing, y);
        if (name == "total_mps")
            return made("Total MPS" + at, c.total_mps, Operation::sum,
                        {fig("Total Business Groups", c.total_business_groups, "total_business_groups"),
                         fig("Total Corporate Budgets", c.total_corporate, "total_corporate")});
        if (name == "net_service_expenditure")
            return made("Net service expenditure" + at, c.net_service_expenditure, Operation::sum,
                        {fig("Total MPS", c.total_mps, "total_mps"),
                         fig("Total Authority", c.total_authority, "total_authority")});
        if (name == "net_expenditure")
            return made("Net expenditure" + at, c.net_expenditure, Operation::sum,
                        {fig("Net service expenditure", c.net_service_expenditure, "net_service_expenditure"),
                         fig("Total financing", c.total_financing, "total_financing")});
        if (name == "specific_grants") {
            std::vector<ExplainNode> parts;
            for (std::size_t g = 0; g < s_.specific_grants.size(); ++g)
                parts.push_back(negated("less " + s_.specific_grants[g].name,
                                        fig(s_.specific_grants[g].name, p_.specific_grants[g][y],
                                            "grant:" + s_.specific_grants[g].id)));
            return made("Specific Grants" + at + " (negative, as published)", c.specific_grants,
                        Operation::sum, std::move(parts));
        }
        if (name == "net_revenue_expenditure")
            return made("Net revenue expenditure" + at, c.net_revenue_expenditure, Operation::sum,
                        {fig("Net expenditure", c.net_expenditure, "net_expenditure"),
                         fig("Specific Grants", c.specific_grants, "specific_grants")});
        if (name == "transfer_from_reserves")
            return transfers("Transfer from reserves", true, c.transfer_from_reserves, y);
        if (name == "transfer_to_reserves")
            return transfers("Transfer to reserves", false, c.transfer_to_reserves, y);
        if (name == "budget_requirement") {
            ExplainNode node =
                made("Budget requirement" + at, c.budget_requirement, Operation::sum,
                     {fig("Net revenue expenditure", c.net_revenue_expenditure, "net_revenue_expenditure"),
                      fig("Transfer from reserves", c.transfer_from_reserves, "transfer_from_reserves"),
                      fig("Transfer to reserves", c.transfer_to_reserves, "transfer_to_reserves")});
            if (s_.reserves_policy.fund_gap_from)  // the gap so far, met from the reserve (reserves.policy)
                node.children.push_back(
                    input("Use of reserves to balance: minus the gap before it, within the "
                          "reserve's balance above its limit",
                          c.use_of_reserves, s_.reserves_policy.fund_gap_where));
            return node;
        }
        if (name == "general_grant")
            return negated("Central funding" + at + " (negative, as published)", grant(0, y));
        if (name == "precept") return negated("Precept" + at + " (negative, as published)", precept_cash(y));
        if (name == "total_funding") {
            ExplainNode node =
                made("Total Funding" + at + " (negative, as published)", c.total_funding, Operation::sum,
                     {fig("Central funding", c.general_grant, "general_grant"),
                      fig("Precept", c.precept, "precept")});
            const CouncilTax& tax = s_.precept.council_tax;
            if (tax.has_collection_fund())
                node.children.push_back(input("Collection fund (a surplus negative, as published)",
                                              c.collection_fund, tax.collection_fund_where[y]));
            return node;
        }
        return made("Budget gap" + at + ": budget requirement + total funding (positive: a shortfall)",
                    c.budget_gap, Operation::sum,
                    {fig("Budget requirement", c.budget_requirement, "budget_requirement"),
                     fig("Total Funding", c.total_funding, "total_funding")});
    }

    ExplainNode gap_before_savings(YearIndex y) const {
        const GapYear& gap = p_.gaps[y];
        return made("Gap before savings " + year_text(y) + ": gap less efficiency savings",
                    gap.gap_before_savings, Operation::sum,
                    {figure("Budget gap", gap.gap, "budget_gap", y),
                     negated("less efficiency savings (over every line)",
                             made("Efficiency savings over every line", gap.efficiency, Operation::sum,
                                  efficiency_by_line(y)))});
    }

    ExplainNode new_gap(YearIndex y) const {
        return made(
            "New gap arising in " + year_text(y) + ": this year's gap less last year's", p_.gaps[y].new_gap,
            Operation::sum,
            {figure("Budget gap", p_.gaps[y].gap, "budget_gap", y),
             negated("less last year's gap", figure("Budget gap", p_.gaps[y - 1].gap, "budget_gap", y - 1))});
    }

private:
    std::vector<ExplainNode> efficiency_by_line(YearIndex y) const {
        const auto r = static_cast<std::size_t>(PlanMovement::efficiency);
        std::vector<ExplainNode> parts;
        for (std::size_t l = 0; l < s_.lines.size(); ++l) {
            const Money amount = p_.lines.movements(l, y)[r];
            if (!amount.is_zero())
                parts.push_back(figure(s_.lines[l].name, amount, "efficiency:" + s_.lines[l].id, y));
        }
        return parts;
    }

    const Scenario& s_;
    const Plan& p_;
};

}  // namespace

Explanation explain(const Scenario& scenario, const Plan& plan, const std::string& row,
                    const std::string& year) {
    const std::optional<ParsedRow> parsed = explaining::parse_row(scenario, row);
    if (!parsed) explaining::refuse_unknown_row(scenario, row);
    const YearIndex y = explaining::checked_year(scenario, row, year);
    const FiscalYear fiscal = scenario.year(y);
    const Explainer explainer(scenario, plan);
    Explanation explanation{row, fiscal.to_string(), {}};
    switch (parsed->kind) {
        case ParsedRow::Kind::summary:
            explanation.root = explainer.summary(parsed->name, y);
            break;
        case ParsedRow::Kind::line:
            explanation.root = explainer.line(parsed->position, y);
            break;
        case ParsedRow::Kind::movement:
            explanation.root = parsed->line ? explainer.movement_on_line(*parsed->movement, *parsed->line, y)
                                            : explainer.movement_over_mps(*parsed->movement, y);
            break;
        case ParsedRow::Kind::grant:
            explanation.root = explainer.grant(parsed->position, y);
            break;
        case ParsedRow::Kind::reserve:
            explanation.root = explaining::reserve(scenario, plan, parsed->position, y);
            break;
        case ParsedRow::Kind::lever:
            explanation.root = explaining::lever(scenario, plan, *parsed, y);
            break;
        case ParsedRow::Kind::gap_before_savings:
            explanation.root = explainer.gap_before_savings(y);
            break;
        case ParsedRow::Kind::new_gap:
            explanation.root = explainer.new_gap(y);
            break;
    }
    return explanation;
}

}  // namespace mtfp

// The Budget Summary, laid out as published (the Draft Corporate Business Plan 2007-10,
// page 3): the lines of each section with its total, then the totals down to the budget
// requirement, the funding and the gap. One column per base-year view (budget book,
// revised, outturn), then one per plan year.
#include <functional>

#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

// Each column's figures, in column order.
std::vector<const SummaryColumn*> summary_columns(const Plan& plan) {
    std::vector<const SummaryColumn*> columns{&plan.budget_book, &plan.revised, &plan.outturn};
    for (YearIndex y = 1; y < plan.years.size(); ++y) columns.push_back(&plan.years[y]);
    return columns;
}

class SummaryBuilder {
public:
    SummaryBuilder(const Scenario& scenario, const Plan& plan, Table& table)
        : scenario_(scenario), columns_(summary_columns(plan)), table_(table) {}

    void figures(std::string key, std::string label, RowStyle style,
                 const std::function<Money(const SummaryColumn&)>& figure) {
        std::vector<Cell> cells;
        for (const SummaryColumn* column : columns_) cells.push_back(money_cell(figure(*column)));
        table_.rows.push_back(row(std::move(key), std::move(label), style, std::move(cells)));
    }

    // The section's lines in scenario order.
    void lines(Section section) {
        for (std::size_t i = 0; i < scenario_.lines.size(); ++i) {
            const BudgetLine& line = scenario_.lines[i];
            if (line.section != section) continue;
            figures("line:" + line.id, line.name, RowStyle::line,
                    [i](const SummaryColumn& column) { return column.line_budget[i]; });
        }
    }

    void heading_row(std::string key, std::string label) {
        table_.rows.push_back(heading(std::move(key), std::move(label)));
    }

private:
    const Scenario& scenario_;
    std::vector<const SummaryColumn*> columns_;
    Table& table_;
};

std::vector<std::string> line_keys(const Scenario& scenario, Section section) {
    std::vector<std::string> keys;
    for (const BudgetLine& line : scenario.lines) {
        if (line.section == section) keys.push_back("line:" + line.id);
    }
    return keys;
}

// The identities of docs/model.md between the Summary's rows, as live formulas.
void state_formulas(const Scenario& scenario, Table& table) {
    std::vector<FormulaTerm> financing = plus_each(line_keys(scenario, Section::financing));
    financing.insert(financing.begin(), plus("net_service_expenditure"));
    state_formula(table, "total_business_groups", plus_each(line_keys(scenario, Section::business_group)));
    state_formula(table, "total_corporate", plus_each(line_keys(scenario, Section::corporate)));
    state_formula(table, "total_mps", {plus("total_business_groups"), plus("total_corporate")});
    state_formula(table, "total_authority", plus_each(line_keys(scenario, Section::authority)));
    state_formula(table, "net_service_expenditure", {plus("total_mps"), plus("total_authority")});
    state_formula(table, "net_expenditure", financing);
    state_formula(table, "net_revenue_expenditure", {plus("net_expenditure"), plus("specific_grants")});
    std::vector<FormulaTerm> requirement{plus("net_revenue_expenditure"), plus("transfer_from_reserves"),
                                         plus("transfer_to_reserves")};
    if (scenario.reserves_policy.fund_gap_from) requirement.push_back(plus("use_of_reserves"));
    state_formula(table, "budget_requirement", requirement);
    std::vector<FormulaTerm> funding{plus("general_grant"), plus("precept")};
    if (scenario.precept.council_tax.has_collection_fund()) funding.push_back(plus("collection_fund"));
    state_formula(table, "total_funding", funding);
    // Plan years' funding is the Grants table's cash, negative as published.
    const std::size_t first_plan_year = 3;
    std::vector<FormulaTerm> specific;
    for (const Grant& grant : scenario.specific_grants)
        specific.push_back(minus_in("grants", "specific:" + grant.id));
    state_formula(table, "specific_grants", specific, first_plan_year);
    state_formula(table, "general_grant", {minus_in("grants", "general")}, first_plan_year);
    state_formula(table, "precept", {minus_in("grants", "precept")}, first_plan_year);
    state_formula(table, "budget_gap", {plus("budget_requirement"), plus("total_funding")});
}

std::vector<Column> columns(const Scenario& scenario) {
    const std::string base = report::year_key(scenario, 0);
    std::vector<Column> result{
        {"budget_book", base + " Budget as per Budget Book", {"Budget book", base}},
        {"revised", "In-Year Revised Budget " + base, {"Revised", base}},
        {"outturn", "Forecast Outturn " + base, {"Outturn", base}},
    };
    for (Column& year : year_columns(scenario, false)) result.push_back(std::move(year));
    return result;
}

}  // namespace

Table build_summary(const Scenario& scenario, const Plan& plan) {
    Table table =
        table_of("summary", "Budget Summary", TableLayout::rows, columns(scenario), "Service analysis");
    table.notes.push_back("Outturn: each line's forecast outturn where given, else its revised budget.");
    table.narrow_drops = {"budget_book", "outturn", "revised"};  // the revised base is kept longest

    using enum RowStyle;
    SummaryBuilder b(scenario, plan, table);
    b.heading_row("heading:business_groups", "Business Groups:");
    b.lines(Section::business_group);
    b.figures("total_business_groups", "Total Business Groups", subtotal,
              [](const SummaryColumn& c) { return c.total_business_groups; });
    b.heading_row("heading:corporate", "Corporate Budgets:");
    b.lines(Section::corporate);
    b.figures("total_corporate", "Total Corporate Budgets", subtotal,
              [](const SummaryColumn& c) { return c.total_corporate; });
    b.figures("total_mps", "Total MPS", total, [](const SummaryColumn& c) { return c.total_mps; });
    b.lines(Section::authority);
    b.figures("total_authority", "Total Authority", subtotal,
              [](const SummaryColumn& c) { return c.total_authority; });
    b.figures("net_service_expenditure", "Net service expenditure", total,
              [](const SummaryColumn& c) { return c.net_service_expenditure; });
    b.lines(Section::financing);
    b.figures("net_expenditure", "Net expenditure", total,
              [](const SummaryColumn& c) { return c.net_expenditure; });
    b.figures("specific_grants", "Specific Grants", line,
              [](const SummaryColumn& c) { return c.specific_grants; });
    b.figures("net_revenue_expenditure", "Net revenue expenditure", total,
              [](const SummaryColumn& c) { return c.net_revenue_expenditure; });
    b.figures("transfer_from_reserves", "Transfer from reserves", line,
              [](const SummaryColumn& c) { return c.transfer_from_reserves; });
    b.figures("transfer_to_reserves", "Transfer to reserves", line,
              [](const SummaryColumn& c) { return c.transfer_to_reserves; });
    // Present only when a reserve funds the gap (reserves.policy.fund_gap_from).
    if (scenario.reserves_policy.fund_gap_from)
        b.figures("use_of_reserves", "Use of reserves to balance", line,
                  [](const SummaryColumn& c) { return c.use_of_reserves; });
    b.figures("budget_requirement", "Budget requirement", total,
              [](const SummaryColumn& c) { return c.budget_requirement; });
    b.heading_row("heading:funding", "Funding:");
    b.figures("general_grant", scenario.general_grant.name, line,
              [](const SummaryColumn& c) { return c.general_grant; });
    b.figures("precept", "Precept", line, [](const SummaryColumn& c) { return c.precept; });
    // Present only when the scenario gives a collection fund (docs/levers.md).
    if (scenario.precept.council_tax.has_collection_fund())
        b.figures("collection_fund", "Collection fund", line,
                  [](const SummaryColumn& c) { return c.collection_fund; });
    b.figures("total_funding", "Total Funding", total,
              [](const SummaryColumn& c) { return c.total_funding; });
    b.figures("budget_gap", "Budget gap", total, [](const SummaryColumn& c) { return c.budget_gap; });
    state_formulas(scenario, table);
    if (scenario.ledger)
        for (std::string& note : ledger_notes(*scenario.ledger)) table.notes.push_back(std::move(note));
    return table;
}

}  // namespace mtfp::report

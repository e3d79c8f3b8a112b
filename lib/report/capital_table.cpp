// The capital table: the programme's spend by scheme, its funding by source and the
// borrowing that is left, the capital financing requirement rolled forward with MRP,
// interest on the opening CFR, the revenue consequences that go to the financing line,
// and the prudential indicator (financing costs as a share of NRE). The base year
// first (its spend and borrowing count in the CFR), then each plan year.
#include <array>
#include <string_view>

#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

struct FundingRow {
    std::string_view key;
    std::string_view label;
};

// In CapitalFunding's order.
constexpr std::array<FundingRow, capital_funding_count> funding_rows{{
    {"grants", "Capital grants"},
    {"receipts", "Capital receipts"},
    {"revenue", "Revenue contributions"},
}};

class CapitalBuilder {
public:
    CapitalBuilder(const Scenario& scenario, const CapitalPlan& capital, Table& table)
        : scenario_(scenario), capital_(capital), table_(table) {}

    // A money row over every year from `first`; earlier columns are left blank.
    template <typename Figure>
    void money(const std::string& key, std::string label, RowStyle style, Figure figure, YearIndex first = 0,
               JsonPath group = {}) {
        std::vector<Cell> cells;
        for (YearIndex y = 0; y < scenario_.year_count(); ++y) {
            if (y < first) {
                cells.emplace_back();
                continue;
            }
            JsonPath path{"years", year_key(scenario_, y)};
            path.insert(path.end(), group.begin(), group.end());
            path.push_back(key.substr(key.find(':') + 1));
            cells.push_back(money_cell(figure(capital_.years[y], y), std::move(path)));
        }
        table_.rows.push_back(row(key, std::move(label), style, std::move(cells)));
    }

    template <typename Figure>
    void rate(const std::string& key, std::string label, Figure figure) {
        std::vector<Cell> cells(1);
        for (YearIndex y = 1; y < scenario_.year_count(); ++y) {
            const std::optional<Rate> value = figure(y);
            if (!value) {
                cells.emplace_back();
                continue;
            }
            cells.push_back(rate_cell(*value, {"years", year_key(scenario_, y), key}));
            cells.back().rate_decimals = 2;
        }
        table_.rows.push_back(row(key, std::move(label), RowStyle::line, std::move(cells)));
    }

private:
    const Scenario& scenario_;
    const CapitalPlan& capital_;
    Table& table_;
};

void spend_and_funding(const Scenario& scenario, const CapitalPlan& capital, CapitalBuilder& b,
                       Table& table) {
    table.rows.push_back(heading("heading:spend", "Capital spend"));
    std::vector<std::string> schemes;
    for (std::size_t s = 0; s < scenario.capital->schemes.size(); ++s) {
        const CapitalScheme& scheme = scenario.capital->schemes[s];
        schemes.push_back("scheme:" + scheme.id);
        b.money(schemes.back(), scheme.name, RowStyle::line,
                [&scheme](const CapitalYear&, YearIndex y) { return scheme.spend[y]; }, 0, {"schemes"});
    }
    b.money("spend", "Total capital spend", RowStyle::subtotal,
            [](const CapitalYear& year, YearIndex) { return year.spend; });
    if (!schemes.empty()) state_formula(table, "spend", plus_each(schemes));
    table.rows.push_back(heading("heading:funding", "Funded by"));
    std::vector<std::string> sources;
    for (std::size_t f = 0; f < capital_funding_count; ++f) {
        sources.emplace_back(funding_rows[f].key);
        b.money(sources.back(), std::string(funding_rows[f].label), RowStyle::line,
                [f](const CapitalYear& year, YearIndex) { return year.funding[f]; });
    }
    sources.emplace_back("borrowing");
    b.money("borrowing", "Borrowing", RowStyle::line,
            [](const CapitalYear& year, YearIndex) { return year.borrowing; });
    b.money("total_funding", "Total funding", RowStyle::subtotal,
            [](const CapitalYear& year, YearIndex) { return year.spend; });
    state_formula(table, "total_funding", plus_each(sources));
    (void)capital;
}

void financing(const Scenario& scenario, const Plan& plan, CapitalBuilder& b, Table& table) {
    table.rows.push_back(heading("heading:cfr", "Capital financing requirement"));
    b.money("cfr_opening", "Opening CFR", RowStyle::line,
            [](const CapitalYear& year, YearIndex) { return year.cfr_opening; });
    b.money("cfr_borrowing", "Add: borrowing", RowStyle::line,
            [](const CapitalYear& year, YearIndex) { return year.borrowing; });
    b.money("mrp", "Less: minimum revenue provision", RowStyle::line,
            [](const CapitalYear& year, YearIndex) { return year.mrp; });
    b.money("cfr_closing", "Closing CFR", RowStyle::subtotal,
            [](const CapitalYear& year, YearIndex) { return year.cfr_closing; });
    state_formula(table, "cfr_borrowing", {plus("borrowing")});
    state_formula(table, "cfr_closing", {plus("cfr_opening"), plus("cfr_borrowing"), minus("mrp")});
    state_formula(table, "cfr_opening", {plus("cfr_closing", ColumnRef::previous)}, 1);

    table.rows.push_back(heading("heading:revenue", "Revenue consequences"));
    b.rate("borrowing_rate", "Borrowing rate",
           [&scenario](YearIndex y) { return std::optional<Rate>(scenario.capital->borrowing_rate[y]); });
    b.money(
        "interest", "Interest on the opening CFR", RowStyle::line,
        [](const CapitalYear& year, YearIndex) { return year.interest; }, 1);
    b.money(
        "financing_costs", "Financing costs (MRP + interest)", RowStyle::subtotal,
        [](const CapitalYear& year, YearIndex) { return year.mrp + year.interest; }, 1);
    b.money(
        "revenue_contributions", "Revenue contributions", RowStyle::line,
        [](const CapitalYear& year, YearIndex) {
            return year.funding[static_cast<std::size_t>(CapitalFunding::revenue)];
        },
        1);
    b.money(
        "revenue_consequences",
        "Revenue consequences (to " + scenario.lines[scenario.capital->financing_line].name + ")",
        RowStyle::total, [](const CapitalYear& year, YearIndex) { return year.revenue_consequences; }, 1);
    state_formula(table, "financing_costs", {plus("interest"), plus("mrp")}, 1);
    state_formula(table, "revenue_contributions", {plus("revenue")}, 1);
    state_formula(table, "revenue_consequences", {plus("financing_costs"), plus("revenue_contributions")}, 1);

    table.rows.push_back(heading("heading:indicator", "Prudential indicator"));
    b.money(
        "net_revenue_expenditure", "Net revenue expenditure", RowStyle::line,
        [&plan](const CapitalYear&, YearIndex y) { return plan.years[y].net_revenue_expenditure; }, 1);
    state_formula(table, "net_revenue_expenditure", {plus_in("summary", "net_revenue_expenditure")}, 1);
    b.rate("financing_cost_ratio", "Financing costs / net revenue expenditure",
           [&plan](YearIndex y) { return plan.capital->years[y].financing_cost_ratio; });
    if (const std::optional<Rate>& limit = scenario.capital->financing_cost_limit)
        b.rate("financing_cost_limit", "Limit", [&limit](YearIndex) { return limit; });
}

}  // namespace

Table build_capital_table(const Scenario& scenario, const Plan& plan) {
    Table table = table_of("capital", "Capital programme and its revenue consequences", TableLayout::paths,
                           year_columns(scenario, true));
    CapitalBuilder builder(scenario, *plan.capital, table);
    spend_and_funding(scenario, *plan.capital, builder, table);
    financing(scenario, plan, builder, table);
    table.notes.push_back(
        "MRP: each year's borrowing repaid in equal instalments over the scheme's life from "
        "the year after; interest on the opening CFR.");
    return table;
}

}  // namespace mtfp::report

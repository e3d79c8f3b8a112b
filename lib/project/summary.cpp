#include "project/stages.hpp"
#include "project/sum.hpp"

namespace mtfp::stages {

namespace {

// The rows below the lines for one year: the same in all three base-year columns.
struct BelowTheLines {
    Money specific_grant_cash;
    Money transfer_from_reserves;
    Money transfer_to_reserves;
    Money general_grant_cash;
};

void fill_spending(const std::vector<Section>& sections, std::vector<Money> line_budget,
                   const BelowTheLines& below, SummaryColumn& column) {
    column = SummaryColumn{};
    for (std::size_t l = 0; l < sections.size(); ++l) {
        const Money amount = line_budget[l];
        switch (sections[l]) {
            case Section::business_group:
                column.total_business_groups += amount;
                break;
            case Section::corporate:
                column.total_corporate += amount;
                break;
            case Section::authority:
                column.total_authority += amount;
                break;
            case Section::financing:
                column.total_financing += amount;
                break;
        }
    }
    column.line_budget = std::move(line_budget);
    column.total_mps = column.total_business_groups + column.total_corporate;
    column.net_service_expenditure = column.total_mps + column.total_authority;
    column.net_expenditure = column.net_service_expenditure + column.total_financing;
    column.specific_grants = -below.specific_grant_cash;
    column.net_revenue_expenditure = column.net_expenditure + column.specific_grants;
    column.transfer_from_reserves = below.transfer_from_reserves;
    column.transfer_to_reserves = below.transfer_to_reserves;
    column.budget_requirement =
        column.net_revenue_expenditure + column.transfer_from_reserves + column.transfer_to_reserves;
    column.general_grant = -below.general_grant_cash;
}

void fill_funding(Money precept_cash, Money collection_fund, SummaryColumn& column) {
    column.precept = -precept_cash;
    column.collection_fund = -collection_fund;
    column.total_funding = column.general_grant + column.precept + column.collection_fund;
    column.budget_gap = column.budget_requirement + column.total_funding;
}

std::vector<Money> line_totals(const Plan& plan, YearIndex year) {
    std::vector<Money> totals;
    totals.reserve(plan.lines.size());
    for (std::size_t l = 0; l < plan.lines.size(); ++l) totals.push_back(plan.lines.total(l, year));
    return totals;
}

}  // namespace

void summarise_spending(const Scenario& scenario, Plan& plan) {
    const std::size_t years = scenario.year_count();
    std::vector<BelowTheLines> below(years);
    for (YearIndex y = 0; y < years; ++y) {
        for (const auto& grant : plan.specific_grants) below[y].specific_grant_cash += grant[y];
        below[y].general_grant_cash = plan.general_grant[y];
    }
    // Item by item, not each reserve's net movement (docs/model.md, "Summary columns").
    for (const ReserveTransfer& transfer : scenario.transfers) {
        if (transfer.amount < Money{}) {
            below[transfer.year].transfer_from_reserves += transfer.amount;
        } else {
            below[transfer.year].transfer_to_reserves += transfer.amount;
        }
    }

    plan.years.resize(years);
    for (YearIndex y = 0; y < years; ++y)
        fill_spending(plan.lines.section, line_totals(plan, y), below[y], plan.years[y]);

    std::vector<Money> outturn;
    outturn.reserve(scenario.lines.size());
    for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
        const BudgetLine& line = scenario.lines[l];
        outturn.push_back(line.outturn ? *line.outturn : plan.years[0].line_budget[l]);
    }
    fill_spending(plan.lines.section, plan.lines.budget_book, below[0], plan.budget_book);
    plan.revised = plan.years[0];
    fill_spending(plan.lines.section, std::move(outturn), below[0], plan.outturn);
}

void summarise_funding(Plan& plan) {
    const std::vector<Money>& fund = plan.council_tax.collection_fund;
    for (YearIndex y = 0; y < plan.years.size(); ++y) fill_funding(plan.precept[y], fund[y], plan.years[y]);
    fill_funding(plan.precept[0], fund[0], plan.budget_book);
    fill_funding(plan.precept[0], fund[0], plan.revised);
    fill_funding(plan.precept[0], fund[0], plan.outturn);
}

}  // namespace mtfp::stages

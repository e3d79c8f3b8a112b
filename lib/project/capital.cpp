// The capital programme's revenue consequences. Per scheme and year, borrowing is spend
// less its funding; each year's borrowing is repaid by straight-line MRP from the year
// after, over the scheme's life, the last instalment taking the rounding remainder. The
// capital financing requirement rolls forward from the base year's opening balance;
// interest is on each plan year's opening CFR. The consequences (MRP + interest +
// revenue contributions) go to the financing line's first subjective in each plan
// year's draft, outside its recurring budget, so they are neither inflated nor carried
// forward: each year's figure replaces the last.
#include "money/rounding.hpp"
#include "project/stages.hpp"

namespace mtfp {

std::vector<Money> mrp_instalments(Money borrowed, int life) {
    const Money each = Money::pounds(
        static_cast<std::int64_t>(round_half_away(borrowed.in_pounds(), static_cast<wide_int>(life))));
    std::vector<Money> instalments(static_cast<std::size_t>(life), each);
    instalments.back() = borrowed - Money::pounds(each.in_pounds() * (life - 1));
    return instalments;
}

namespace stages {

namespace {

void schemes(const Scenario& scenario, CapitalPlan& capital) {
    const CapitalProgramme& programme = *scenario.capital;
    const std::size_t years = scenario.year_count();
    for (const CapitalScheme& scheme : programme.schemes) {
        std::vector<Money> borrowing(years), mrp(years);
        for (YearIndex y = 0; y < years; ++y) {
            CapitalYear& year = capital.years[y];
            Money funded;
            for (std::size_t f = 0; f < capital_funding_count; ++f) {
                year.funding[f] += scheme.funding[f][y];
                funded += scheme.funding[f][y];
            }
            year.spend += scheme.spend[y];
            borrowing[y] = scheme.spend[y] - funded;
            if (borrowing[y].is_zero()) continue;
            const std::vector<Money> instalments = mrp_instalments(borrowing[y], scheme.life);
            for (std::size_t i = 0; i < instalments.size() && y + 1 + i < years; ++i)
                mrp[y + 1 + i] += instalments[i];
        }
        for (YearIndex y = 0; y < years; ++y) {
            capital.years[y].borrowing += borrowing[y];
            capital.years[y].mrp += mrp[y];
        }
        capital.scheme_borrowing.push_back(std::move(borrowing));
        capital.scheme_mrp.push_back(std::move(mrp));
    }
}

}  // namespace

void project_capital(const Scenario& scenario, Plan& plan) {
    if (!scenario.capital) return;
    const CapitalProgramme& programme = *scenario.capital;
    CapitalPlan capital;
    capital.years.assign(scenario.year_count(), CapitalYear{});
    schemes(scenario, capital);
    Money opening = programme.opening_cfr;
    for (YearIndex y = 0; y < scenario.year_count(); ++y) {
        CapitalYear& year = capital.years[y];
        year.cfr_opening = opening;
        year.cfr_closing = opening + year.borrowing - year.mrp;
        opening = year.cfr_closing;
        if (y == 0) continue;
        year.interest = apply_rate(year.cfr_opening, programme.borrowing_rate[y]);
        year.revenue_consequences =
            year.mrp + year.interest + year.funding[static_cast<std::size_t>(CapitalFunding::revenue)];
        plan.lines.draft_at(plan.lines.cell_of(programme.financing_line, programme.financing_subjective),
                            y) += year.revenue_consequences;
    }
    plan.capital = std::move(capital);
}

// (MRP + interest) / NRE, rounded once to a Rate's resolution; needs the summary.
void capital_ratios(Plan& plan) {
    if (!plan.capital) return;
    for (YearIndex y = 1; y < plan.capital->years.size(); ++y) {  // the base year has no costs
        CapitalYear& year = plan.capital->years[y];
        const Money nre = plan.years[y].net_revenue_expenditure;
        if (nre <= Money{}) continue;
        const wide_int costs = (year.mrp + year.interest).in_pounds();
        year.financing_cost_ratio = Rate::from_units(
            static_cast<std::int64_t>(round_half_away(costs * Rate::scale, nre.in_pounds())));
    }
}

}  // namespace stages

}  // namespace mtfp

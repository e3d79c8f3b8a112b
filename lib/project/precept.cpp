#include "money/rounding.hpp"
#include "project/band_d.hpp"
#include "project/stages.hpp"

namespace mtfp::stages {

// band_d_increase mode: precept(Y) = round(precept(Y-1) x (1 + increase) x (1 + growth)),
// rounded once; the gap is what is left. balance mode: the precept is whatever makes
// the budget requirement equal total funding, and the Band D increase is what that implies.
void project_precept(const Scenario& scenario, Plan& plan) {
    const Precept& input = scenario.precept;
    const std::size_t years = scenario.year_count();
    plan.precept.assign(years, Money{});
    plan.band_d_increase.assign(years, Rate{});
    plan.band_d_increase_has_no_rate.assign(years, false);
    plan.council_tax.collection_fund = input.council_tax.has_collection_fund()
                                           ? input.council_tax.collection_fund
                                           : std::vector<Money>(years, Money{});
    if (input.council_tax.in_pounds()) {
        project_council_tax(scenario, plan);
        return;
    }
    plan.precept[0] = input.base;
    for (YearIndex y = 1; y < years; ++y) {
        const Rate growth = input.tax_base_growth_by_year[y];
        if (input.mode == PreceptMode::band_d_increase) {
            plan.band_d_increase[y] = input.band_d_increase_by_year[y];
            plan.precept[y] = grow(plan.precept[y - 1], plan.band_d_increase[y], growth);
        } else {
            plan.precept[y] = plan.years[y].budget_requirement - plan.general_grant[y] -
                              plan.council_tax.collection_fund[y];
            plan.band_d_increase[y] = implied_band_d_increase(plan.precept[y], plan.precept[y - 1], growth);
            plan.band_d_increase_has_no_rate[y] =
                plan.precept[y - 1].is_zero() || growth == Rate::from_units(-Rate::scale);
        }
    }
}

}  // namespace mtfp::stages

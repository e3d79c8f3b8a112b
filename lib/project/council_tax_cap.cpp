#include "project/checks.hpp"
#include "project/council_tax.hpp"

namespace mtfp {

void council_tax_cap_in_pounds(const Scenario& scenario, const Plan& plan, std::vector<RuleResult>& out) {
    const Precept& precept = scenario.precept;
    const CouncilTax& tax = precept.council_tax;
    if (!precept.cap && !tax.cap_pence) return;
    const CouncilTaxPlan& figures = plan.council_tax;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) {
        RuleResult result;
        result.rule = Rule::council_tax_cap;
        result.year = y;
        if (tax.cap_pence) {
            result.value.pence = figures.band_d_increase_pence[y];
            result.limit.pence = *tax.cap_pence;
            result.passed = figures.band_d_increase_pence[y] <= *tax.cap_pence;
        } else {
            const bool entered_rate =
                precept.mode == PreceptMode::band_d_increase && !tax.cash_increase_pence[y];
            result.value.rate = plan.band_d_increase[y];
            result.limit.rate = *precept.cap;
            result.passed = entered_rate
                                ? plan.band_d_increase[y] <= *precept.cap
                                : council_tax::within_rate_cap(figures.band_d_pence[y],
                                                               figures.band_d_pence[y - 1], *precept.cap);
        }
        out.push_back(std::move(result));
    }
}

}  // namespace mtfp

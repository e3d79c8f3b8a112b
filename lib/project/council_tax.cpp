#include "project/council_tax.hpp"

#include <limits>

#include "money/rounding.hpp"
#include "project/stages.hpp"

namespace mtfp::council_tax {

namespace {

std::int64_t narrow(wide_int value) {
    if (value > std::numeric_limits<std::int64_t>::max() || value < std::numeric_limits<std::int64_t>::min())
        throw AmountOutOfRange();
    return static_cast<std::int64_t>(value);
}

constexpr wide_int pence_times_hundredths_per_pound = 100 * 100;

}  // namespace

std::int64_t band_d_after(std::int64_t previous_pence, Rate increase) {
    return narrow(round_half_away(wide_int{previous_pence} * (Rate::scale + increase.units()), Rate::scale));
}

std::int64_t tax_base_after(std::int64_t previous_hundredths, Rate growth) {
    return narrow(
        round_half_away(wide_int{previous_hundredths} * (Rate::scale + growth.units()), Rate::scale));
}

Money precept_of(std::int64_t band_d_pence, std::int64_t tax_base_hundredths) {
    return Money::pounds(narrow(
        round_half_away(wide_int{band_d_pence} * tax_base_hundredths, pence_times_hundredths_per_pound)));
}

std::int64_t band_d_to_raise(Money needed, std::int64_t tax_base_hundredths) {
    const wide_int numerator = wide_int{needed.in_pounds()} * pence_times_hundredths_per_pound;
    const wide_int denominator = tax_base_hundredths;
    // Integer division truncates towards zero, which is already up for a negative need.
    const wide_int quotient = numerator / denominator;
    return narrow(numerator % denominator > 0 ? quotient + 1 : quotient);
}

Rate increase_rate(std::int64_t band_d_pence, std::int64_t previous_pence) {
    if (previous_pence == 0) return Rate{};
    return implied_increase(Money::pounds(band_d_pence), Money::pounds(previous_pence));
}

bool within_rate_cap(std::int64_t band_d_pence, std::int64_t previous_pence, Rate cap) {
    if (previous_pence == 0) return band_d_pence == 0;
    const wide_int left = wide_int{band_d_pence} * Rate::scale;
    const wide_int right = wide_int{previous_pence} * (Rate::scale + cap.units());
    return previous_pence > 0 ? left <= right : left >= right;
}

}  // namespace mtfp::council_tax

namespace mtfp::stages {

// Council tax in pounds: the tax base and Band D year by year, the precept their
// product. In balance mode Band D is what raises the precept needed, rounded up to the
// penny, so the gap left is zero or a surplus under a penny per Band D property.
void project_council_tax(const Scenario& scenario, Plan& plan) {
    using namespace council_tax;
    const Precept& input = scenario.precept;
    const CouncilTax& tax = input.council_tax;
    const std::size_t years = scenario.year_count();
    CouncilTaxPlan& out = plan.council_tax;
    out.band_d_pence.assign(years, 0);
    out.tax_base_hundredths.assign(years, 0);
    out.band_d_increase_pence.assign(years, 0);
    out.band_d_pence[0] = *tax.band_d_pence;
    out.tax_base_hundredths[0] = tax.tax_base_hundredths;
    plan.precept[0] = precept_of(out.band_d_pence[0], out.tax_base_hundredths[0]);
    for (YearIndex y = 1; y < years; ++y) {
        const std::int64_t previous = out.band_d_pence[y - 1];
        const std::optional<std::int64_t> published = tax.tax_base_by_year[y];
        const std::int64_t base =
            published ? *published
                      : tax_base_after(out.tax_base_hundredths[y - 1], input.tax_base_growth_by_year[y]);
        out.tax_base_hundredths[y] = base;
        std::int64_t band_d = previous;
        if (input.mode == PreceptMode::balance) {
            const Money needed =
                plan.years[y].budget_requirement - plan.general_grant[y] - out.collection_fund[y];
            band_d = base > 0 ? band_d_to_raise(needed, base) : previous;
        } else if (const std::optional<std::int64_t> cash = tax.cash_increase_pence[y]) {
            band_d = previous + *cash;
        } else {
            band_d = band_d_after(previous, input.band_d_increase_by_year[y]);
        }
        out.band_d_pence[y] = band_d;
        out.band_d_increase_pence[y] = band_d - previous;
        plan.precept[y] = precept_of(band_d, base);
        const bool entered_rate = input.mode == PreceptMode::band_d_increase && !tax.cash_increase_pence[y];
        plan.band_d_increase[y] =
            entered_rate ? input.band_d_increase_by_year[y] : increase_rate(band_d, previous);
    }
}

}  // namespace mtfp::stages

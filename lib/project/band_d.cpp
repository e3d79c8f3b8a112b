#include "project/band_d.hpp"

#include <cstdint>
#include <limits>

#include "money/rounding.hpp"

namespace mtfp {

namespace {

// previous x (1 + growth), in Rate units: the precept had Band D not moved.
wide_int unchanged_band_d(Money previous, Rate tax_base_growth) {
    return wide_int{previous.in_pounds()} * (Rate::scale + tax_base_growth.units());
}

}  // namespace

// In Rate units: (precept x scale x scale - unchanged x scale) / unchanged.
Rate implied_band_d_increase(Money precept, Money previous, Rate tax_base_growth) {
    wide_int denominator = unchanged_band_d(previous, tax_base_growth);
    if (denominator == 0) return Rate{};
    wide_int numerator = (wide_int{precept.in_pounds()} * Rate::scale - denominator) * Rate::scale;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const wide_int units = round_half_away(numerator, denominator);
    constexpr wide_int highest = std::numeric_limits<std::int64_t>::max();
    constexpr wide_int lowest = std::numeric_limits<std::int64_t>::min();
    if (units > highest) return Rate::from_units(std::numeric_limits<std::int64_t>::max());
    if (units < lowest) return Rate::from_units(std::numeric_limits<std::int64_t>::min());
    return Rate::from_units(static_cast<std::int64_t>(units));
}

// precept / unchanged <= 1 + cap  <=>  precept x scale x scale <= unchanged x (scale + cap)
// when unchanged > 0 (the inequality turns round when it is negative).
bool band_d_increase_within(Money precept, Money previous, Rate tax_base_growth, Rate cap) {
    const wide_int unchanged = unchanged_band_d(previous, tax_base_growth);
    if (unchanged == 0) return precept <= Money{};
    const wide_int left = wide_int{precept.in_pounds()} * Rate::scale * Rate::scale;
    const wide_int right = unchanged * (Rate::scale + cap.units());
    return unchanged > 0 ? left <= right : left >= right;
}

}  // namespace mtfp

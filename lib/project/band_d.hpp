#pragma once
// The Band D increase behind a precept. A precept moves with the Band D charge and
// the tax base: precept(Y) = precept(Y-1) x (1 + increase) x (1 + tax-base growth).
#include "money/money.hpp"
#include "money/rate.hpp"

namespace mtfp {

// precept / (previous x (1 + tax_base_growth)) - 1, rounded half away from zero to
// Rate's resolution (once). Zero when previous x (1 + growth) is zero (no increase can
// be stated); saturates at the ends of Rate's range rather than overflow.
Rate implied_band_d_increase(Money precept, Money previous, Rate tax_base_growth);

// Whether the exact (unrounded) implied increase is at most cap: cross-multiplied in
// integers, so a rounded implied rate can never pass or fail a cap wrongly. When
// previous x (1 + growth) is zero, any positive precept is an unbounded increase.
bool band_d_increase_within(Money precept, Money previous, Rate tax_base_growth, Rate cap);

}  // namespace mtfp

#pragma once
// The arithmetic of council tax in pounds (docs/levers.md, "Council tax in pounds").
// Band D is held in whole pence and the tax base
// in hundredths, both int64; each product is exact in 128 bits and rounded once, half
// away from zero, except balance mode's Band D, which is rounded up to the penny.
#include <cstdint>

#include "money/money.hpp"
#include "money/rate.hpp"

namespace mtfp::council_tax {

// B(Y-1) x (1 + increase), to the penny.
std::int64_t band_d_after(std::int64_t previous_pence, Rate increase);
// T(Y-1) x (1 + growth), to the hundredth.
std::int64_t tax_base_after(std::int64_t previous_hundredths, Rate growth);
// round(B x T) to the pound.
Money precept_of(std::int64_t band_d_pence, std::int64_t tax_base_hundredths);
// The least Band D, in pence, whose precept on this tax base meets `needed`: needed / T
// rounded up to the penny, also for a negative need; tax base must be positive.
std::int64_t band_d_to_raise(Money needed, std::int64_t tax_base_hundredths);
// B(Y) / B(Y-1) - 1 to Rate's resolution; 0% when B(Y-1) is zero.
Rate increase_rate(std::int64_t band_d_pence, std::int64_t previous_pence);
// Whether B(Y) / B(Y-1) - 1 <= cap, exactly (cross-multiplied); with B(Y-1) zero, only
// a Band D of zero is within.
bool within_rate_cap(std::int64_t band_d_pence, std::int64_t previous_pence, Rate cap);

}  // namespace mtfp::council_tax

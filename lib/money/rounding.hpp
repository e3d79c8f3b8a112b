#pragma once
// The one place where an exact quotient becomes whole pounds: half away from zero,
// as docs/model.md requires. Every rate applied to money goes through here exactly once.
#include <cstdint>
#include <optional>
#include <vector>

#include "money/money.hpp"
#include "money/rate.hpp"

namespace mtfp {

__extension__ typedef __int128 wide_int;  // products of a bounded amount and up to two rates fit in 128 bits

// round(numerator / denominator), half away from zero; denominator must be positive.
wide_int round_half_away(wide_int numerator, wide_int denominator);

// round(amount x rate)
Money apply_rate(Money amount, Rate rate);
// round(amount x (1 + rate))
Money grow(Money amount, Rate rate);
// round(amount x (1 + first) x (1 + second)), rounded once
Money grow(Money amount, Rate first, Rate second);
// round(amount x (1 + rate)^years), rounded once; exact for any number of years
Money compound(Money amount, Rate rate, int years);

// amount / base - 1 as a Rate rounded once, half away from zero, to `percent_decimals`
// decimals of a percent (a comparison's percentage change); nothing when base is zero
// or the change is beyond a Rate's range.
std::optional<Rate> percent_change(Money amount, Money base, int percent_decimals);

// amount / base - 1 as a Rate, rounded half away from zero to Rate's resolution;
// base must be non-zero.
Rate implied_increase(Money amount, Money base);

}  // namespace mtfp

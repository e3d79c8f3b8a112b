#include "money/rounding.hpp"

#include <gmpxx.h>

namespace mtfp {

wide_int round_half_away(wide_int numerator, wide_int denominator) {
    bool negative = numerator < 0;
    wide_int magnitude = negative ? -numerator : numerator;
    wide_int quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator) ++quotient;
    return negative ? -quotient : quotient;
}

Money apply_rate(Money amount, Rate rate) {
    return Money::pounds(static_cast<std::int64_t>(
        round_half_away(wide_int{amount.in_pounds()} * rate.units(), Rate::scale)));
}

Money grow(Money amount, Rate rate) {
    return Money::pounds(static_cast<std::int64_t>(
        round_half_away(wide_int{amount.in_pounds()} * (Rate::scale + rate.units()), Rate::scale)));
}

Money grow(Money amount, Rate first, Rate second) {
    wide_int numerator = wide_int{amount.in_pounds()} * (Rate::scale + first.units()) *
                         (Rate::scale + second.units());
    return Money::pounds(static_cast<std::int64_t>(
        round_half_away(numerator, wide_int{Rate::scale} * Rate::scale)));
}

// (1 + rate)^years outgrows 128 bits after three years, so the compound factor is
// computed with GMP's exact integers rather than by hand.
Money compound(Money amount, Rate rate, int years) {
    mpz_class numerator = amount.in_pounds();
    mpz_class denominator = 1;
    mpz_class factor = Rate::scale + rate.units();
    for (int i = 0; i < years; ++i) {
        numerator *= factor;
        denominator *= Rate::scale;
    }
    bool negative = numerator < 0;
    mpz_class magnitude = abs(numerator);
    mpz_class quotient = magnitude / denominator;
    mpz_class remainder = magnitude % denominator;
    if (remainder * 2 >= denominator) ++quotient;
    if (negative) quotient = -quotient;
    return Money::pounds(quotient.get_si());
}

Rate implied_increase(Money amount, Money base) {
    wide_int numerator = wide_int{amount.in_pounds() - base.in_pounds()} * Rate::scale;
    wide_int denominator = base.in_pounds();
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    return Rate::from_units(static_cast<std::int64_t>(round_half_away(numerator, denominator)));
}

}  // namespace mtfp

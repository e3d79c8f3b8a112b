#include "money/rounding.hpp"

#include <gmpxx.h>

namespace mtfp {

namespace {

// The one narrowing from an exact quotient to whole pounds: checked, never wrapped.
Money to_money(wide_int pounds) {
    if (pounds > INT64_MAX || pounds < INT64_MIN) throw AmountOutOfRange();
    return Money::pounds(static_cast<std::int64_t>(pounds));
}

// round(amount x units / Rate::scale). The projection applies a rate to every cell of
// every year, so the common case, a product inside 64 bits, divides by the constant
// scale in 64 bits (the compiler turns that into a multiplication; a 128-bit division
// is a library call and was a quarter of a projection's time). Both paths round the
// same exact quotient the same way, so the result never depends on the path.
Money scale_down(std::int64_t pounds, std::int64_t units) {
    std::int64_t product = 0;
    if (!__builtin_mul_overflow(pounds, units, &product) && product != INT64_MIN) {
        const std::int64_t magnitude = product < 0 ? -product : product;
        std::int64_t quotient = magnitude / Rate::scale;
        if ((magnitude % Rate::scale) * 2 >= Rate::scale) ++quotient;
        return Money::pounds(product < 0 ? -quotient : quotient);
    }
    return to_money(round_half_away(wide_int{pounds} * units, Rate::scale));
}

}  // namespace

wide_int round_half_away(wide_int numerator, wide_int denominator) {
    bool negative = numerator < 0;
    wide_int magnitude = negative ? -numerator : numerator;
    wide_int quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator) ++quotient;
    return negative ? -quotient : quotient;
}

Money apply_rate(Money amount, Rate rate) {
    return scale_down(amount.in_pounds(), rate.units());
}

Money grow(Money amount, Rate rate) {
    if (rate.units() > INT64_MAX - Rate::scale)
        return to_money(round_half_away(wide_int{amount.in_pounds()} * (wide_int{Rate::scale} + rate.units()),
                                        Rate::scale));
    return scale_down(amount.in_pounds(), Rate::scale + rate.units());
}

Money grow(Money amount, Rate first, Rate second) {
    // amount x two factors of up to 11 x 1e10 units each must stay inside 128 bits
    constexpr std::int64_t largest_amount = 1'000'000'000'000'000;
    if (amount.in_pounds() > largest_amount || amount.in_pounds() < -largest_amount) throw AmountOutOfRange();
    wide_int numerator =
        wide_int{amount.in_pounds()} * (Rate::scale + first.units()) * (Rate::scale + second.units());
    return to_money(round_half_away(numerator, wide_int{Rate::scale} * Rate::scale));
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
    if (!quotient.fits_slong_p()) throw AmountOutOfRange();
    return Money::pounds(quotient.get_si());
}

std::optional<Rate> percent_change(Money amount, Money base, int percent_decimals) {
    if (base.is_zero() || percent_decimals < 0 || percent_decimals > Rate::percent_decimals)
        return std::nullopt;
    std::int64_t units_per_step = Rate::scale / 100;  // one percent
    for (int i = 0; i < percent_decimals; ++i) units_per_step /= 10;
    wide_int numerator = (wide_int{amount.in_pounds()} - base.in_pounds()) * (Rate::scale / units_per_step);
    wide_int denominator = base.in_pounds();
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const wide_int units = round_half_away(numerator, denominator) * units_per_step;
    if (units > INT64_MAX || units < INT64_MIN) return std::nullopt;
    return Rate::from_units(static_cast<std::int64_t>(units));
}

Rate implied_increase(Money amount, Money base) {
    wide_int numerator = wide_int{amount.in_pounds() - base.in_pounds()} * Rate::scale;
    wide_int denominator = base.in_pounds();
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    wide_int units = round_half_away(numerator, denominator);
    if (units > INT64_MAX || units < INT64_MIN) throw AmountOutOfRange();
    return Rate::from_units(static_cast<std::int64_t>(units));
}

}  // namespace mtfp

#pragma once
// Money is whole pounds in a signed 64-bit integer. The loader bounds every amount
// (limits.hpp), so a real plan is nowhere near the range; but a hostile scenario
// (huge amounts compounded at huge rates) could still leave it, and signed overflow
// would silently corrupt figures. So every operation is checked and throws
// AmountOutOfRange, which the commands report as invalid input.
#include <compare>
#include <cstdint>
#include <stdexcept>

namespace mtfp {

class AmountOutOfRange : public std::overflow_error {
public:
    AmountOutOfRange()
        : std::overflow_error("a figure of the plan is beyond the range of whole pounds mtfp holds exactly") {
    }
};

class Money {
public:
    constexpr Money() = default;
    constexpr static Money pounds(std::int64_t whole_pounds) { return Money(whole_pounds); }
    constexpr std::int64_t in_pounds() const { return pounds_; }

    constexpr Money operator-() const { return Money(0) - *this; }
    constexpr Money operator+(Money other) const {
        std::int64_t sum = 0;
        if (__builtin_add_overflow(pounds_, other.pounds_, &sum)) throw AmountOutOfRange();
        return Money(sum);
    }
    constexpr Money operator-(Money other) const {
        std::int64_t difference = 0;
        if (__builtin_sub_overflow(pounds_, other.pounds_, &difference)) throw AmountOutOfRange();
        return Money(difference);
    }
    constexpr Money& operator+=(Money other) { return *this = *this + other; }
    constexpr Money& operator-=(Money other) { return *this = *this - other; }
    constexpr auto operator<=>(const Money&) const = default;
    constexpr bool is_zero() const { return pounds_ == 0; }

private:
    constexpr explicit Money(std::int64_t whole_pounds) : pounds_(whole_pounds) {}
    std::int64_t pounds_ = 0;
};

}  // namespace mtfp

#pragma once
// Money is whole pounds in a signed 64-bit integer. Amounts enter only through the
// loader, which bounds each one (see limits.hpp), so sums over any realistic plan
// cannot overflow; arithmetic here is therefore plain integer arithmetic.
#include <compare>
#include <cstdint>

namespace mtfp {

class Money {
public:
    constexpr Money() = default;
    constexpr static Money pounds(std::int64_t whole_pounds) { return Money(whole_pounds); }
    constexpr std::int64_t in_pounds() const { return pounds_; }

    constexpr Money operator-() const { return Money(-pounds_); }
    constexpr Money operator+(Money other) const { return Money(pounds_ + other.pounds_); }
    constexpr Money operator-(Money other) const { return Money(pounds_ - other.pounds_); }
    constexpr Money& operator+=(Money other) {
        pounds_ += other.pounds_;
        return *this;
    }
    constexpr Money& operator-=(Money other) {
        pounds_ -= other.pounds_;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;
    constexpr bool is_zero() const { return pounds_ == 0; }

private:
    constexpr explicit Money(std::int64_t whole_pounds) : pounds_(whole_pounds) {}
    std::int64_t pounds_ = 0;
};

}  // namespace mtfp

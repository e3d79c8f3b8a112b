#pragma once
// A Rate is an exact decimal fraction (2.5% is 0.025), held as an integer count of
// 1e-10ths so that every rate a user can write with up to eight decimals in its
// percentage is represented exactly. No binary floating point touches a rate.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mtfp {

class Rate {
public:
    static constexpr std::int64_t scale = 10'000'000'000;  // units per 1.0 (100%)
    static constexpr int percent_decimals = 8;             // decimals allowed after "2.5" in "2.5%"

    constexpr Rate() = default;
    constexpr static Rate from_units(std::int64_t units) { return Rate(units); }
    constexpr std::int64_t units() const { return units_; }

    // Parses "2.5%", "-1%", "+0.125%"; the percent sign is required. Returns nothing
    // for any other text (the loader turns that into a located error).
    static std::optional<Rate> parse_percent(std::string_view text);
    // "2.5%": shortest exact form, never rounded.
    std::string to_percent_string() const;
    // "2.50%": rounded half away from zero to the given decimals of a percent, for display.
    std::string to_percent_string(int decimals) const;

    constexpr Rate operator+(Rate other) const { return Rate(units_ + other.units_); }
    constexpr Rate operator-(Rate other) const { return Rate(units_ - other.units_); }
    constexpr Rate operator-() const { return Rate(-units_); }
    constexpr auto operator<=>(const Rate&) const = default;

private:
    constexpr explicit Rate(std::int64_t units) : units_(units) {}
    std::int64_t units_ = 0;
};

}  // namespace mtfp

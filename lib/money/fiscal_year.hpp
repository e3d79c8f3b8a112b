#pragma once
// A UK public-sector financial year, 1 April to 31 March, named by the calendar year
// it starts in and written "2006/07" (or "2006-07" on input).
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace mtfp {

class FiscalYear {
public:
    constexpr FiscalYear() = default;
    constexpr static FiscalYear starting_in(int calendar_year) { return FiscalYear(calendar_year); }
    constexpr int start_year() const { return start_; }

    // Accepts "2006/07" and "2006-07"; rejects "2007/09", "2006/7", "06/07".
    static std::optional<FiscalYear> parse(std::string_view text);
    std::string to_string() const;  // "2006/07"

    constexpr FiscalYear operator+(int years) const { return FiscalYear(start_ + years); }
    constexpr int operator-(FiscalYear other) const { return start_ - other.start_; }
    constexpr auto operator<=>(const FiscalYear&) const = default;

private:
    constexpr explicit FiscalYear(int calendar_year) : start_(calendar_year) {}
    int start_ = 0;
};

}  // namespace mtfp

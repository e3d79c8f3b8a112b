#include "money/rate.hpp"

#include <cstdlib>
#include <limits>

#include "money/rounding.hpp"

namespace mtfp {

std::optional<Rate> Rate::parse_percent(std::string_view text) {
    if (text.size() < 2 || text.back() != '%') return std::nullopt;
    text.remove_suffix(1);
    bool negative = false;
    if (text.front() == '+' || text.front() == '-') {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty()) return std::nullopt;
    // units = percent * scale / 100, i.e. the percent's digits scaled by 1e8
    constexpr std::int64_t per_percent = scale / 100;
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int fraction_digits = 0;
    bool seen_point = false;
    bool seen_digit = false;
    for (char c : text) {
        if (c == '.') {
            if (seen_point) return std::nullopt;
            seen_point = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        seen_digit = true;
        if (seen_point) {
            if (++fraction_digits > percent_decimals) return std::nullopt;
            fraction = fraction * 10 + (c - '0');
        } else {
            if (whole > 1'000'000) return std::nullopt;  // far beyond any bound; callers check limits
            whole = whole * 10 + (c - '0');
        }
    }
    if (!seen_digit) return std::nullopt;
    for (int i = fraction_digits; i < percent_decimals; ++i) fraction *= 10;
    std::int64_t units = whole * per_percent + fraction;
    return Rate(negative ? -units : units);
}

std::string Rate::to_percent_string() const {
    constexpr std::int64_t per_percent = scale / 100;
    std::int64_t magnitude = units_ < 0 ? -units_ : units_;
    std::string text = (units_ < 0 ? "-" : "") + std::to_string(magnitude / per_percent);
    std::int64_t fraction = magnitude % per_percent;
    if (fraction != 0) {
        std::string digits = std::to_string(fraction);
        digits.insert(0, static_cast<std::size_t>(percent_decimals) - digits.size(), '0');
        while (digits.back() == '0') digits.pop_back();
        text += "." + digits;
    }
    return text + "%";
}

std::string Rate::to_percent_string(int decimals) const {
    // Beyond percent_decimals the step would reach zero (a division by zero); a Rate
    // has no more digits to show, so the exact digits are padded instead.
    if (decimals > percent_decimals) {
        std::string text = to_percent_string(percent_decimals);
        return text.insert(text.size() - 1, static_cast<std::size_t>(decimals - percent_decimals), '0');
    }
    if (decimals < 0) decimals = 0;
    std::int64_t step = scale / 100;
    for (int i = 0; i < decimals; ++i) step /= 10;
    auto rounded = static_cast<std::int64_t>(round_half_away(units_, step));
    std::int64_t magnitude = rounded < 0 ? -rounded : rounded;
    std::int64_t divisor = 1;
    for (int i = 0; i < decimals; ++i) divisor *= 10;
    std::string text = (rounded < 0 ? "-" : "") + std::to_string(magnitude / divisor);
    if (decimals > 0) {
        std::string digits = std::to_string(magnitude % divisor);
        digits.insert(0, static_cast<std::size_t>(decimals) - digits.size(), '0');
        text += "." + digits;
    }
    return text + "%";
}

}  // namespace mtfp

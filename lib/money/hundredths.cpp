#include "money/hundredths.hpp"

#include <fmt/format.h>

namespace mtfp {

namespace {

constexpr std::string_view pound = "£";

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

bool has_pound_sign(std::string_view text) {
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
    return text.starts_with(pound);
}

std::variant<std::int64_t, AmountProblem> parse_hundredths(std::string_view text, std::string_view what,
                                                           bool pound_sign) {
    const auto expected = [&] {
        return AmountProblem{fmt::format("expected {} in pounds and pence such as {}, got '{}'", what,
                                         pound_sign ? "£14.50" : "287.85", text)};
    };
    std::string_view rest = text;
    bool negative = false;
    if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    if (pound_sign && rest.starts_with(pound)) rest.remove_prefix(pound.size());
    std::string whole;
    std::size_t i = 0;
    for (; i < rest.size() && rest[i] != '.'; ++i) {
        const char c = rest[i];
        if (is_digit(c)) {
            whole.push_back(c);
        } else if ((c == ',' || c == '_') && i > 0 && is_digit(rest[i - 1]) && i + 1 < rest.size() &&
                   is_digit(rest[i + 1])) {
            continue;
        } else {
            return expected();
        }
    }
    if (whole.empty()) return expected();
    std::string fraction;
    if (i < rest.size()) {
        for (++i; i < rest.size(); ++i) {
            if (!is_digit(rest[i])) return expected();
            fraction.push_back(rest[i]);
        }
        if (fraction.empty()) return expected();
    }
    if (fraction.size() > 2)
        return AmountProblem{fmt::format("{} has at most two decimals, got '{}'", what, text)};
    fraction.append(2 - fraction.size(), '0');
    const std::size_t significant = whole.find_first_not_of('0');
    whole = significant == std::string::npos ? "0" : whole.substr(significant);
    std::int64_t value = 0;
    bool too_big = whole.size() > 12;
    if (!too_big) {
        for (char c : whole + fraction) value = value * 10 + (c - '0');
        too_big = value > max_hundredths;
    }
    if (too_big) return AmountProblem{fmt::format("{} of '{}' is beyond what mtfp accepts", what, text)};
    return negative ? -value : value;
}

}  // namespace mtfp

#include "money/amount_text.hpp"

#include <fmt/format.h>

#include "money/limits.hpp"
#include "money/money_text.hpp"

namespace mtfp {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::string expected(std::string_view text) {
    return fmt::format("expected an amount (a whole number such as 249170 or -24,972), got '{}'", text);
}

}  // namespace

std::variant<Money, AmountProblem> parse_amount_text(std::string_view text, const Units& units) {
    std::string_view rest = text;
    bool negative = false;
    if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    // Whole part: digits, with ',' or '_' allowed only between two digits.
    std::string digits;
    std::size_t i = 0;
    for (; i < rest.size() && rest[i] != '.'; ++i) {
        char c = rest[i];
        if (is_digit(c)) {
            digits.push_back(c);
        } else if ((c == ',' || c == '_') && i > 0 && is_digit(rest[i - 1]) && i + 1 < rest.size() &&
                   is_digit(rest[i + 1])) {
            continue;
        } else {
            return AmountProblem{expected(text)};
        }
    }
    if (digits.empty()) return AmountProblem{expected(text)};
    std::size_t point = digits.size();
    if (i < rest.size()) {  // a '.' and at least one digit after it
        if (i + 1 == rest.size()) return AmountProblem{expected(text)};
        for (++i; i < rest.size(); ++i) {
            if (!is_digit(rest[i])) return AmountProblem{expected(text)};
            digits.push_back(rest[i]);
        }
    }
    point += static_cast<std::size_t>(units.decimal_shift);
    if (point < digits.size() && digits.find_first_not_of('0', point) != std::string::npos)
        return AmountProblem{fmt::format("{} {} is not a whole number of pounds", text, units.name)};
    std::string whole = digits.substr(0, std::min(point, digits.size()));
    if (point > digits.size()) whole.append(point - digits.size(), '0');
    std::size_t significant = whole.find_first_not_of('0');
    whole = significant == std::string::npos ? "0" : whole.substr(significant);
    // 13 digits already exceed the bound, so the value below never overflows.
    std::int64_t pounds = 0;
    bool too_big = whole.size() > 13;
    if (!too_big) {
        for (char c : whole) pounds = pounds * 10 + (c - '0');
        too_big = pounds > limits::max_amount_pounds;
    }
    if (too_big)
        return AmountProblem{fmt::format("{} {} is beyond the largest amount mtfp accepts ({})", text,
                                         units.name,
                                         pounds_phrase(Money::pounds(limits::max_amount_pounds)))};
    return Money::pounds(negative ? -pounds : pounds);
}

}  // namespace mtfp

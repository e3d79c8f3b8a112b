#include "load/ledger_amount.hpp"

#include <fmt/format.h>

#include <charconv>

#include "money/limits.hpp"
#include "money/rounding.hpp"

namespace mtfp::load {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

std::variant<std::int64_t, std::string> parse_pence(std::string_view text) {
    if (text.empty()) return std::string("is empty (an amount is required; write 0 for none)");
    bool negative = text.front() == '-';
    std::string_view rest = text;
    if (negative || text.front() == '+') rest.remove_prefix(1);
    std::size_t point = rest.find('.');
    std::string_view whole = rest.substr(0, point);
    std::string_view decimals = point == std::string_view::npos ? std::string_view() : rest.substr(point + 1);
    auto digits = [](std::string_view part) {
        for (char c : part)
            if (!is_digit(c)) return false;
        return true;
    };
    if (whole.empty() || !digits(whole) || !digits(decimals) ||
        (point != std::string_view::npos && decimals.empty()))
        return fmt::format(
            "'{}' is not an amount in pounds (digits, an optional '-' and at most two decimals)", text);
    if (decimals.size() > 2) return fmt::format("'{}' has more than two decimals (pounds and pence)", text);
    // Beyond £1 trillion (limits.hpp) would be beyond what a plan holds; 13 digits also
    // keeps the conversion below within 64 bits.
    std::string_view significant = whole.substr(std::min(whole.find_first_not_of('0'), whole.size()));
    std::int64_t pounds = 0;
    if (significant.size() > 13 ||
        std::from_chars(whole.data(), whole.data() + whole.size(), pounds).ec != std::errc())
        return fmt::format("'{}' is beyond the largest amount mtfp holds (£1,000,000,000,000)", text);
    std::int64_t pence = 0;
    if (!decimals.empty()) pence = (decimals[0] - '0') * 10 + (decimals.size() == 2 ? decimals[1] - '0' : 0);
    std::int64_t total = pounds * 100 + pence;
    if (total > limits::max_amount_pounds * 100)
        return fmt::format("'{}' is beyond the largest amount mtfp holds (£1,000,000,000,000)", text);
    return negative ? -total : total;
}

std::int64_t pence_to_pounds(std::int64_t pence) {
    return static_cast<std::int64_t>(round_half_away(wide_int{pence}, 100));
}

}  // namespace mtfp::load

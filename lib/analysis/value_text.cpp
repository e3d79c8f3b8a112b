#include "analysis/value_text.hpp"

#include <fmt/format.h>

#include <variant>

#include "analysis/command_line_error.hpp"
#include "model/diagnostic.hpp"
#include "money/amount_text.hpp"
#include "money/hundredths.hpp"
#include "money/money_text.hpp"

namespace mtfp::analysis {

std::int64_t parse_value(const std::string& text, ValueType type, const Units& units,
                         const std::string& what) {
    if (type == ValueType::rate) {
        std::optional<Rate> rate = Rate::parse_percent(text);
        if (!rate)
            refuse(fmt::format("{}: expected a rate with '%' (e.g. 3.5%, at most eight decimals), got '{}'",
                               what, text));
        return rate->units();
    }
    if (type == ValueType::pence) {
        auto pence = parse_hundredths(text, "a Band D increase", true);
        if (const auto* problem = std::get_if<AmountProblem>(&pence))
            refuse(
                fmt::format("{}: {} (the Band D increase of council tax in pounds is in pounds and pence, "
                            "e.g. £14 or 0.50; or a rate with '%')",
                            what, problem->message));
        return std::get<std::int64_t>(pence);
    }
    std::string digits = text;
    Units in = units;
    if (!digits.empty() && (digits.back() == 'm' || digits.back() == 'k')) {
        in = digits.back() == 'm' ? Units{"£m", 6} : Units{"£000", 3};
        digits.pop_back();
    }
    auto parsed = parse_amount_text(digits, in);
    if (const auto* problem = std::get_if<AmountProblem>(&parsed))
        refuse(
            fmt::format("{}: {} (amounts are in the scenario's units, {}, or end in m for £m or k for £000)",
                        what, problem->message, units.name));
    return std::get<Money>(parsed).in_pounds();
}

std::string format_value(std::int64_t value, ValueType type) {
    if (type == ValueType::rate) return Rate::from_units(value).to_percent_string();
    if (type == ValueType::pence) return pence_phrase(value);
    return pounds_phrase(Money::pounds(value));
}

}  // namespace mtfp::analysis

#pragma once
// A ledger amount is pounds with at most two decimals ("1234.5", "-87.25", "12"): read
// exactly as whole pence (never through a binary fraction), so that a million rows sum
// to the penny; rounded to the pound once per line and subjective, half away from zero.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace mtfp::load {

// Whole pence, or why the text is not an amount ("is not a number", ...).
std::variant<std::int64_t, std::string> parse_pence(std::string_view text);

// Whole pounds, half away from zero: 150 -> 2, 149 -> 1, -150 -> -2.
std::int64_t pence_to_pounds(std::int64_t pence);

}  // namespace mtfp::load

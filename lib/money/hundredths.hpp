#pragma once
// Figures held to two decimals as a whole count of hundredths: a Band D charge in pence
// (287.85 is 28785) and a tax base in hundredths of a Band D equivalent property
// (201500.37 is 20150037). Read from the digit string, so exact; never a double.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "money/amount_text.hpp"

namespace mtfp {

// The most a Band D charge or a tax base may be, in hundredths: £10 million, or 10 billion
// properties; far beyond any real figure, and small enough that a product of the two fits
// easily in 128 bits.
inline constexpr std::int64_t max_hundredths = 1'000'000'000'000;

// "287.85", "14", "-3.5", "201,500.37": at most two decimals; with `pound_sign`, a leading
// "£" (after any sign) is allowed too ("£14", "-£3.50"). `what` names the figure in
// messages ("a Band D charge").
std::variant<std::int64_t, AmountProblem> parse_hundredths(std::string_view text, std::string_view what,
                                                           bool pound_sign);

// Whether the text is written in pounds with a "£" (after any sign): "£14", "-£3".
bool has_pound_sign(std::string_view text);

}  // namespace mtfp

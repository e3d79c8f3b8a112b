#pragma once
// Amounts as written in a scenario: "249170", "-24,972", "72.98", "1_000_000", in the
// file's units. Scaling to pounds moves the decimal point in the digit string, so it is
// exact: 72.98 in £m is £72,980,000, and 0.5 in £ is refused, never rounded.
#include <string>
#include <string_view>
#include <variant>

#include "money/money.hpp"
#include "money/units.hpp"

namespace mtfp {

struct AmountProblem {
    std::string message;
};

std::variant<Money, AmountProblem> parse_amount_text(std::string_view text, const Units& units);

}  // namespace mtfp

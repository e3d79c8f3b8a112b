#pragma once
// Money and rates as text, the only place it happens: every room that shows a figure
// (messages of load, the reports' phrases, the renderers' cells) calls these. Display
// rounding: a Money in exact pounds shown in £m (one decimal), £000 (whole thousands) or
// £ (whole pounds), rounded half away from zero from the exact figure (so a total is
// rounded from the exact total, never summed from rounded parts).
#include <cstdint>
#include <string>
#include <vector>

#include "money/money.hpp"
#include "money/rate.hpp"
#include "money/units.hpp"

namespace mtfp {

enum class DisplayUnits { millions, thousands, pounds };  // --units m | 000 | 1

// The pounds in the smallest step an amount is shown to: 100,000 (a tenth of £m),
// 1,000 (£000) or 1 (£). An amount is shown rounded half away from zero to a whole
// number of these steps.
std::int64_t display_step(DisplayUnits units);

// "£m", "£000", "£": the unit as printed over a column.
std::string unit_label(DisplayUnits units);

// With thousands separators: "-1,818.3" (£m), "-1,818,300" (£000 or £). Never "-0.0".
std::string format_amount(Money amount, DisplayUnits units);
// The same without separators, for CSV: "-1818.3".
std::string plain_amount(Money amount, DisplayUnits units);

// For a sentence: "£2,520.1m" from £1m up, else whole pounds "£375,000".
std::string money_phrase(Money amount);
// Whole pounds for a sentence: "£2,425,700,000", "-£1".
std::string pounds_phrase(Money amount);
// The figures of one sentence in one unit, in order: all in £m when every figure but a
// zero is £1m or more ("£65.0m ... £85.9m by £20.9m"), else all in whole pounds ("£700,000
// ... £1,339,360 by £639,360"), never a mix of the two.
std::vector<std::string> money_phrases(const std::vector<Money>& amounts);

// Exact, as a scenario or --set takes it in `units`: -4321567 pounds in £000 is
// "-4321.567" (trailing zeros of the fraction dropped).
std::string amount_in_units(Money amount, const Units& units);

// A rate for display: exact where it has at most two decimals of a percent ("4.5%"),
// else rounded to two ("4.53%").
std::string format_rate(Rate rate);

// A figure held in hundredths (a Band D charge in pence, a tax base), exactly, with two
// decimals: "287.85", "201,500.37" (separators unless plain, for CSV), whatever the units.
std::string format_hundredths(std::int64_t hundredths, bool separators = true);
// Pence for a sentence: "£14.00", "-£3.50".
std::string pence_phrase(std::int64_t pence);

}  // namespace mtfp

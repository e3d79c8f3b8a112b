#include "money/money_text.hpp"

#include <algorithm>
#include <cstdint>

#include "money/rounding.hpp"

namespace mtfp {

namespace {

// The figure in display units as a count of the smallest step shown: tenths of £m,
// thousands of pounds or pounds, rounded half away from zero from the exact pounds.
struct Scaled {
    std::int64_t steps;  // signed
    int decimals;        // digits after the point
};

Scaled scale(Money amount, DisplayUnits units) {
    const int decimals = units == DisplayUnits::millions ? 1 : 0;
    return {static_cast<std::int64_t>(round_half_away(amount.in_pounds(), display_step(units))), decimals};
}

// Digits of a magnitude with a comma every three digits if asked.
std::string whole_digits(std::uint64_t magnitude, bool separators) {
    std::string digits = std::to_string(magnitude);
    if (!separators) return digits;
    std::string grouped;
    const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i >= lead && (i - lead) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

std::string render(Scaled scaled, bool separators) {
    const bool negative = scaled.steps < 0;
    // Through unsigned so that the most negative int64 has a magnitude too.
    std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(scaled.steps) : static_cast<std::uint64_t>(scaled.steps);
    std::uint64_t divisor = 1;
    for (int i = 0; i < scaled.decimals; ++i) divisor *= 10;
    std::string text = (negative ? "-" : "") + whole_digits(magnitude / divisor, separators);
    if (scaled.decimals > 0) {
        std::string fraction = std::to_string(magnitude % divisor);
        fraction.insert(0, static_cast<std::size_t>(scaled.decimals) - fraction.size(), '0');
        text += "." + fraction;
    }
    return text;
}

}  // namespace

std::int64_t display_step(DisplayUnits units) {
    switch (units) {
        case DisplayUnits::millions:
            return 100'000;
        case DisplayUnits::thousands:
            return 1'000;
        case DisplayUnits::pounds:
            break;
    }
    return 1;
}

std::string unit_label(DisplayUnits units) {
    switch (units) {
        case DisplayUnits::millions:
            return "£m";
        case DisplayUnits::thousands:
            return "£000";
        case DisplayUnits::pounds:
            break;
    }
    return "£";
}

std::string format_amount(Money amount, DisplayUnits units) {
    return render(scale(amount, units), true);
}

std::string plain_amount(Money amount, DisplayUnits units) {
    return render(scale(amount, units), false);
}

namespace {

std::string millions_phrase(Money amount) {
    const std::string text = format_amount(amount, DisplayUnits::millions);
    return text.front() == '-' ? "-£" + text.substr(1) + "m" : "£" + text + "m";
}

}  // namespace

std::string money_phrase(Money amount) {
    const std::int64_t pounds = amount.in_pounds();
    if (pounds > -1'000'000 && pounds < 1'000'000) return pounds_phrase(amount);
    return millions_phrase(amount);
}

std::string pounds_phrase(Money amount) {
    const std::string text = format_amount(amount, DisplayUnits::pounds);
    return text.front() == '-' ? "-£" + text.substr(1) : "£" + text;
}

std::vector<std::string> money_phrases(const std::vector<Money>& amounts) {
    const bool millions = std::all_of(amounts.begin(), amounts.end(), [](Money amount) {
        const std::int64_t pounds = amount.in_pounds();
        return pounds == 0 || pounds <= -1'000'000 || pounds >= 1'000'000;
    });
    std::vector<std::string> phrases;
    for (Money amount : amounts) {
        phrases.push_back(millions ? millions_phrase(amount) : pounds_phrase(amount));
    }
    return phrases;
}

std::string format_hundredths(std::int64_t hundredths, bool separators) {
    return render(Scaled{hundredths, 2}, separators);
}

std::string pence_phrase(std::int64_t pence) {
    const std::string text = format_hundredths(pence);
    return text.front() == '-' ? "-£" + text.substr(1) : "£" + text;
}

std::string format_rate(Rate rate) {
    // Two decimals of a percent are 1e-4 of the whole.
    constexpr std::int64_t step = Rate::scale / 10'000;
    return rate.units() % step == 0 ? rate.to_percent_string() : rate.to_percent_string(2);
}

std::string amount_in_units(Money amount, const Units& units) {
    std::string text = render(Scaled{amount.in_pounds(), units.decimal_shift}, false);
    if (units.decimal_shift > 0) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text;
}

}  // namespace mtfp

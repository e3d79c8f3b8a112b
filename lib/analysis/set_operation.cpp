#include "analysis/set_operation.hpp"

#include <fmt/format.h>

#include "analysis/command_line_error.hpp"
#include "analysis/parameter.hpp"
#include "analysis/value_text.hpp"
#include "model/diagnostic.hpp"
#include "money/rounding.hpp"
#include "project/plan.hpp"

namespace mtfp::analysis {

namespace {

// A plain decimal such as 0.98 or 1.5 (at most ten decimals, at most 10): as a Rate.
std::optional<Rate> decimal_factor(std::string_view text) {
    std::int64_t whole = 0, fraction = 0;
    int decimals = 0;
    bool point = false, digit = false;
    for (char c : text) {
        if (c == '.' && !point) {
            point = true;
        } else if (c >= '0' && c <= '9') {
            digit = true;
            if (point) {
                if (++decimals > 10) return std::nullopt;
                fraction = fraction * 10 + (c - '0');
            } else if ((whole = whole * 10 + (c - '0')) > 10) {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
    }
    if (!digit) return std::nullopt;
    for (; decimals < 10; ++decimals) fraction *= 10;
    return Rate::from_units(whole * Rate::scale + fraction);
}

// "98%" or "0.98": what to multiply an amount by.
Rate parse_factor(const std::string& text, const std::string& what) {
    std::optional<Rate> factor = Rate::parse_percent(text);
    if (!factor) factor = decimal_factor(text);
    if (!factor || factor->units() < 0)
        refuse(fmt::format("{}: expected a factor such as 98% or 0.98, got '{}'", what, text));
    return *factor;
}

}  // namespace

void apply_set_operation(Scenario& scenario, const std::string& path, SetOperator operation,
                         const std::string& value) {
    const std::string what = fmt::format("--set {}{}{}", path, operator_text(operation), value);
    const ParameterHandle handle = as_written(resolve_parameter(scenario, path), value);
    const ValueType type = handle.type();
    if (operation == SetOperator::scale && type == ValueType::rate)
        refuse(
            fmt::format("{}: *= scales amounts; {} is a rate: move it by points with += or -=", what, path));
    std::int64_t delta = 0;
    Rate factor;
    if (operation == SetOperator::scale) {
        factor = parse_factor(value, what);
    } else {
        delta = parse_value(value, type, scenario.units, what);
        if (operation == SetOperator::subtract) delta = -delta;
    }
    const std::vector<YearIndex> years = handle.by_year() ? handle.years : std::vector<YearIndex>{0};
    // One plan for every year's value before the change: a grant year given as growth
    // takes its amount from it (a Band D year given in the other form its increase), and
    // scaling year 1 must not compound into year 2 twice.
    Plan plan;
    if (handle.kind == ParameterKind::grant_amount || handle.kind == ParameterKind::band_d_cash ||
        handle.kind == ParameterKind::band_d_increase) {
        try {
            plan = project(scenario);
        } catch (const AmountOutOfRange& error) {
            refuse(fmt::format("{}: {}", what, error.what()));
        }
    }
    std::vector<std::int64_t> after;
    for (YearIndex y : years) {
        const std::int64_t before = value_in(scenario, plan, handle, y);
        const std::int64_t changed = operation == SetOperator::scale
                                         ? apply_rate(Money::pounds(before), factor).in_pounds()
                                         : before + delta;
        if (changed < handle.lowest || changed > handle.highest)
            refuse(fmt::format("{}: {}{} would be {}, outside what it may be ({} to {})", what, path,
                               handle.by_year() ? " in " + scenario.year(y).to_string() : "",
                               format_value(changed, type), format_value(handle.lowest, type),
                               format_value(handle.highest, type)));
        after.push_back(changed);
    }
    for (std::size_t i = 0; i < years.size(); ++i) set_value(scenario, handle, years[i], after[i]);
}

}  // namespace mtfp::analysis

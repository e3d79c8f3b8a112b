#include "commands/expectations.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "explain/explanation.hpp"
#include "model/diagnostic.hpp"
#include "money/money_text.hpp"

namespace mtfp {

namespace {

// The figure `explain ROW YEAR` derives: the same one `run` prints.
Money figure_of(const Scenario& scenario, const Plan& plan, const Expectation& expected) {
    Explanation explanation;
    try {
        explanation = explain(scenario, plan, expected.row, scenario.year(expected.year).to_string());
    } catch (const InputError& error) {
        std::vector<Diagnostic> located;
        for (const Diagnostic& found : error.diagnostics())
            located.push_back(Diagnostic{expected.where.file, expected.where.line, expected.where.column,
                                         "checks.expect: " + found.message});
        throw InputError(std::move(located));
    }
    return explanation.root.amount.value_or(Money{});
}

std::string verdict(Money figure, const Expectation& expected, bool& passed) {
    if (expected.equals) {
        passed = figure == *expected.equals;
        if (passed) return fmt::format("{} as expected", pounds_phrase(figure));
        return fmt::format("{}, not the expected {} (off by {})", pounds_phrase(figure),
                           pounds_phrase(*expected.equals), pounds_phrase(figure - *expected.equals));
    }
    if (expected.min && figure < *expected.min) {
        passed = false;
        return fmt::format("{} below the expected minimum {} by {}", pounds_phrase(figure),
                           pounds_phrase(*expected.min), pounds_phrase(*expected.min - figure));
    }
    if (expected.max && figure > *expected.max) {
        passed = false;
        return fmt::format("{} above the expected maximum {} by {}", pounds_phrase(figure),
                           pounds_phrase(*expected.max), pounds_phrase(figure - *expected.max));
    }
    passed = true;
    if (expected.min && expected.max)
        return fmt::format("{} within the expected {} to {}", pounds_phrase(figure),
                           pounds_phrase(*expected.min), pounds_phrase(*expected.max));
    if (expected.min)
        return fmt::format("{} at or above the expected minimum {}", pounds_phrase(figure),
                           pounds_phrase(*expected.min));
    return fmt::format("{} at or below the expected maximum {}", pounds_phrase(figure),
                       pounds_phrase(*expected.max));
}

}  // namespace

void add_expectations(CheckReport& report, const Scenario& scenario, const Plan& plan) {
    const bool warn = std::find(scenario.checks.warn_rules.begin(), scenario.checks.warn_rules.end(),
                                "expect") != scenario.checks.warn_rules.end();
    for (const Expectation& expected : scenario.checks.expectations) {
        const Money figure = figure_of(scenario, plan, expected);
        CheckLine line;
        line.rule = "expect";
        line.year = scenario.year(expected.year).to_string();
        line.subject = expected.row;
        line.value.money = figure;
        const std::optional<Money> limit = expected.equals ? expected.equals
                                           : expected.min  ? expected.min
                                                           : expected.max;
        line.limit.money = limit;
        line.message = line.year + ": " + expected.row + " " + verdict(figure, expected, line.passed);
        line.warn = warn;
        line.where = expected.where;
        report.lines.push_back(std::move(line));
    }
    report.settle();
}

}  // namespace mtfp

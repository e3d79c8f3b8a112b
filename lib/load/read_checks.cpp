#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "money/amount_text.hpp"

namespace mtfp::load {

namespace {

// severity: {RULE: warn | error}; error is the default.
void read_severities(Reader& reader, const Node& node, CheckParameters& checks) {
    if (!reader.expect_map(node, "severity", keys::check_rules)) return;
    for (const Entry& entry : node.entries) {
        std::optional<std::string> level = reader.text(entry.value, "a severity");
        if (!level) continue;
        if (*level != "warn" && *level != "error") {
            reader.report(entry.value.at, "a severity is warn or error, not '" + *level + "'" +
                                              reader.hint(*level, {"warn", "error"}));
            continue;
        }
        if (*level == "warn") checks.warn_rules.push_back(entry.key);
    }
}

// Whole pounds, whatever the file's units: an expectation is a figure as `run --units 1`
// prints it, copied from a known-good run.
std::optional<Money> pounds(Reader& reader, const Node& node) {
    if (!node.is_scalar()) {
        reader.report(node.at, "expected an amount in pounds");
        return std::nullopt;
    }
    auto parsed = parse_amount_text(node.text, Units{"£", 0});
    if (const auto* problem = std::get_if<AmountProblem>(&parsed)) {
        reader.report(node.at, problem->message + " (expectations are in pounds, whatever `units` says)");
        return std::nullopt;
    }
    return std::get<Money>(parsed);
}

// {row: ROW, year: YEAR, equals: AMOUNT} or with min: and/or max:. ROW is checked
// against the plan's rows by `check` (it is `explain`'s grammar).
void read_expectation(Reader& reader, const Node& item, CheckParameters& checks) {
    if (!reader.expect_map(item, "an expectation", keys::expectation)) return;
    Expectation expectation;
    expectation.where = item.at.ref();
    const Node* row = reader.required(item, "row", "an expectation");
    const Node* year = reader.required(item, "year", "an expectation");
    std::optional<std::string> row_text = row ? reader.text(*row, "row") : std::nullopt;
    std::optional<YearIndex> y = year ? reader.year(*year, YearsAllowed::any) : std::nullopt;
    bool usable = row_text && y;
    for (auto [key, bound] : {std::pair{"equals", &expectation.equals}, std::pair{"min", &expectation.min},
                              std::pair{"max", &expectation.max}})
        if (const Node* value = item.find(key)) {
            *bound = pounds(reader, *value);
            usable = usable && bound->has_value();
        }
    if (!item.find("equals") && !item.find("min") && !item.find("max")) {
        reader.report(item.at, "an expectation needs equals:, or min: and/or max:");
        return;
    }
    if (item.find("equals") && (item.find("min") || item.find("max"))) {
        reader.report(item.at, "an expectation has equals: or min:/max:, not both");
        return;
    }
    if (expectation.min && expectation.max && *expectation.min > *expectation.max) {
        reader.report(item.at, "an expectation's min is above its max");
        return;
    }
    if (!usable) return;
    expectation.row = *row_text;
    expectation.year = *y;
    checks.expectations.push_back(std::move(expectation));
}

}  // namespace

void read_checks(Reader& reader, const Node& root, Scenario& scenario) {
    CheckParameters& checks = scenario.checks;
    checks.balanced_by_year.assign(reader.year_count(), false);
    checks.balanced_by_year[0] = true;  // the base year must always balance
    const Node* node = root.find("checks");
    if (!node || !reader.expect_map(*node, "checks", keys::checks)) return;
    if (const Node* years = node->find("balanced_years");
        years && reader.expect_sequence(*years, "balanced_years"))
        for (const Node& year : years->items)
            if (auto y = reader.year(year, YearsAllowed::any)) checks.balanced_by_year[*y] = true;
    if (const Node* limit = node->find("nre_growth_limit")) checks.nre_growth_limit = reader.rate(*limit);
    if (const Node* minimum = node->find("efficiency_minimum"))
        checks.efficiency_minimum = reader.rate(*minimum);
    checks.where = node->at.ref();
    if (const Node* years = node->find("balanced_years")) checks.balanced_years_where = years->at.ref();
    if (const Node* limit = node->find("nre_growth_limit")) checks.nre_growth_limit_where = limit->at.ref();
    if (const Node* minimum = node->find("efficiency_minimum"))
        checks.efficiency_minimum_where = minimum->at.ref();
    if (const Node* severity = node->find("severity")) read_severities(reader, *severity, checks);
    if (const Node* expect = node->find("expect"); expect && reader.expect_sequence(*expect, "expect"))
        for (const Node& item : expect->items) read_expectation(reader, item, checks);
}

}  // namespace mtfp::load

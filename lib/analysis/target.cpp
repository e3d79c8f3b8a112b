#include "analysis/target.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/command_line_error.hpp"
#include "analysis/value_text.hpp"
#include "model/diagnostic.hpp"
#include "project/checks.hpp"

namespace mtfp::analysis {

namespace {

// The limit the check itself applies to year y (the first reserves result of a year is
// the general reserve's: the higher of zero and its floor).
Money check_limit(const Scenario& scenario, const Plan& plan, Rule rule, YearIndex y) {
    for (const RuleResult& result : check_plan(scenario, plan).results)
        if (result.rule == rule && result.year == y && result.limit.money) return *result.limit.money;
    return Money{};
}

}  // namespace

Target parse_target(const std::string& text, const Scenario& scenario) {
    std::string compact;
    std::copy_if(text.begin(), text.end(), std::back_inserter(compact), [](char c) { return c != ' '; });
    Target target;
    target.text = compact;
    if (compact == "gap=0") {
        target.kind = TargetKind::gap_zero;
    } else if (compact.starts_with("gap<=")) {
        target.kind = TargetKind::gap_at_most;
        target.gap_limit = Money::pounds(
            parse_value(compact.substr(5), ValueType::money, scenario.units, "--for " + compact));
    } else if (compact == "general_reserve>=floor") {
        target.kind = TargetKind::general_reserve_at_floor;
    } else if (compact == "nre<=guidance") {
        if (!scenario.checks.nre_growth_limit)
            refuse(
                "--for nre<=guidance: the scenario sets no checks.nre_growth_limit, so there is no guidance");
        target.kind = TargetKind::nre_within_guidance;
    } else if (compact == "general_reserve" || compact == "nre" || compact == "gap") {
        // An unquoted `--for general_reserve>=floor`: the shell took `>=floor` as a
        // redirection (creating a file named `=floor`) and passed only the name.
        const std::string whole = compact == "general_reserve" ? "general_reserve>=floor"
                                  : compact == "nre"           ? "nre<=guidance"
                                                               : "gap<=AMOUNT";
        refuse(
            fmt::format("--for '{}' is cut short: quote the target, --for '{}': unquoted, the shell reads < "
                        "and > in it as "
                        "redirections (an unquoted general_reserve>=floor also makes a file named '=floor')",
                        text, whole));
    } else {
        refuse(fmt::format(
            "--for expects gap=0, gap<=AMOUNT, general_reserve>=floor or nre<=guidance, got '{}'", text));
    }
    return target;
}

TargetFigures target_figures(const Target& target, const Scenario& scenario, const Plan& plan, YearIndex y) {
    switch (target.kind) {
        case TargetKind::gap_zero:
            return {plan.gaps[y].gap, Money{}};
        case TargetKind::gap_at_most:
            return {plan.gaps[y].gap, target.gap_limit};
        case TargetKind::general_reserve_at_floor:
            return {plan.reserves[0][y].closing, check_limit(scenario, plan, Rule::reserves, y)};
        case TargetKind::nre_within_guidance:
            return {plan.years[y].net_revenue_expenditure,
                    check_limit(scenario, plan, Rule::nre_guidance, y)};
    }
    return {};
}

bool target_met(const Target& target, const TargetFigures& figures) {
    if (target.kind == TargetKind::gap_zero) return figures.figure == figures.limit;
    return target_side_met(target, figures);
}

bool target_side_met(const Target& target, const TargetFigures& figures) {
    if (target.kind == TargetKind::general_reserve_at_floor) return figures.figure >= figures.limit;
    return figures.figure <= figures.limit;
}

std::string figure_name(const Target& target) {
    switch (target.kind) {
        case TargetKind::gap_zero:
        case TargetKind::gap_at_most:
            return "the gap";
        case TargetKind::general_reserve_at_floor:
            return "the general reserve";
        case TargetKind::nre_within_guidance:
            return "NRE";
    }
    return "";
}

}  // namespace mtfp::analysis

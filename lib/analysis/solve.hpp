#pragma once
// Goal seek, exact to the pound: the value of one parameter at which a target is met,
// year by year (the value found for one year is kept while solving the next).
//
// The plan is a step function of any parameter (every figure is rounded to the pound),
// so the search runs over the parameter's exact representation (Rate units or whole
// pounds): the target is evaluated at both ends of the allowed range, which says in
// which direction it becomes met, then bisection finds the edge: the value at which the
// target is just met, one unit further the other way it is not. That edge is the
// smallest change that meets it from the failing side, e.g. the smallest Band D
// increase with gap <= 0.
#include <optional>
#include <string>
#include <vector>

#include "analysis/parameter.hpp"
#include "analysis/rules_kept.hpp"
#include "analysis/target.hpp"

namespace mtfp::analysis {

enum class SolveOutcome {
    solved,             // the value found meets the target; one unit further does not
    met_throughout,     // met at every value in the range: the parameter is left as it was
    no_exact_value,     // gap=0 only: the gap steps over zero between two adjacent values
    none_in_range,      // no value in the allowed range meets the target
    none_within_rules,  // --within-rules: values meet the target, but each breaks a rule of check
};

struct SolveStep {
    std::optional<YearIndex> varied_year;  // the year whose value is varied; none when not by year
    std::vector<YearIndex> target_years;   // where the target must be met
    SolveOutcome outcome = SolveOutcome::solved;
    std::int64_t before = 0;        // the parameter's value before this step
    std::int64_t value = 0;         // after it: the value found, or `before` when none was
    std::int64_t next_not_met = 0;  // solved: one unit further the other way, where it is not met
    std::string message;            // one sentence saying what was found, or why nothing was
};

struct SolveResult {
    Scenario scenario;  // with every value found
    Plan plan;          // projected from it
    std::vector<SolveStep> steps;
    bool met() const;  // every step solved (or met throughout)
    // Rule results of check (severity error) that pass with the scenario's own values and
    // fail with the values found; and those that fail either way.
    std::vector<RuleResult> broken_rules;
    std::vector<RuleResult> failing_anyway;
};

// `year`: only that year (a plan year); otherwise every year the parameter addresses in
// turn, or, for a parameter that is not by year, one value meeting the target in every
// plan year at once. Throws InputError when the year is not one the parameter has.
// `within_rules`: only values that break no rule of check the scenario keeps
// (analysis/rules_kept.hpp) are accepted; from the edge the target is met at, the search
// goes on into the values that meet it for the first that keeps the rules.
SolveResult solve(const Scenario& scenario, const ParameterHandle& handle, const Target& target,
                  std::optional<YearIndex> year, bool within_rules = false);

}  // namespace mtfp::analysis

#include "analysis/rules_kept.hpp"

#include <algorithm>

namespace mtfp::analysis {

RuleBaseline::RuleBaseline(const Scenario& scenario, const Plan& plan)
    : before_(check_plan(scenario, plan)), warn_rules_(scenario.checks.warn_rules) {}

bool RuleBaseline::counted(Rule rule) const {
    return std::find(warn_rules_.begin(), warn_rules_.end(), rule_name(rule)) == warn_rules_.end();
}

std::vector<RuleResult> RuleBaseline::broken(const CheckOutcome& now) const {
    std::vector<RuleResult> found;
    const std::size_t count = std::min(now.results.size(), before_.results.size());
    for (std::size_t i = 0; i < count; ++i)
        if (before_.results[i].passed && !now.results[i].passed && counted(now.results[i].rule))
            found.push_back(now.results[i]);
    return found;
}

std::vector<RuleResult> RuleBaseline::failing_already() const {
    std::vector<RuleResult> found;
    for (const RuleResult& result : before_.results)
        if (!result.passed && counted(result.rule)) found.push_back(result);
    return found;
}

bool RuleBaseline::kept(const Scenario& scenario, const Plan& plan) const {
    return broken(check_plan(scenario, plan)).empty();
}

}  // namespace mtfp::analysis

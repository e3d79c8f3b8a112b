#pragma once
// Which rules of `check` a what-if value breaks: a rule result that passes with the
// scenario's own values and fails with the new one. A rule that fails either way is not
// broken by the value (the MPS plan misses the NRE guidance whatever its Band D
// increase), and a rule of severity warn is never counted (checks.severity).
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "project/checks.hpp"
#include "project/plan.hpp"

namespace mtfp::analysis {

class RuleBaseline {
public:
    // The scenario's own rule results, projected once.
    RuleBaseline(const Scenario& scenario, const Plan& plan);

    // The results that pass in the baseline but fail in `now` (same scenario shape).
    std::vector<RuleResult> broken(const CheckOutcome& now) const;
    // The results of severity error that fail in the baseline: failing whatever the value.
    std::vector<RuleResult> failing_already() const;
    bool kept(const Scenario& scenario, const Plan& plan) const;

private:
    bool counted(Rule rule) const;
    CheckOutcome before_;
    std::vector<std::string> warn_rules_;
};

}  // namespace mtfp::analysis

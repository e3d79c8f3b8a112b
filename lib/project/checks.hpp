#pragma once
// The five rules of domain.md, evaluated against a projected plan with the
// scenario's parameters. Pure.
#include <optional>
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "project/plan.hpp"

namespace mtfp {

enum class Rule { balanced_budget, council_tax_cap, nre_guidance, efficiency, reserves };

// A figure a rule compares: money, or a rate (the council-tax cap).
struct CheckFigure {
    std::optional<Money> money;
    std::optional<Rate> rate;
};

struct RuleResult {
    Rule rule = Rule::balanced_budget;
    YearIndex year = 0;
    bool passed = true;
    CheckFigure value;    // what the plan has
    CheckFigure limit;    // what the rule allows
    std::string subject;  // e.g. the reserve's id for the reserves rule; else empty
};

struct CheckOutcome {
    bool passed = true;
    std::vector<RuleResult> results;  // by rule, then year
};

CheckOutcome check_plan(const Scenario& scenario, const Plan& plan);

}  // namespace mtfp

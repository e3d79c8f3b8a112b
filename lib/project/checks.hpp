#pragma once
// The five rules of docs/model.md (and the prudential indicator of docs/capital.md), evaluated against a
// projected plan with the scenario's parameters. Pure.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "project/plan.hpp"

namespace mtfp {

// financing_costs: the prudential indicator, checked when capital.financing_cost_limit is given.
enum class Rule { balanced_budget, council_tax_cap, nre_guidance, efficiency, reserves, financing_costs };

// The rule as check prints it and checks.severity names it: "nre_guidance".
std::string rule_name(Rule rule);

// A figure a rule compares: money, or a rate (the council-tax cap).
struct CheckFigure {
    std::optional<Money> money;
    std::optional<Rate> rate;
    std::optional<std::int64_t> pence = {};  // a Band D increase and a cap in pounds
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

// Rule 2 for council tax in pounds (project/council_tax_cap.cpp): a rate cap tests the
// entered rate where the year's increase is entered as a rate, else the actual B(Y)/B(Y-1)
// - 1, exactly; a cash cap tests B(Y) - B(Y-1) in pence. Inclusive.
void council_tax_cap_in_pounds(const Scenario& scenario, const Plan& plan, std::vector<RuleResult>& out);

}  // namespace mtfp

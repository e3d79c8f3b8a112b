#pragma once
// checks.expect: each expected figure (ROW as `explain` takes it, in pounds) tested
// against the plan, as one more line of the check report (rule "expect").
#include "model/scenario.hpp"
#include "project/plan.hpp"
#include "report/report.hpp"

namespace mtfp {

// Throws InputError at the expectation's location for a ROW or YEAR `explain` refuses.
void add_expectations(CheckReport& report, const Scenario& scenario, const Plan& plan);

}  // namespace mtfp

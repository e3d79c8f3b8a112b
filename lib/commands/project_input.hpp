#pragma once
#include "model/scenario.hpp"
#include "project/plan.hpp"

namespace mtfp {

// project(), with a plan whose figures leave the exact range (only possible with
// absurd amounts compounded at absurd rates) reported as invalid input, not a crash.
Plan project_scenario(const Scenario& scenario);

}  // namespace mtfp

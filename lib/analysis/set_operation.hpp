#pragma once
// --set PATH+=DELTA, PATH-=DELTA and PATH*=FACTOR on a loaded scenario: the value at
// PATH moved or scaled in every year the path covers (one year when it names one).
// Done here, on the typed handles, because a grant year given as growth has no amount
// in the file to add to: the amount is the one the plan projects.
#include <string>

#include "model/scenario.hpp"
#include "model/set_operator.hpp"

namespace mtfp::analysis {

// DELTA is a rate in percentage points ("1%") for a rate, an amount in the scenario's
// units (or with m / k) for an amount; FACTOR is a percentage ("98%") or a decimal
// ("0.98") and applies to amounts only, each year rounded half away from zero. Every
// year's new value is computed from the values before the change. Throws InputError
// (on the command line) for a path no handle reaches, a bad value, or a result outside
// what the value may be.
void apply_set_operation(Scenario& scenario, const std::string& path, SetOperator operation,
                         const std::string& value);

}  // namespace mtfp::analysis

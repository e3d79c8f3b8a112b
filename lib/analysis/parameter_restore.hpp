#pragma once
// Undoing set_value: the value a parameter has in the original scenario put back into a
// working copy, so that `simulate` can re-use one copy of the scenario per thread for
// every draw instead of copying the whole scenario each time.
#include "analysis/parameter.hpp"

namespace mtfp::analysis {

// Restores what set_value(working, handle, y, ...) changed, from `original` (the
// scenario `working` was copied from). A grant year gets back both its cash figure
// (or none) and its growth, so a year given as growth becomes growth again.
void restore_value(Scenario& working, const Scenario& original, const ParameterHandle& handle, YearIndex y);

}  // namespace mtfp::analysis

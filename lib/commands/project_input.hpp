#pragma once
#include <string>

#include "model/diagnostic.hpp"
#include "model/scenario.hpp"
#include "money/money.hpp"
#include "project/plan.hpp"

namespace mtfp {

// project(), with a plan whose figures leave the exact range (only possible with
// absurd amounts compounded at absurd rates) reported as invalid input, not a crash.
Plan project_scenario(const Scenario& scenario);

// A figure computed from the plan (a check's limit, a difference between scenarios, a
// derivation) that leaves the exact range is reported as project_scenario reports one:
// exit 2 at the file that drove it, never "internal error". `message`, when given, says
// which figure where the file alone does not.
template <class Work>
auto within_exact_range(const std::string& file, Work work, const std::string& message = "")
    -> decltype(work()) {
    try {
        return work();
    } catch (const AmountOutOfRange& error) {
        throw InputError({Diagnostic{file, 0, 0, message.empty() ? error.what() : message}});
    }
}

}  // namespace mtfp

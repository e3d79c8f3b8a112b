#pragma once
// Whether a scenario runs a savings programme (docs/levers.md, "A savings programme, with
// delivery risk"): it gives the delivery risks, or a saving says its status, owner or that
// it is not cashable. Only then do the reports show savings at risk and the risk-adjusted
// gap, so that a plan written without one prints what it printed before.
#include "model/scenario.hpp"

namespace mtfp {

inline bool has_savings_programme(const Scenario& scenario) {
    if (scenario.savings_risk.given) return true;
    for (const Movement& movement : scenario.movements) {
        const SavingsItem& item = movement.savings;
        if (item.status || !item.owner.empty() || !item.cashable) return true;
    }
    return false;
}

}  // namespace mtfp

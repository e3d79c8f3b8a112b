#pragma once
// What the reserves policy did to a plan (docs/levers.md, "Reserves that carry the gap").
#include <optional>
#include <vector>

#include "model/scenario.hpp"
#include "money/money.hpp"

namespace mtfp {

struct ReservesPolicyPlan {
    // By YearIndex: the transfer that balanced the year from the fund_gap_from reserve
    // (negative: drawn; positive: a surplus paid in); [0] and every year without a policy zero.
    std::vector<Money> use_of_reserves;
    // By YearIndex: the gap before that transfer (the gap after it is the Summary's).
    std::vector<Money> gap_before_reserves;
    // The base year's forecast outturn taken to the outturn_to reserve: minus the
    // overspend (an underspend is added); zero without the policy.
    Money outturn;
    // By reserve position: the first year whose closing balance is strictly below the
    // reserve's floor (the general reserve with one) or zero; none: not within the plan.
    std::vector<std::optional<YearIndex>> first_below;
};

}  // namespace mtfp

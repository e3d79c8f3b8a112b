#pragma once
// The budget by strategic priority (docs/capital.md, "Strategic priorities"), by YearIndex.
#include <array>
#include <vector>

#include "money/money.hpp"

namespace mtfp {

struct PriorityPlan {
    // by priority position, then YearIndex: sum over lines of round(line total x share)
    std::vector<std::vector<Money>> budget;
    std::vector<Money> not_attributable;  // by YearIndex: NSE - the sum of the priorities
    // by priority position, then YearIndex, then Table 3's row: the cashable items entered
    // for the year that name the priority ([0] and the inflation row stay zero)
    std::vector<std::vector<std::array<Money, 6>>> changes;  // MovementTotals
};

}  // namespace mtfp

#pragma once
// The savings programme's delivery risk in a plan (docs/levers.md, "A savings programme").
#include <vector>

#include "money/money.hpp"

namespace mtfp {

struct SavingsPlan {
    // By movement position, then YearIndex: round(|entered amount| x risk(status)) for a
    // cashable efficiency item, rounded once per item and year; empty for other movements.
    std::vector<std::vector<Money>> item_at_risk;
    // By YearIndex: the sum over items.
    std::vector<Money> at_risk;
};

}  // namespace mtfp

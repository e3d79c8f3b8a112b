#pragma once
// Totals are sums of already-rounded figures; no rounding happens in a sum.
#include <vector>

#include "money/money.hpp"
#include "project/plan.hpp"

namespace mtfp {

inline Money sum(const std::vector<Money>& amounts) {
    Money total;
    for (Money amount : amounts) total += amount;
    return total;
}

inline Money sum(const MovementTotals& rows) {
    Money total;
    for (Money amount : rows) total += amount;
    return total;
}

inline void add_to(MovementTotals& total, const MovementTotals& more) {
    for (std::size_t i = 0; i < total.size(); ++i) total[i] += more[i];
}

inline bool is_mps(Section section) {
    return section == Section::business_group || section == Section::corporate;
}

}  // namespace mtfp

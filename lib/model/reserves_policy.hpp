#pragma once
// Reserves that carry the gap (docs/levers.md, "Reserves that carry the gap"): a reserve that
// meets each plan year's remaining gap, and one that takes the base year's forecast
// outturn. Both off by default, so a v1 scenario's reserves move only by its transfers.
#include <cstddef>
#include <optional>

#include "model/source_ref.hpp"

namespace mtfp {

struct ReservesPolicy {
    // Position in Scenario::reserves (0: the general reserve) of the reserve that funds the
    // gap; none: the gap is left as it is.
    std::optional<std::size_t> fund_gap_from;
    // The general reserve is drawn down to its floor unless told down to zero; an
    // earmarked reserve always down to zero.
    bool down_to_zero = false;
    // The reserve the base year's forecast overspend is taken from (an underspend added to).
    std::optional<std::size_t> outturn_to;
    SourceRef fund_gap_where = {};
    SourceRef outturn_where = {};
};

}  // namespace mtfp

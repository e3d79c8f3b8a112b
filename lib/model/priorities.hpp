#pragma once
// Strategic priorities (docs/capital.md, "Strategic priorities"): the budget attributed to
// each, from shares of the lines above net service expenditure.
#include <cstddef>
#include <string>

#include "model/source_ref.hpp"
#include "money/rate.hpp"

namespace mtfp {

struct Priority {
    std::string id;
    std::string name;
    SourceRef where;
};

// A line's share of its budget attributed to one priority.
struct PriorityShare {
    std::size_t priority = 0;  // position in Scenario::priorities
    Rate share;
    SourceRef where;
};

}  // namespace mtfp

#pragma once
// The capital programme's part in the financing line's plan-year figure (docs/capital.md):
// its revenue consequences sit outside the recurring budget, so the line is last year's
// figure, less last year's consequences (not carried forward), plus this year's movements
// and this year's consequences (MRP + interest on the opening CFR + revenue contributions).
#include <vector>

#include "explain/explanation.hpp"

namespace mtfp::explaining {

// Appends those two parts for the financing line l in plan year y; nothing for another line.
void capital_parts(const Scenario& scenario, const Plan& plan, std::size_t l, YearIndex y,
                   std::vector<ExplainNode>& parts);

}  // namespace mtfp::explaining

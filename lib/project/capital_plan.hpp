#pragma once
// The capital programme's figures by year (docs/capital.md), as project() computes
// them for the capital table, the financing line and the prudential indicator.
#include <array>
#include <optional>
#include <vector>

#include "model/capital.hpp"
#include "money/money.hpp"
#include "money/rate.hpp"

namespace mtfp {

struct CapitalYear {
    Money spend;                                         // over every scheme
    std::array<Money, capital_funding_count> funding{};  // by CapitalFunding
    Money borrowing;                                     // spend - funding
    Money cfr_opening, mrp, cfr_closing;                 // closing = opening + borrowing - MRP
    Money interest;                                      // plan years: round(opening CFR x rate)
    Money revenue_consequences;                          // plan years: MRP + interest + revenue contributions
    std::optional<Rate> financing_cost_ratio;            // (MRP + interest) / NRE; none when NRE <= 0
};

struct CapitalPlan {
    std::vector<std::vector<Money>> scheme_borrowing;  // by scheme position, then YearIndex
    std::vector<std::vector<Money>> scheme_mrp;        // by scheme position, then YearIndex
    std::vector<CapitalYear> years;                    // by YearIndex
};

// MRP on `borrowed` over `life` years: round(borrowed / life) for life - 1 years, then
// the remainder, so that the instalments repay exactly what was borrowed.
std::vector<Money> mrp_instalments(Money borrowed, int life);

}  // namespace mtfp

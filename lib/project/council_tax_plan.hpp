#pragma once
// The council tax figures of a plan (docs/levers.md, "Council tax in pounds"), by YearIndex.
#include <cstdint>
#include <vector>

#include "money/money.hpp"

namespace mtfp {

struct CouncilTaxPlan {
    // Surplus positive, deficit negative; zero in every year when the scenario gives none.
    std::vector<Money> collection_fund;
    // Council tax in pounds only (empty otherwise): Band D in pence, the tax base in
    // hundredths of a Band D equivalent, and B(Y) - B(Y-1) in pence ([0] zero).
    std::vector<std::int64_t> band_d_pence;
    std::vector<std::int64_t> tax_base_hundredths;
    std::vector<std::int64_t> band_d_increase_pence;
};

}  // namespace mtfp

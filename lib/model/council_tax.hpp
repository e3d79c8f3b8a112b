#pragma once
// Council tax in pounds (docs/levers.md, "Council tax in pounds"): a precept set as a Band D
// charge times a tax base, beside a collection fund surplus or deficit, under a
// referendum limit that may be a rate or pounds on Band D. All optional: a scenario with
// a cash precept (`base:`) leaves this empty and keeps the v1 arithmetic.
#include <cstdint>
#include <optional>
#include <vector>

#include "model/source_ref.hpp"
#include "money/money.hpp"

namespace mtfp {

struct CouncilTax {
    // Set: the precept is Band D x tax base (and `Precept::base` is unused).
    std::optional<std::int64_t> band_d_pence;  // base year, in pence
    std::int64_t tax_base_hundredths = 0;      // base year, hundredths of a Band D equivalent
    // By YearIndex: a year's published tax base, which wins over growth.
    std::vector<std::optional<std::int64_t>> tax_base_by_year = {};
    // By YearIndex: the Band D increase where it is written in pounds ("£14"), in pence;
    // elsewhere the year's Precept::band_d_increase_by_year rate applies.
    std::vector<std::optional<std::int64_t>> cash_increase_pence = {};
    // By YearIndex (the base year too): surplus positive, deficit negative; empty when the
    // scenario gives none (then the Summary has no collection fund row).
    std::vector<Money> collection_fund = {};
    // The referendum limit in pence on the Band D increase (instead of Precept::cap).
    std::optional<std::int64_t> cap_pence = {};

    SourceRef band_d_where = {};
    SourceRef tax_base_where = {};
    std::vector<SourceRef> tax_base_by_year_where = {};
    std::vector<SourceRef> cash_increase_where = {};
    std::vector<SourceRef> collection_fund_where = {};
    SourceRef cap_where = {};

    bool in_pounds() const { return band_d_pence.has_value(); }
    bool has_collection_fund() const { return !collection_fund.empty(); }
};

}  // namespace mtfp

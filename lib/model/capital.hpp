#pragma once
// The capital programme (docs/capital.md):
// schemes with spend, funding and an asset life, financed by borrowing where funding
// falls short; its revenue consequences go to one line of section financing.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/source_ref.hpp"
#include "money/money.hpp"
#include "money/rate.hpp"

namespace mtfp {

// How a scheme's spend is funded, in the capital table's order; borrowing is the rest.
enum class CapitalFunding { grants, receipts, revenue };
inline constexpr std::size_t capital_funding_count = 3;

struct CapitalScheme {
    std::string id;
    std::string name;
    int life = 1;              // years over which each year's borrowing is repaid (MRP)
    std::vector<Money> spend;  // by YearIndex (the base year included)
    // by CapitalFunding, then YearIndex; never more in a year than the spend
    std::array<std::vector<Money>, capital_funding_count> funding;
    SourceRef where;
    SourceRef life_where = {};
    std::vector<SourceRef> spend_where = {};                                       // by YearIndex
    std::array<std::vector<SourceRef>, capital_funding_count> funding_where = {};  // by source, YearIndex
};

struct CapitalProgramme {
    std::size_t financing_line = 0;        // position in Scenario::lines; section financing
    std::size_t financing_subjective = 0;  // the line's first subjective: where the consequences go
    std::vector<Rate> borrowing_rate;      // by YearIndex; [0] unused (interest is for plan years)
    Money opening_cfr;                     // at the start of the base year
    std::vector<CapitalScheme> schemes;
    // The prudential indicator's limit on financing costs / NRE, checked when given.
    std::optional<Rate> financing_cost_limit;
    SourceRef where;
    SourceRef financing_line_where = {};
    SourceRef opening_cfr_where = {};
    SourceRef financing_cost_limit_where = {};
    std::vector<SourceRef> borrowing_rate_where = {};  // by YearIndex
};

}  // namespace mtfp

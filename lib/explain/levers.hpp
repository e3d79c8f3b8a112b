#pragma once
// explain's nodes for the levers of docs/levers.md: a reserve's closing balance with the
// reserves policy's transfers, the gap before the use of reserves, the savings at risk and
// the risk-adjusted gap, and the test behind a reserve's first year-end below its floor.
#include <string_view>

#include "explain/explanation.hpp"
#include "explain/rows.hpp"

namespace mtfp::explaining {

// Whether the scenario's tables show the row: the gap before reserves with a reserve
// funding the gap, the risk rows with a savings programme, first_below with a policy.
bool shows_lever(const Scenario& scenario, std::string_view name);

// Reserve r's closing balance in year y: opening (or last year's closing), its transfers,
// the forecast outturn taken to it and its use to balance the budget.
ExplainNode reserve(const Scenario& scenario, const Plan& plan, std::size_t r, YearIndex y);

// A row of lever_names (ParsedRow::Kind::lever) in year y.
ExplainNode lever(const Scenario& scenario, const Plan& plan, const ParsedRow& row, YearIndex y);

}  // namespace mtfp::explaining

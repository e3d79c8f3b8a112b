#pragma once
// The ROW grammar of `explain` (docs/explain.md): a Summary row key, a Table 3 movement
// row over Total MPS or on one line ("inflation:TP"), grant:ID, reserve:ID, and the gap
// report's gap_before_savings and new_gap; the rows of the levers (lever_names).
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "model/scenario.hpp"
#include "project/plan.hpp"

namespace mtfp::explaining {

// Table 3's rows in PlanMovement order, as ROW names them.
inline constexpr std::array<std::string_view, plan_movement_count> movement_names{
    "inflation", "committed_increases", "committed_decreases", "efficiency", "new_initiatives", "pensions"};

// The same rows as Table 3 labels them.
inline constexpr std::array<std::string_view, plan_movement_count> movement_labels{
    "Inflation",
    "Committed service increases",
    "Committed service decreases",
    "Efficiency and other savings",
    "New initiatives",
    "Real terms changes in unfunded pensions"};

// The Summary's rows below the lines, as ROW names them.
inline constexpr std::array<std::string_view, 16> summary_names{"total_business_groups",
                                                                "total_corporate",
                                                                "total_mps",
                                                                "total_authority",
                                                                "net_service_expenditure",
                                                                "total_financing",
                                                                "net_expenditure",
                                                                "specific_grants",
                                                                "net_revenue_expenditure",
                                                                "transfer_from_reserves",
                                                                "transfer_to_reserves",
                                                                "budget_requirement",
                                                                "general_grant",
                                                                "precept",
                                                                "total_funding",
                                                                "budget_gap"};

// The gap report's rows of the reserves policy and the savings programme (plan years), and
// Table 4's first year-end below a floor (first_below:ID, every year), where the scenario
// shows them.
inline constexpr std::array<std::string_view, 4> lever_names{"gap_before_reserves", "savings_at_risk",
                                                             "risk_adjusted_gap", "first_below"};

struct ParsedRow {
    // lever: the rows of docs/levers.md (lever_names; first_below:ID names a reserve)
    enum class Kind { summary, line, movement, grant, reserve, gap_before_savings, new_gap, lever };
    Kind kind = Kind::summary;
    std::string name;          // summary and lever: the key (first_below without the id)
    std::size_t position = 0;  // line, grant (0: general, then specific + 1), reserve
    std::optional<PlanMovement> movement;
    std::optional<std::size_t> line;  // movement rows on one line
};

std::optional<ParsedRow> parse_row(const Scenario& scenario, std::string_view row);

}  // namespace mtfp::explaining

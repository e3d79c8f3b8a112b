#pragma once
// The rows of the gap bridge, in the order project() makes its steps: the table's key
// and label of each, and the short name the chart stands under its bar. One list, so
// that the bridge table and the bridge chart can never disagree on a step.
#include <array>
#include <optional>
#include <string_view>

#include "project/plan.hpp"

namespace mtfp::report {

struct BridgeStepRow {
    GapBridgeStep::Kind kind;
    std::optional<PlanMovement> movement;
    std::string_view key;
    std::string_view label;
    std::string_view short_name;  // under a bar of the chart
};

inline constexpr std::array<BridgeStepRow, plan_movement_count + 5> bridge_step_rows{{
    {GapBridgeStep::Kind::movement, PlanMovement::inflation, "inflation", "Inflation", "Inflation"},
    {GapBridgeStep::Kind::movement, PlanMovement::committed_increases, "committed_increases",
     "Committed service increases", "Committed increases"},
    {GapBridgeStep::Kind::movement, PlanMovement::committed_decreases, "committed_decreases",
     "Committed service decreases", "Committed decreases"},
    {GapBridgeStep::Kind::movement, PlanMovement::efficiency, "efficiency", "Efficiency and other savings",
     "Efficiency savings"},
    {GapBridgeStep::Kind::movement, PlanMovement::new_initiatives, "new_initiatives", "New initiatives",
     "New initiatives"},
    {GapBridgeStep::Kind::movement, PlanMovement::pensions, "pensions",
     "Real terms changes in unfunded pensions", "Unfunded pensions"},
    // Only in a plan with a capital programme (see has_step).
    {GapBridgeStep::Kind::capital_financing, std::nullopt, "capital_financing", "Capital programme financing",
     "Capital financing"},
    {GapBridgeStep::Kind::specific_grants, std::nullopt, "specific_grants", "Change in specific grants",
     "Specific grants"},
    {GapBridgeStep::Kind::reserve_transfer, std::nullopt, "reserve_transfers", "Change in reserve transfers",
     "Reserve transfers"},
    {GapBridgeStep::Kind::general_grant, std::nullopt, "general_grant", "Change in central funding",
     "Central funding"},
    {GapBridgeStep::Kind::precept, std::nullopt, "precept", "Change in precept", "Precept"},
}};

// A step's label in this scenario's bridge table, and its short name under the chart's
// bar: with a collection fund beside the precept the precept step moves both, and the
// table and the chart both say so.
inline bool moves_collection_fund(const Scenario& scenario, const BridgeStepRow& step) {
    return step.kind == GapBridgeStep::Kind::precept && scenario.precept.council_tax.has_collection_fund();
}
inline std::string_view step_label(const Scenario& scenario, const BridgeStepRow& step) {
    return moves_collection_fund(scenario, step) ? "Change in precept and collection fund" : step.label;
}
inline std::string_view step_short_name(const Scenario& scenario, const BridgeStepRow& step) {
    return moves_collection_fund(scenario, step) ? "Precept and collection fund" : step.short_name;
}

// Whether a step moves total funding (general grant, precept) rather than the requirement.
inline bool changes_funding(const BridgeStepRow& step) {
    return GapBridgeStep{step.kind, step.movement, Money{}}.changes_funding();
}

// Whether the plan's bridge has this step: the capital step only with a capital programme.
inline bool has_step(const Plan& plan, const BridgeStepRow& step) {
    return step.kind != GapBridgeStep::Kind::capital_financing || plan.capital.has_value();
}

// The step of year y's bridge; zero if project() made none of that kind.
inline Money step_amount(const Plan& plan, YearIndex y, const BridgeStepRow& wanted) {
    Money amount;
    for (const GapBridgeStep& step : plan.gaps[y].bridge) {
        if (step.kind == wanted.kind && step.movement == wanted.movement) amount += step.amount;
    }
    return amount;
}

}  // namespace mtfp::report

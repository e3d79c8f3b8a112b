#pragma once
// Every figure of the plan, every year: what `project` computes from a Scenario and
// what `report` lays out. Plain values, indexed by position (line, subjective, grant,
// reserve) and YearIndex (0 = base year), exactly as in the Scenario it came from.
#include <cstddef>
#include <optional>
#include <vector>

#include "model/scenario.hpp"
#include "money/money.hpp"
#include "money/rate.hpp"
#include "project/capital_plan.hpp"
#include "project/council_tax_plan.hpp"
#include "project/plan_lines.hpp"
#include "project/priorities_plan.hpp"
#include "project/reserves_policy_plan.hpp"
#include "project/savings_plan.hpp"

namespace mtfp {

// The Summary's figures for one column: a base-year column (budget book, revised,
// outturn) or a plan year. The identities of docs/model.md hold exactly between them.
struct SummaryColumn {
    std::vector<Money> line_budget;  // by line position
    Money total_business_groups, total_corporate, total_mps, total_authority;
    Money net_service_expenditure;
    Money total_financing;
    Money net_expenditure;
    Money specific_grants;  // negative, as published
    Money net_revenue_expenditure;
    Money transfer_from_reserves;  // negative or zero
    Money transfer_to_reserves;    // positive or zero
    Money use_of_reserves = {};    // the transfer that balances a plan year (reserves.policy)
    Money budget_requirement;
    Money general_grant;         // negative, as published
    Money precept;               // negative, as published
    Money collection_fund = {};  // negative for a surplus, as published (funding)
    Money total_funding;         // negative, as published
    Money budget_gap;            // budget_requirement + total_funding (positive: shortfall)
};

struct ReserveYear {
    Money opening, transfers, closing;
    Money outturn = {};  // the base year's forecast outturn taken to this reserve (reserves.policy)
};

// One step of a plan year's gap bridge, in this order: the six movement rows (Table 3's
// order, summed over every line), specific grants, reserve transfers, then general
// grant and precept. The first eight take requirement(Y-1) to requirement(Y); the last
// two take total funding (positive) from Y-1 to Y. So a requirement step's amount adds
// to the gap and a funding step's amount comes off it.
struct GapBridgeStep {
    enum class Kind {
        movement,
        reserve_transfer,
        general_grant,
        specific_grants,
        precept,
        capital_financing
    };
    Kind kind = Kind::movement;
    std::optional<PlanMovement> movement;  // for Kind::movement
    Money amount;                          // change in the requirement, or in funding (positive)

    bool changes_funding() const { return kind == Kind::general_grant || kind == Kind::precept; }
};

struct GapYear {
    Money budget_requirement;
    Money total_funding;             // positive
    Money gap;                       // budget_requirement - total_funding (after any use of reserves)
    Money gap_before_reserves = {};  // the gap before the reserves policy's transfer
    Money savings_at_risk = {};      // cashable savings entered for the year, times their delivery risk
    Money risk_adjusted_gap = {};    // gap + savings at risk
    Money gap_before_savings;
    Money new_gap;                      // gap(Y) - gap(Y-1); the base year's whole gap in the base year
    Money efficiency;                   // this year's Efficiency row over every line (negative)
    std::vector<GapBridgeStep> bridge;  // plan years: previous requirement -> this one, then funding
};

struct Plan {
    // Each line's budget by subjective and its movements, every year (0 = revised base budget)
    PlanLines lines;
    // Summary columns
    SummaryColumn budget_book;
    SummaryColumn revised;
    SummaryColumn outturn;
    std::vector<SummaryColumn> years;  // by YearIndex; years[0] equals revised

    // Table 2: by subjective position, then YearIndex; totals equal net expenditure
    std::vector<std::vector<Money>> subjective_totals;
    std::vector<Money> subjective_grand_total;

    // Table 3 over Total MPS (business groups + corporate)
    Money mps_budget_book, mps_in_year, mps_base_budget;
    std::vector<MovementTotals> mps_movements;  // by YearIndex; [0] zero
    std::vector<Money> mps_draft_budget;        // by YearIndex; [0] = base budget
    // The same over every line (for the gap report and the efficiency rule)
    std::vector<MovementTotals> all_movements;  // by YearIndex

    // Grants (positive cash), by YearIndex
    std::vector<Money> general_grant;
    std::vector<std::vector<Money>> specific_grants;             // by grant position, then year
    std::vector<std::vector<Money>> specific_real_terms_change;  // by grant, then year ([0] zero)
    std::vector<Money> general_real_terms_change;

    // Precept (positive cash) and the Band D increase it implies, by YearIndex
    std::vector<Money> precept;
    std::vector<Rate> band_d_increase;  // input in band_d_increase mode, implied in balance mode
    // Balance mode from a zero precept (or a tax base cut by 100%): an increase from zero
    // has no rate, so band_d_increase[y] is not a figure (shown as n/a, not "0%").
    std::vector<bool> band_d_increase_has_no_rate;
    CouncilTaxPlan council_tax = {};  // Band D, tax base and collection fund

    // Reserves, by reserve position (0 = general) then YearIndex; with totals
    std::vector<std::vector<ReserveYear>> reserves;
    std::vector<Money> earmarked_transfers;  // by YearIndex
    std::vector<Money> general_transfers;    // by YearIndex
    std::vector<ReserveYear> reserve_totals;
    std::vector<std::optional<Money>> general_reserve_floor;  // by YearIndex, if a floor is set
    ReservesPolicyPlan reserves_policy = {};                  // the gap funded, the outturn taken
    SavingsPlan savings = {};                                 // savings at risk, by item and year

    // Gap report, by YearIndex ([0] is the base year, from the revised column)
    std::vector<GapYear> gaps;

    std::optional<CapitalPlan> capital = {};      // when the scenario has a capital programme
    std::optional<PriorityPlan> priorities = {};  // when the scenario lists priorities
};

// Pure: no I/O, no formatting. The identities of docs/model.md hold exactly in the result.
Plan project(const Scenario& scenario);

}  // namespace mtfp

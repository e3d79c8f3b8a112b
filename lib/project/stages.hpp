#pragma once
// The stages `project` runs, in order; each fills its part of the Plan from the
// Scenario and what earlier stages filled. Internal to lib/project.
#include "model/scenario.hpp"
#include "project/plan.hpp"

namespace mtfp::stages {

// Table 3's movement row for a plan-year movement kind.
PlanMovement row_of(MovementKind kind);

// plan.lines sized for every year; year 0 holds each line's base budget by subjective.
void project_base_year(const Scenario& scenario, Plan& plan);
// plan.lines for each plan year: movements by row and the draft by subjective.
void project_plan_years(const Scenario& scenario, Plan& plan);
// Each line's draft over every subjective (after the capital financing is added).
void total_lines(Plan& plan);
// Table 3 (Total MPS) and all_movements, summed from plan.lines.
void total_movements(const Scenario& scenario, Plan& plan);
// Table 2, summed from plan.lines.
void total_subjectives(const Scenario& scenario, Plan& plan);
// Grant cash by year and real-terms change.
void project_grants(const Scenario& scenario, Plan& plan);
// Summary columns down to the budget requirement, with the general grant; needs lines and grants.
void summarise_spending(const Scenario& scenario, Plan& plan);
// Precept and Band D increase by year; balance mode needs the budget requirement.
void project_precept(const Scenario& scenario, Plan& plan);
// Council tax in pounds: Band D, tax base and precept by year (called by project_precept).
void project_council_tax(const Scenario& scenario, Plan& plan);
// Summary columns' precept, total funding and budget gap; needs the precept.
void summarise_funding(Plan& plan);
// The reserves policy: the base year's outturn to a reserve and each plan year's gap met
// from one (project/reserves_policy.cpp); needs the funding summarised.
void fund_gap_from_reserves(const Scenario& scenario, Plan& plan);
// The general reserve's floor in a year: an amount, or a share of that year's NRE.
Money reserve_floor_in(const ReserveFloor& floor, const SummaryColumn& year);
// The policy's transfers in plan.reserves (the use of reserves among the reserve's
// transfers, the outturn on its own); called by project_reserves.
void add_reserves_policy(const Scenario& scenario, Plan& plan);
// Each reserve's first year-end below its floor or zero; needs the balances and floors.
void find_first_below(const Scenario& scenario, Plan& plan);
// Reserve balances and the general reserve's floor; a share-of-NRE floor needs the summary.
void project_reserves(const Scenario& scenario, Plan& plan);
// The capital programme, its consequences added to the financing line's drafts.
void project_capital(const Scenario& scenario, Plan& plan);
// The prudential indicator; needs the summary.
void capital_ratios(Plan& plan);
// Budget by priority; needs the summary.
void project_priorities(const Scenario& scenario, Plan& plan);
// The gap report and its bridge; needs everything above.
void report_gaps(const Scenario& scenario, Plan& plan);
// Savings at risk by item and year, and the risk-adjusted gap; needs the gaps.
void assess_savings(const Scenario& scenario, Plan& plan);

}  // namespace mtfp::stages

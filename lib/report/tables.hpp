#pragma once
// The builders of each table of the plan report, one file each; build_plan_report
// calls those the --table choice asks for, in the published order.
#include <vector>

#include "model/savings_programme.hpp"
#include "model/scenario.hpp"
#include "project/plan.hpp"
#include "report/report.hpp"
#include "report/table.hpp"

namespace mtfp::report {

// The scenario's name, file and years, as every rendered result states them.
ReportHeader header_of(const Scenario& scenario);

Table build_summary(const Scenario& scenario, const Plan& plan);
// The ledger reconciliation, as notes under the Summary (base_budget scenarios only).
std::vector<std::string> ledger_notes(const Ledger& ledger);
Table build_table2(const Scenario& scenario, const Plan& plan);
Table build_table3(const Scenario& scenario, const Plan& plan);
// Table 4 is published as two grids: opening balances by reserve, then the years.
std::vector<Table> build_table4(const Scenario& scenario, const Plan& plan);
// The gap by year, then its bridge from the previous year's requirement.
std::vector<Table> build_gap_tables(const Scenario& scenario, const Plan& plan);
Table build_grants_table(const Scenario& scenario, const Plan& plan);
// The capital programme and its revenue consequences (a scenario with `capital`).
Table build_capital_table(const Scenario& scenario, const Plan& plan);
// Budget by strategic priority, then the plan years' changes by priority and row.
std::vector<Table> build_priorities_tables(const Scenario& scenario, const Plan& plan);
// Band D, tax base, precept, collection fund and the referendum limit (council_tax_table.cpp).
Table build_council_tax_table(const Scenario& scenario, const Plan& plan);
// The savings schedule (savings_table.cpp), in `all` when the scenario has a savings
// programme (model/savings_programme.hpp), which also adds the risk rows to the gap report.
Table build_savings_table(const Scenario& scenario, const Plan& plan);
// The scenario's labels over the built tables (labels.cpp).
void apply_labels(const Scenario& scenario, std::vector<Table>& tables);
// Table 3 with one column per business-group and corporate line, Total MPS last.
Table build_table3_lines(const Scenario& scenario, const Plan& plan);
// Every movement item by Table 3's row, with each row's total over every line.
Table build_movements_table(const Scenario& scenario, const Plan& plan);
// The charts of the gap tables (requirement against funding, each year's bridge) and of
// Table 4 (reserves against the floor) and of the priorities table (the budget split by
// priority, where the plan has priorities), for those asked for.
PlanCharts build_plan_charts(const Scenario& scenario, const Plan& plan, bool with_gap, bool with_reserves,
                             bool with_priorities);
// The scenario's inputs by year (indices, grants, precept, reserves, check parameters).
std::vector<Table> build_assumptions(const Scenario& scenario);

}  // namespace mtfp::report

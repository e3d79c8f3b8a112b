#pragma once
// The Workings sheet of the workbook and the formulas that tie the plan's tables to it
// (workings.cpp): with them, every figure of the Summary, Table 2 and Table 3 follows an
// edit of an index rate on the Assumptions sheet.
#include <vector>

#include "model/scenario.hpp"
#include "project/plan.hpp"
#include "report/table.hpp"

namespace mtfp::report {

// One block per line and subjective with a budget: the draft budget by year (a formula
// from the year before), its inflation (a formula over the Assumptions sheet's rate),
// the year's other changes and what is not carried forward (values).
Table build_workings(const Scenario& scenario, const Plan& plan);

// States, on the tables built, the formulas over the Workings sheet: Summary lines and
// Table 2 subjectives as sums of drafts, Table 3's and the bridge's inflation as sums of
// inflation, and each grant's real-terms change over the real-terms index's rate.
void link_to_workings(const Scenario& scenario, const Plan& plan, std::vector<Table>& tables);

}  // namespace mtfp::report

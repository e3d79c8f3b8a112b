#pragma once
// The comparison of several scenarios' plan reports, as plain Tables so that every
// renderer draws it: for each table and column of the plan report (e.g. the Summary's
// Plan 2007/08), one table whose rows are the source rows matched by key, and whose
// columns are A's figure, then for each other scenario its figure, the difference
// against A and the percentage change against A.
#include <string>
#include <vector>

#include "report/report.hpp"
#include "report/table.hpp"

namespace mtfp {

enum class ChangedRows { all, only_changed };

// by_year: one table per source table and column (a year), columns A, B, B-A, %B.
// wide: one table per source table, one row per figure, and for each column (year) of
// the source A, B and B-A side by side (docs/compare.md).
enum class CompareLayout { by_year, wide };

// A scenario as the comparison names it: a letter (A, B, ...) for the column headers,
// with its name and file in the legend.
struct ComparedScenario {
    std::string letter;
    ReportHeader header;
};

struct CompareReport {
    std::vector<ComparedScenario> scenarios;  // A first: the base every difference is taken against
    // One per source table and column, in the plan report's order; each table's key is
    // the source table's key ("gap") and its `source_column` the column key ("2007/08").
    // The per-scenario gap by year is the "gap" row of the tables keyed "gap".
    std::vector<Table> tables;
    std::vector<std::string> source_columns;  // parallel to tables; empty in the wide layout
    CompareLayout layout = CompareLayout::by_year;
    bool any_difference = false;  // some figure differs from A's (before --only-changed)
};

// plans[0] is A. Figures are taken from the plan reports as built for `run`, so a
// comparison can never disagree with the plans it compares.
CompareReport build_compare_report(const std::vector<PlanReport>& plans, ChangedRows rows,
                                   CompareLayout layout = CompareLayout::by_year);

}  // namespace mtfp

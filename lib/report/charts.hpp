#pragma once
// The plan's charts as figures, built once from the Plan beside its tables, so that a
// renderer draws them without looking up a row or computing a figure: the budget
// requirement against funding with the gap, each plan year's gap bridge with every
// step's kind and its effect on the gap, and the reserves against the floor.
#include <optional>
#include <string>
#include <vector>

#include "money/money.hpp"

namespace mtfp {

// One figure per category (year) of its chart; a missing figure is not drawn.
struct ChartSeries {
    std::string name;  // as the legend says it, e.g. "Budget requirement"
    std::vector<std::optional<Money>> values;
};

// By plan year: the budget requirement beside total funding (positive), and the gap.
struct GapChart {
    std::vector<std::string> years;  // "2007/08", ...
    ChartSeries requirement, funding, gap;
};

// One bar of a gap bridge: the gap a year starts from or ends at (a level), or a step.
// A step that changes the requirement adds to the gap as it is; one that changes
// funding comes off it, so its effect is the step's amount negated.
struct BridgeBar {
    enum class Kind { previous_gap, requirement_change, funding_change, gap };
    Kind kind = Kind::requirement_change;
    std::string label;  // short enough to stand under a bar, e.g. "Inflation", "Gap 2006/07"
    Money effect;       // a level: the gap; a step: its effect on the gap (positive: adds to it)

    bool is_level() const { return kind == Kind::previous_gap || kind == Kind::gap; }
};

// How one plan year's gap moves from the year before's. Steps of zero are left out of
// the chart (the bridge table still shows them).
struct GapBridgeChart {
    std::string year;           // "2007/08"
    std::string previous_year;  // "2006/07"
    std::vector<BridgeBar> bars;
};

// By year, base year first: each reserve's closing balance and the general reserve's
// floor where one is set.
struct ReservesChart {
    std::vector<std::string> years;
    std::vector<ChartSeries> balances;
    std::optional<ChartSeries> floor;
};

// By year, base year first: the budget split by strategic priority, one stacked part per
// priority in the scenario's order and "Not directly attributable" last; the parts of a
// year add up to its net service expenditure.
struct PrioritiesChart {
    std::vector<std::string> years;
    std::vector<ChartSeries> parts;
    ChartSeries total;  // "Net service expenditure"
};

// The charts of the tables a report holds: the gap and its bridges with the gap
// tables, the reserves with Table 4, the split by priority with the priorities table
// (only where the scenario lists priorities); none for a report of other tables.
struct PlanCharts {
    std::optional<GapChart> gap;
    std::vector<GapBridgeChart> bridges;  // one per plan year
    std::optional<ReservesChart> reserves;
    std::optional<PrioritiesChart> priorities;
};

}  // namespace mtfp

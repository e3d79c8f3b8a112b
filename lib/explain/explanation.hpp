#pragma once
// `explain`: the derivation of one figure of the plan as a tree. Each node is a figure
// with the operation that makes it from its children; a leaf is an input (with the
// file, line and column it was written at, or the --set that gave it) or a figure of
// the plan explained by another ROW YEAR of its own (`see`). Built from the Scenario
// and the Plan that `project` computed, with the same rounding functions, so that an
// explanation can never disagree with `run`.
#include <optional>
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "money/money.hpp"
#include "money/rate.hpp"
#include "project/plan.hpp"

namespace mtfp {

enum class Operation {
    input,       // a value of the scenario: source says where it was written
    figure,      // a figure of the plan, explained by `see`
    sum,         // the children's amounts added
    negate,      // minus the one child's amount (e.g. grant cash shown as negative funding)
    apply_rate,  // round(child amount x child rate), half away from zero
    grow,        // round(child amount x (1 + child rate)), half away from zero
    grow_twice,  // round(amount x (1 + first rate) x (1 + second rate)), rounded once
};

struct ExplainNode {
    std::string label;
    std::optional<Money> amount;
    std::optional<Rate> rate;
    Operation operation = Operation::input;
    SourceRef source;  // inputs: where written; file "" for a built-in default
    std::string see;   // figures: "ROW YEAR" that explains it, e.g. "line:TP 2006/07"
    std::vector<ExplainNode> children;
};

struct Explanation {
    std::string row;   // as asked, e.g. "inflation:TP"
    std::string year;  // "2007/08"
    ExplainNode root;
};

// Every ROW `explain` accepts for this scenario, for "did you mean" and for tests.
std::vector<std::string> explainable_rows(const Scenario& scenario);
// Whether ROW can be explained in a year: movement rows and the gap's rows are plan-year only.
bool row_allows_year(const std::string& row, YearIndex year);

// Throws InputError (exit 2) for an unknown ROW or YEAR, with "did you mean".
Explanation explain(const Scenario& scenario, const Plan& plan, const std::string& row,
                    const std::string& year);

// The figure a node's operation makes from its children (nothing for leaves): what the
// tests hold every node to.
std::optional<Money> recompute(const ExplainNode& node);

}  // namespace mtfp

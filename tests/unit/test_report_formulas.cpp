// The formulas the report builders state (for live spreadsheet formulas) hold exactly:
// every one, evaluated over the cells it names, gives the figure in its cell, in every
// shipped scenario; and the identities a reader expects are stated, not left as values.
#include <doctest/doctest.h>

#include <string>

#include "load/load.hpp"
#include "project/plan.hpp"
#include "report/report.hpp"

using namespace mtfp;

namespace {

PlanReport shipped(const std::string& name) {
    const Scenario scenario = load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name);
    return build_plan_report(scenario, project(scenario), TableChoice::all);
}

const Row& row_of(const Table& table, const std::string& key) {
    for (const Row& row : table.rows) {
        if (row.key == key) return row;
    }
    FAIL("no row " << key << " in " << table.title);
    throw std::logic_error("unreachable");
}

Money evaluate(const Table& table, const Formula& formula, std::size_t column) {
    Money sum;
    for (const FormulaTerm& term : formula.terms) {
        REQUIRE((term.column == ColumnRef::same || column > 0));
        const std::size_t at = term.column == ColumnRef::same ? column : column - 1;
        const Row& row = row_of(table, term.row);
        REQUIRE(at < row.cells.size());
        REQUIRE(row.cells[at].money);
        sum = term.sign == Sign::plus ? sum + *row.cells[at].money : sum - *row.cells[at].money;
    }
    return sum;
}

std::size_t formula_count(const Table& table, const std::string& key) {
    std::size_t count = 0;
    for (const Cell& cell : row_of(table, key).cells) count += cell.formula ? 1 : 0;
    return count;
}

}  // namespace

TEST_CASE("every stated formula gives its cell's figure exactly, in every shipped scenario") {
    for (const char* name :
         {"mps-2007-10.yaml", "pay-award-3.5.yaml", "precept-balance.yaml", "replenish-reserves.yaml"}) {
        CAPTURE(name);
        const PlanReport report = shipped(name);
        std::size_t formulas = 0;
        for (const Table& table : report.tables) {
            for (const Row& row : table.rows) {
                for (std::size_t c = 0; c < row.cells.size(); ++c) {
                    if (!row.cells[c].formula) continue;
                    CAPTURE(table.title);
                    CAPTURE(row.key);
                    CAPTURE(c);
                    REQUIRE(row.cells[c].money);
                    CHECK(evaluate(table, *row.cells[c].formula, c) == *row.cells[c].money);
                    ++formulas;
                }
            }
        }
        CHECK(formulas > 90);
    }
}

TEST_CASE("totals, roll-forwards and the gap are formulas; inputs and first columns are values") {
    const PlanReport report = shipped("mps-2007-10.yaml");
    const Table& summary = report.tables[0];
    CHECK(formula_count(summary, "budget_gap") == summary.columns.size());
    CHECK(formula_count(summary, "total_mps") == summary.columns.size());
    CHECK(formula_count(summary, "precept") == 0);
    const Table& table3 = report.tables[2];
    CHECK(formula_count(table3, "2008/09:draft_budget") == 1);
    CHECK(row_of(table3, "2008/09:draft_budget").cells[0].formula->terms.front().row ==
          "2007/08:draft_budget");
    const Table& reserves = report.tables[4];
    CHECK(formula_count(reserves, "opening") == reserves.columns.size() - 1);
    CHECK(!row_of(reserves, "opening").cells[0].formula);
    CHECK(formula_count(reserves, "closing") == reserves.columns.size());
}

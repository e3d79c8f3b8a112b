// The formulas the report builders state (for live spreadsheet formulas) hold exactly:
// every one, evaluated over the cells it names, gives the figure in its cell, in every
// shipped scenario; and the identities a reader expects are stated, not left as values.
#include <doctest/doctest.h>

#include <string>

#include "load/load.hpp"
#include "money/rounding.hpp"
#include "project/plan.hpp"
#include "report/report.hpp"

using namespace mtfp;

namespace {

PlanReport shipped(const std::string& name, TableChoice choice = TableChoice::all) {
    const Scenario scenario = load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name);
    return build_plan_report(scenario, project(scenario), choice);
}

const Row& row_of(const Table& table, const std::string& key) {
    const Row* row = table.find_row(key);
    if (!row) FAIL("no row " << key << " in " << table.title);
    return *row;
}

// The cell a term names, seen from column `column` of `table`: in that table, or in
// the report's table of the term's key holding the row, at the column of the same key.
const Cell& cell_of(const PlanReport& report, const Table& table, std::size_t column,
                    const FormulaTerm& term) {
    const Table* target = &table;
    if (!term.table.empty()) {
        target = nullptr;
        for (const std::vector<Table>* group : {&report.tables, &report.assumptions, &report.workings}) {
            for (const Table& candidate : *group) {
                if (!target && candidate.key == term.table && candidate.find_row(term.row))
                    target = &candidate;
            }
        }
        REQUIRE(target);
    }
    std::size_t at = column;
    if (target != &table && term.column_key.empty()) {
        at = target->columns.size();
        for (std::size_t c = 0; c < target->columns.size(); ++c) {
            if (target->columns[c].key == table.columns[column].key) at = c;
        }
        REQUIRE(at < target->columns.size());
    }
    REQUIRE((term.column == ColumnRef::same || at > 0));
    if (term.column == ColumnRef::previous) --at;
    if (!term.column_key.empty()) {
        at = target->columns.size();
        for (std::size_t c = 0; c < target->columns.size(); ++c) {
            if (target->columns[c].key == term.column_key) at = c;
        }
    }
    const Row& row = row_of(*target, term.row);
    REQUIRE(at < row.cells.size());
    return row.cells[at];
}

Money evaluate(const PlanReport& report, const Table& table, const Formula& formula, std::size_t column) {
    Money sum;
    for (const FormulaTerm& term : formula.terms) {
        const Cell& cell = cell_of(report, table, column, term);
        REQUIRE(cell.money);
        sum = term.sign == Sign::plus ? sum + *cell.money : sum - *cell.money;
    }
    std::vector<Rate> rates;
    for (const FormulaTerm& term : formula.rates) {
        const Cell& cell = cell_of(report, table, column, term);
        REQUIRE(cell.rate);
        rates.push_back(*cell.rate);
    }
    REQUIRE(rates.size() <= 2);
    if (rates.size() == 1) sum = grow(sum, rates[0]);
    if (rates.size() == 2) sum = grow(sum, rates[0], rates[1]);
    for (const FormulaTerm& term : formula.added) {  // after the rounding (the workings' inflation)
        const Cell& cell = cell_of(report, table, column, term);
        REQUIRE(cell.money);
        sum = term.sign == Sign::plus ? sum + *cell.money : sum - *cell.money;
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
         {"mps-2007-10.yaml", "pay-award-3.5.yaml", "precept-balance.yaml", "replenish-reserves.yaml",
          "shire-2025-29.yaml", "mps-capital-2007-10.yaml", "shire-capital-2025-29.yaml"}) {
        CAPTURE(name);
        const PlanReport report = shipped(name);
        std::size_t formulas = 0;
        std::vector<const Table*> all;
        for (const Table& table : report.tables) all.push_back(&table);
        for (const Table& table : report.workings) all.push_back(&table);
        for (const Table* each : all) {
            const Table& table = *each;
            for (const Row& row : table.rows) {
                for (std::size_t c = 0; c < row.cells.size(); ++c) {
                    if (!row.cells[c].formula) continue;
                    CAPTURE(table.title);
                    CAPTURE(row.key);
                    CAPTURE(c);
                    REQUIRE(row.cells[c].money);
                    CHECK(evaluate(report, table, *row.cells[c].formula, c) == *row.cells[c].money);
                    ++formulas;
                }
            }
        }
        CHECK(formulas > 120);
    }
}

TEST_CASE("Table 3 by line and the schedule: every stated formula gives its cell's figure") {
    for (TableChoice choice : {TableChoice::table3_lines, TableChoice::movements}) {
        const PlanReport report = shipped("mps-2007-10.yaml", choice);
        std::size_t formulas = 0;
        for (const Table& table : report.tables) {
            for (const Row& row : table.rows) {
                for (std::size_t c = 0; c < row.cells.size(); ++c) {
                    if (!row.cells[c].formula) continue;
                    CAPTURE(row.key);
                    CAPTURE(c);
                    CHECK(evaluate(report, table, *row.cells[c].formula, c) == *row.cells[c].money);
                    ++formulas;
                }
            }
        }
        CHECK(formulas > 20);
    }
}

TEST_CASE("totals, roll-forwards and the gap are formulas, inputs and first columns are values") {
    const PlanReport report = shipped("mps-2007-10.yaml");
    const Table& summary = report.tables[0];
    CHECK(formula_count(summary, "budget_gap") == summary.columns.size());
    CHECK(formula_count(summary, "total_mps") == summary.columns.size());
    CHECK(formula_count(summary, "precept") == summary.columns.size() - 3);  // plan years: the Grants sheet
    const Table& grants = report.tables.back();
    CHECK(row_of(grants, "general").cells[2].formula->rates.size() == 1);  // grown by the settlement's +2.5%
    const Table& table3 = report.tables[2];
    CHECK(formula_count(table3, "2008/09:draft_budget") == 1);
    CHECK(row_of(table3, "2008/09:draft_budget").cells[0].formula->terms.front().row ==
          "2007/08:draft_budget");
    const Table& reserves = report.tables[4];
    CHECK(formula_count(reserves, "opening") == reserves.columns.size() - 1);
    CHECK(!row_of(reserves, "opening").cells[0].formula);
    CHECK(formula_count(reserves, "closing") == reserves.columns.size());
}

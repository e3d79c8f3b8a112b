// base_budget.cost_centre_lines: each cost centre of a listed line becomes a line of its
// own, where its line stood, in code order; the plan's totals are the unsplit plan's.
#include <doctest/doctest.h>

#include "dense_line.hpp"
#include "load/load.hpp"
#include "project/plan.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

const std::string ledger_csv = R"(CostCentre,Account,Budget,Revised
TP0002,1000,100.40,100.40
TP0001,1000,200.00,210.00
TP0002,4000,50.10,50.10
SCD01,1000,300.00,300.00
TP0001,4000,-20.00,-20.00
SCD02,4000,40.00,40.00
)";

// Two lines from the ledger (TP split by cost centre unless `split` is empty), a line
// typed in the file, and a movement with a priority after the ledger's revised budget.
std::string scenario_text(const std::string& split) {
    return std::string(R"(format: mtfp/1.1
units: "£"
base_year: 2006/07
plan_years: 2
indices:
  pay: 3%
  prices: 2%
subjectives:
  - {id: pay, name: Pay, index: pay}
  - {id: supplies, name: Supplies, index: prices}
priorities:
  - {id: safer, name: Safer streets}
lines:
  - {id: TP, name: Territorial Policing, section: business_group, priorities: {safer: 50%}}
  - {id: SCD, name: Specialist Crime, section: business_group}
  - {id: MPA, name: Authority, section: authority, subjective: supplies, budget_book: 100}
movements:
  - {id: m1, line: SCD, subjective: pay, kind: committed_increase, amounts: {2007/08: 10}, priority: safer}
base_budget:
  ledger: cost-centres.csv
  columns: {cost_centre: CostCentre, account: Account, budget: Budget, revised: Revised}
  lines: {TP: ["TP*"], SCD: ["SCD*"]}
)") + split +
           R"(  subjectives: {pay: ["1000-1999"], supplies: ["4*"]}
grants:
  general: {base: 500}
precept:
  base: 300
  band_d_increase: 3%
)";
}

Scenario load_with(const std::string& split) {
    scratch_scenario("cost-centres.csv", ledger_csv);
    return load_scenario(scratch_scenario("cost-centres.yaml", scenario_text(split)));
}

}  // namespace

TEST_CASE("cost centre lines: each of a split line's cost centres is a line where the line stood") {
    const Scenario s = load_with("  cost_centre_lines: [TP]\n");
    REQUIRE(s.lines.size() == 4);
    CHECK(s.lines[0].id == "TP0001");  // code order, not the ledger's
    CHECK(s.lines[1].id == "TP0002");
    CHECK(s.lines[2].id == "SCD");
    CHECK(s.lines[3].id == "MPA");
    CHECK(s.lines[0].name == "Territorial Policing: TP0001");
    CHECK(s.lines[0].section == Section::business_group);
    CHECK(s.lines[0].cost_centre_of == "TP");
    CHECK(s.lines[2].cost_centre_of.empty());
    // 200.00 and -20.00; 100.40 -> 100 and 50.10 -> 50, each cell rounded once
    CHECK(s.lines[0].budget_book.dense(2) == std::vector<Money>{Money::pounds(200), Money::pounds(-20)});
    CHECK(s.lines[1].budget_book.dense(2) == std::vector<Money>{Money::pounds(100), Money::pounds(50)});
    // The line's priority shares go to each of its cost centres' lines.
    REQUIRE(s.lines[1].priorities.size() == 1);
    CHECK(s.lines[1].priorities[0].share == Rate::parse_percent("50%").value());
    // The ledger's trace follows its line; the revised budget's movement is renumbered.
    REQUIRE(s.ledger);
    CHECK(s.ledger->by_line[0].rows == 2);
    CHECK(s.ledger->by_line[2].rows == 2);
    bool revised_on_tp0001 = false;
    for (const Movement& m : s.movements)
        if (m.label == "Ledger revised budget")
            revised_on_tp0001 = m.line == 0 && m.amount_by_year[0] == Money::pounds(10);
    CHECK(revised_on_tp0001);
}

TEST_CASE("cost centre lines: the unsplit plan's figures, but inflation rounded per cost centre") {
    const Scenario split = load_with("  cost_centre_lines: [TP]\n");
    const Scenario whole = load_with("");
    REQUIRE(whole.lines.size() == 3);
    const Plan a = project(split), b = project(whole);
    // Base year and 2007/08 agree: pay 210 x 3% = 6.3 -> 6 and 100 x 3% = 3 make the
    // unsplit 310 x 3% = 9.3 -> 9; supplies -20 x 2% = -0.4 -> 0 and 50 x 2% = 1 make 30 x 2%
    // = 0.6 -> 1.
    for (YearIndex y = 0; y < 2; ++y) {
        CAPTURE(y);
        CHECK(a.years[y].net_expenditure == b.years[y].net_expenditure);
        CHECK(a.years[y].line_budget[0] + a.years[y].line_budget[1] == b.years[y].line_budget[0]);
    }
    // 2008/09: 216 x 3% = 6.48 -> 6 and 103 x 3% = 3.09 -> 3, where the unsplit line has
    // 319 x 3% = 9.57 -> 10: each cost centre's inflation is rounded on its own.
    CHECK(a.lines.budget(0, 0, 2) == Money::pounds(222));
    CHECK(a.lines.budget(1, 0, 2) == Money::pounds(106));
    CHECK(b.lines.budget(0, 0, 2) == Money::pounds(329));
}

TEST_CASE("cost centre lines: item i of the file's movements is movement i, ledger movements after") {
    // Without the fix the ledger's revised-budget movement came first and took m1's priority.
    const Scenario s = load_with("");
    REQUIRE(s.movements.size() == 2);
    CHECK(s.movements[0].id == "m1");
    CHECK(s.movements[0].priority == std::optional<std::size_t>{0});
    CHECK(s.movements[1].label == "Ledger revised budget");
    CHECK_FALSE(s.movements[1].priority);
}

TEST_CASE("cost centre lines: a plan's cells follow the lines' subjectives, not lines x subjectives") {
    const Scenario s = load_with("  cost_centre_lines: [TP]\n");
    const Plan p = project(s);
    // TP0001 pay, supplies; TP0002 pay, supplies; SCD pay (book and m1), supplies; MPA supplies
    CHECK(p.lines.cell_count() == 7);
    CHECK(p.lines.end(3) - p.lines.begin(3) == 1);
    CHECK(p.lines.budget(3, 0, 1) == Money{});                            // MPA has no pay cell: zero
    CHECK(DenseLine(p, 2, 2)[1].by_subjective[0] == Money::pounds(319));  // 300 x 1.03 = 309, + 10
}

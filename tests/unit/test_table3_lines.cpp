// Table 3 by line and the itemised schedule: hand-worked figures, and the identities the
// issue asks for over generated scenarios (Total MPS column = Table 3 = the sum of the
// line columns; the schedule's totals by kind = Table 3's rows over every line).
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "project/plan.hpp"
#include "random_plan.hpp"
#include "report/report.hpp"
#include "scenario_builder.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

Table only_table(const PlanReport& report) {
    REQUIRE(report.tables.size() == 1);
    return report.tables[0];
}

const Row& row_of(const Table& table, const std::string& key) {
    for (const Row& row : table.rows) {
        if (row.key == key) return row;
    }
    FAIL("no row " << key);
    return table.rows.front();
}

Money at(const Table& table, const std::string& key, std::size_t column) {
    const Row& row = row_of(table, key);
    REQUIRE(column < row.cells.size());
    REQUIRE(row.cells[column].money);
    return *row.cells[column].money;
}

Scenario one_off_scenario() {
    return ScenarioBuilder(2)
        .index("none", pct("0%"))
        .index("prices", pct("10%"))
        .subjective("pay", "none")
        .subjective("supplies", "prices")
        .line("A", Section::business_group, {1000, 105})
        .line("B", Section::corporate, {500, 0})
        .line("F", Section::financing, {0, 300})
        .movement("A", "pay", MovementKind::committed_increase, {{1, 200}}, true)
        .movement("B", "pay", MovementKind::efficiency, {{1, -50}, {2, -20}})
        .movement("A", "pay", MovementKind::in_year, {{0, 40}})
        .build();
}

}  // namespace

TEST_CASE("table3_lines: each line's column, Total MPS last and equal to the sum") {
    const Scenario s = one_off_scenario();
    const Table table = only_table(build_plan_report(s, project(s), TableChoice::table3_lines));
    REQUIRE(table.columns.size() == 3);  // A, B, Total MPS; the financing line is not MPS
    CHECK(table.columns[0].key == "line:A");
    CHECK(table.columns[2].key == "total_mps");
    // A: book 1,105, in-year +40, base 1,145; 2007/08: inflation round(105 x 10%) = 11 (10.5
    // rounds away from zero), +200 one-off, draft 1,356; 2008/09: inflation round(105 x 10%) again
    // on the recurring supplies (105 + 11 = 116 -> 11.6 -> 12), the one-off reversed.
    CHECK(at(table, "budget_book", 0) == gbp(1105));
    CHECK(at(table, "in_year", 0) == gbp(40));
    CHECK(at(table, "base_budget", 0) == gbp(1145));
    CHECK(at(table, "2007/08:inflation", 0) == gbp(11));
    CHECK(at(table, "2007/08:committed_increases", 0) == gbp(200));
    CHECK(at(table, "2007/08:draft_budget", 0) == gbp(1356));
    CHECK(at(table, "2008/09:inflation", 0) == gbp(12));
    CHECK(at(table, "2008/09:committed_increases", 0) == gbp(-200));
    CHECK(at(table, "2008/09:draft_budget", 0) == gbp(1168));
    // B: 500, savings -50 then -20.
    CHECK(at(table, "2007/08:efficiency", 1) == gbp(-50));
    CHECK(at(table, "2008/09:draft_budget", 1) == gbp(430));
    CHECK(at(table, "2008/09:draft_budget", 2) == gbp(1598));
    // The total column is stated as the sum of the line columns.
    const Cell& total = row_of(table, "2008/09:draft_budget").cells[2];
    REQUIRE(total.formula);
    REQUIRE(total.formula->terms.size() == 2);
    CHECK(total.formula->terms[0].column_key == "line:A");
    CHECK(total.json_path == std::vector<std::string>{"total_mps", "years", "2008/09", "draft_budget"});
    CHECK(row_of(table, "budget_book").cells[0].json_path ==
          std::vector<std::string>{"lines", "A", "budget_book"});
}

TEST_CASE("movements: every item, the one-off's reversal the year after, totals by kind") {
    const Scenario s = one_off_scenario();
    const Table table = only_table(build_plan_report(s, project(s), TableChoice::movements));
    REQUIRE(table.columns.size() == 3);  // 2006/07, 2007/08, 2008/09
    CHECK(at(table, "committed_increases:#1", 1) == gbp(200));
    CHECK(at(table, "committed_increases:#1", 2) == gbp(0));
    CHECK(at(table, "committed_increases:reversal:#1", 1) == gbp(0));
    CHECK(at(table, "committed_increases:reversal:#1", 2) == gbp(-200));
    CHECK(row_of(table, "committed_increases:#1").label == "A: item (one-off)");
    CHECK(at(table, "total:committed_increases", 2) == gbp(-200));
    CHECK(at(table, "total:efficiency", 2) == gbp(-20));
    CHECK(at(table, "total:in_year", 0) == gbp(40));
    // Inflation per line, the financing line too: round(300 x 10%) = 30, then 33.
    CHECK(at(table, "inflation:F", 1) == gbp(30));
    CHECK(at(table, "inflation:F", 2) == gbp(33));
    CHECK(at(table, "total:inflation", 1) == gbp(41));
    REQUIRE(row_of(table, "total:committed_increases").cells[2].formula);
    CHECK(row_of(table, "total:committed_increases").cells[2].formula->terms.size() == 2);
}

TEST_CASE("movements: a one-off in the final year has no reversal") {
    const Scenario s = ScenarioBuilder(1)
                           .index("none", pct("0%"))
                           .subjective("pay", "none")
                           .line("A", Section::business_group, {100})
                           .movement("A", "pay", MovementKind::new_initiative, {{1, 7}}, true)
                           .build();
    const Table table = only_table(build_plan_report(s, project(s), TableChoice::movements));
    for (const Row& row : table.rows) CHECK(row.key.find("reversal:") == std::string::npos);
    CHECK(at(table, "total:new_initiatives", 1) == gbp(7));
}

TEST_CASE("property: Table 3 by line and the schedule agree with Table 3 and the plan") {
    std::mt19937_64 random(20070401);
    for (int n = 0; n < 300; ++n) {
        CAPTURE(n);
        const Scenario s = random_scenario(random);
        const Plan plan = project(s);
        const Table table3 = build_plan_report(s, plan, TableChoice::table3).tables[0];
        const Table lines = build_plan_report(s, plan, TableChoice::table3_lines).tables[0];
        const Table schedule = build_plan_report(s, plan, TableChoice::movements).tables[0];
        REQUIRE(lines.rows.size() == table3.rows.size());
        const std::size_t total = lines.columns.size() - 1;
        for (std::size_t r = 0; r < lines.rows.size(); ++r) {
            const Row& row = lines.rows[r];
            CHECK(row.key == table3.rows[r].key);
            if (row.cells.empty()) continue;
            Money sum;
            for (std::size_t c = 0; c < total; ++c) sum += *row.cells[c].money;
            CHECK(sum == *row.cells[total].money);
            CHECK(*row.cells[total].money == *table3.rows[r].cells[0].money);
        }
        const char* kinds[] = {"inflation",  "committed_increases", "committed_decreases",
                               "efficiency", "new_initiatives",     "pensions"};
        for (YearIndex y = 1; y < s.year_count(); ++y) {
            for (std::size_t m = 0; m < plan_movement_count; ++m)
                CHECK(at(schedule, std::string("total:") + kinds[m], y) == plan.all_movements[y][m]);
        }
        Money in_year;
        for (std::size_t l = 0; l < s.lines.size(); ++l)
            in_year += plan.revised.line_budget[l] - plan.budget_book.line_budget[l];
        CHECK(at(schedule, "total:in_year", 0) == in_year);
    }
}

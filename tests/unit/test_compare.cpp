// build_compare_report: a scenario compared with itself shows no difference (property,
// over the shipped scenarios under several --set overrides); rows missing from a
// scenario are absent, never zero; every difference is B - A exactly; percentages are
// rounded once, half away from zero.
#include <doctest/doctest.h>

#include "load/load.hpp"
#include "money/rounding.hpp"
#include "project/plan.hpp"
#include "random_plan.hpp"
#include "report/compare.hpp"
#include "scenario_builder.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

const std::vector<std::string> shipped{"mps-2007-10.yaml", "pay-award-3.5.yaml", "precept-balance.yaml",
                                       "replenish-reserves.yaml"};

std::string shipped_path(const std::string& name) {
    return std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name;
}

PlanReport report_of(const Scenario& scenario) {
    return build_plan_report(scenario, project(scenario), TableChoice::all);
}

Scenario with_lines(bool with_mpa) {
    ScenarioBuilder builder(2);
    builder.index("prices", pct("2.5%"))
        .subjective("supplies", "prices")
        .line("TP", Section::business_group, {100'000'000});
    if (with_mpa) builder.line("MPA", Section::authority, {10'000'000});
    return builder.general_grant(80'000'000).precept(20'000'000).band_d_increase(pct("4.5%")).build();
}

const Row* find_row(const Table& table, const std::string& key) {
    for (const Row& row : table.rows) {
        if (row.key == key) return &row;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("compare: a scenario compared with itself shows no difference") {
    const std::vector<std::vector<Override>> variants{
        {},
        {{"indices.pay.2008/09", "7.25%"}},
        {{"precept.band_d_increase", "0%"}, {"grants.general.growth", "-3%"}},
    };
    for (const std::string& name : shipped) {
        for (const std::vector<Override>& overrides : variants) {
            CAPTURE(name);
            const Scenario scenario = load_scenario(shipped_path(name), overrides);
            const PlanReport plan = report_of(scenario);
            const CompareReport all = build_compare_report({plan, plan, plan}, ChangedRows::all);
            CHECK_FALSE(all.any_difference);
            // Every row of every source column appears once (none merged away, none added).
            std::size_t source_rows = 0, compared_rows = 0;
            for (const Table& table : plan.tables) source_rows += table.rows.size() * table.columns.size();
            for (const Table& table : all.tables) compared_rows += table.rows.size();
            CHECK(compared_rows == source_rows);
            for (const Table& table : all.tables) {
                for (const Row& row : table.rows) {
                    for (std::size_t c = 1; c < row.cells.size(); c += 3) {
                        CHECK(row.cells[c].money == row.cells[0].money);  // B equals A
                        CHECK(row.cells[c].rate == row.cells[0].rate);
                        const Cell& difference = row.cells[c + 1];
                        CHECK((!difference.money || difference.money->is_zero()));
                        CHECK((!difference.rate || *difference.rate == Rate{}));
                        const Cell& percent = row.cells[c + 2];
                        CHECK((!percent.rate || *percent.rate == Rate{}));
                    }
                }
            }
            CHECK(build_compare_report({plan, plan}, ChangedRows::only_changed).tables.empty());
        }
    }
}

TEST_CASE("compare: a generated scenario compared with itself shows no difference, changed, it does") {
    std::mt19937_64 random(20060401);  // fixed: a failure can be replayed
    for (int i = 0; i < 100; ++i) {
        Scenario scenario = random_scenario(random);
        const PlanReport plan = report_of(scenario);
        CHECK_FALSE(build_compare_report({plan, plan}, ChangedRows::all).any_difference);
        CHECK(build_compare_report({plan, plan}, ChangedRows::only_changed).tables.empty());
        scenario.precept.base += gbp(1);  // one pound more precept in the base year
        const CompareReport changed =
            build_compare_report({plan, report_of(scenario)}, ChangedRows::only_changed);
        CHECK(changed.any_difference);
        CHECK_FALSE(changed.tables.empty());
    }
}

TEST_CASE("compare: every difference is B - A to the pound, and a changed row is kept") {
    const PlanReport a = report_of(load_scenario(shipped_path("mps-2007-10.yaml")));
    const PlanReport b = report_of(load_scenario(shipped_path("pay-award-3.5.yaml")));
    const CompareReport report = build_compare_report({a, b}, ChangedRows::all);
    CHECK(report.any_difference);
    std::size_t differences = 0;
    for (const Table& table : report.tables) {
        for (const Row& row : table.rows) {
            if (row.cells.size() != 4 || !row.cells[0].money) continue;
            REQUIRE(row.cells[1].money);
            CHECK(*row.cells[2].money == *row.cells[1].money - *row.cells[0].money);
            differences += row.cells[2].money->is_zero() ? 0 : 1;
        }
    }
    CHECK(differences > 0);
    const CompareReport changed = build_compare_report({a, b}, ChangedRows::only_changed);
    REQUIRE_FALSE(changed.tables.empty());
    for (const Table& table : changed.tables) {
        for (const Row& row : table.rows) {
            if (row.style == RowStyle::heading || row.style == RowStyle::spacer) continue;
            const bool some_change = (row.cells[2].money && !row.cells[2].money->is_zero()) ||
                                     (row.cells[2].rate && *row.cells[2].rate != Rate{});
            CHECK(some_change);
        }
    }
}

TEST_CASE("compare: a line missing from one scenario is absent, with its difference and percentage") {
    const PlanReport with = report_of(with_lines(true));
    const PlanReport without = report_of(with_lines(false));
    const CompareReport report = build_compare_report({with, without}, ChangedRows::all);
    REQUIRE_FALSE(report.tables.empty());
    const Table& summary = report.tables.front();
    CHECK(summary.key == "summary");
    const Row* mpa = find_row(summary, "line:MPA");
    REQUIRE(mpa != nullptr);
    CHECK(*mpa->cells[0].money == gbp(10'000'000));
    for (std::size_t c = 1; c < 4; ++c) {
        CHECK_FALSE(mpa->cells[c].money);
        CHECK(mpa->cells[c].blank == Blank::absent);
    }
    // The other way round the row still appears, in the same place, absent in A.
    const CompareReport reversed = build_compare_report({without, with}, ChangedRows::all);
    const Table& first = reversed.tables.front();
    const Row* again = find_row(first, "line:MPA");
    REQUIRE(again != nullptr);
    CHECK(again->cells[0].blank == Blank::absent);
    CHECK(*again->cells[1].money == gbp(10'000'000));
    CHECK(again->cells[2].blank == Blank::absent);
    CHECK(first.rows.size() == summary.rows.size());
}

TEST_CASE("compare: the percentage change is rounded once, half away from zero, none against zero") {
    CHECK(*percent_change(gbp(10'005), gbp(10'000), 1) == pct("0.1%"));  // 0.05% -> 0.1%
    CHECK(*percent_change(gbp(9'995), gbp(10'000), 1) == pct("-0.1%"));  // -0.05% -> -0.1%
    CHECK(*percent_change(gbp(10'004), gbp(10'000), 1) == pct("0%"));    // 0.04%
    CHECK(*percent_change(gbp(-110), gbp(-100), 1) == pct("10%"));       // a larger negative figure
    CHECK(*percent_change(gbp(2), gbp(3), 1) == pct("-33.3%"));
    CHECK_FALSE(percent_change(gbp(5), gbp(0), 1));
}

namespace {

// A plan report of one table, "gap", with the gap of two years: hand-made figures.
PlanReport gap_report(std::int64_t first, std::int64_t second) {
    Table table;
    table.key = "gap";
    table.title = "Budget gap";
    table.columns = {Column{"2007/08", "Plan 2007/08", {"Plan", "2007/08"}},
                     Column{"2008/09", "Plan 2008/09", {"Plan", "2008/09"}}};
    Cell a, b;
    a.money = gbp(first);
    b.money = gbp(second);
    table.rows = {Row{"gap", "Budget gap", RowStyle::total, {a, b}}};
    PlanReport report;
    report.tables.push_back(table);
    return report;
}

const Cell& percent_cell(const CompareReport& report, std::size_t table) {
    return report.tables.at(table).rows.at(0).cells.at(3);
}

}  // namespace

TEST_CASE("compare: a percentage from zero or across zero is not applicable, to zero it is -100%") {
    // A surplus of £1,000 turned into a shortfall of £2,032 is not "-303.2%".
    const CompareReport across =
        build_compare_report({gap_report(-1'000, 0), gap_report(2'032, 500)}, ChangedRows::all);
    REQUIRE(across.tables.size() == 2);
    CHECK(*across.tables[0].rows[0].cells[2].money == gbp(3'032));  // the difference still shows
    CHECK_FALSE(percent_cell(across, 0).rate);
    CHECK(percent_cell(across, 0).blank == Blank::not_applicable);
    CHECK(percent_cell(across, 1).blank == Blank::not_applicable);  // from zero
    // Shortfall to surplus is across zero too; shortfall to nothing is -100%.
    const CompareReport back =
        build_compare_report({gap_report(2'000, 2'000), gap_report(-10, 0)}, ChangedRows::all);
    CHECK(percent_cell(back, 0).blank == Blank::not_applicable);
    CHECK(*percent_cell(back, 1).rate == pct("-100%"));
    // Both negative: a ratio still means something (a larger surplus).
    const CompareReport same_side =
        build_compare_report({gap_report(-1'000, 1'000), gap_report(-1'500, 1'250)}, ChangedRows::all);
    CHECK(*percent_cell(same_side, 0).rate == pct("50%"));
    CHECK(*percent_cell(same_side, 1).rate == pct("25%"));
}

TEST_CASE("compare --layout wide: one table per source table, A, B and B-A for each year") {
    const CompareReport wide =
        build_compare_report({gap_report(-1'000, 300), gap_report(2'032, 300), gap_report(-1'000, 450)},
                             ChangedRows::all, CompareLayout::wide);
    REQUIRE(wide.tables.size() == 1);
    const Table& table = wide.tables.front();
    CHECK(table.title == "Budget gap");
    std::vector<std::string> keys;
    for (const Column& column : table.columns) keys.push_back(column.key);
    CHECK(keys == std::vector<std::string>{"2007/08:A", "2007/08:B", "2007/08:B-A", "2007/08:C",
                                           "2007/08:C-A", "2008/09:A", "2008/09:B", "2008/09:B-A",
                                           "2008/09:C", "2008/09:C-A"});
    CHECK(table.columns[2].text_header == std::vector<std::string>{"Plan", "2007/08", "B-A"});
    const Row& gap = table.rows.at(0);
    REQUIRE(gap.cells.size() == 10);
    const std::vector<std::int64_t> expected{-1'000, 2'032, 3'032, -1'000, 0, 300, 300, 0, 450, 150};
    for (std::size_t c = 0; c < expected.size(); ++c) CHECK(*gap.cells[c].money == gbp(expected[c]));
    // Nothing changed: only-changed leaves no table, as by year.
    CHECK(build_compare_report({gap_report(1, 2), gap_report(1, 2)}, ChangedRows::only_changed,
                               CompareLayout::wide)
              .tables.empty());
}

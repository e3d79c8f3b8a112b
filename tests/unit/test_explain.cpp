// explain: every node's figure is what its operation makes of its children (the
// leaves add up to the figure explained), and the root is the figure `run` reports,
// for every ROW and YEAR of the shipped scenarios and of generated ones; inputs name
// where they were written (the extended file for an inherited value, the command line
// for --set); an unknown ROW or YEAR is invalid input.
#include <doctest/doctest.h>

#include <algorithm>

#include "explain/explanation.hpp"
#include "load/load.hpp"
#include "model/diagnostic.hpp"
#include "project/plan.hpp"
#include "random_plan.hpp"
#include "report/report.hpp"
#include "scenario_builder.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

std::string shipped_path(const std::string& name) {
    return std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name;
}

// Every node with children is what its operation makes of them; every input has a value.
void check_node(const ExplainNode& node) {
    CAPTURE(node.label);
    if (std::optional<Money> made = recompute(node)) {
        REQUIRE(node.amount);
        CHECK(*made == *node.amount);
    } else {
        CHECK(node.children.empty());
        CHECK((node.amount || node.rate));
    }
    if (node.operation == Operation::figure) CHECK_FALSE(node.see.empty());
    for (const ExplainNode& child : node.children) check_node(child);
}

// Every input of a scenario read from files says where it was written: a file and a
// line, or the --set that gave it; only a rate the file never gives is a default (0%).
void check_sources(const ExplainNode& node) {
    CAPTURE(node.label);
    if (node.operation == Operation::input) {
        if (node.source.file.empty()) {
            CHECK(node.rate == std::optional<Rate>(Rate{}));
        } else if (node.source.via.empty()) {
            CHECK(node.source.line > 0);
            CHECK(node.source.column > 0);
        }
    }
    for (const ExplainNode& child : node.children) check_sources(child);
}

std::optional<Money> cell_of(const PlanReport& report, const std::string& table_key,
                             const std::string& row_key, const std::string& column_key) {
    for (const Table& table : report.tables) {
        if (table.key != table_key) continue;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (table.columns[c].key != column_key) continue;
            for (const Row& row : table.rows)
                if (row.key == row_key && c < row.cells.size()) return row.cells[c].money;
        }
    }
    return std::nullopt;
}

// The figure as `run` reports it, from the plan report's tables (or, for a movement
// row on one line, which no table shows, from the plan).
Money reported(const Scenario& s, const Plan& plan, const PlanReport& report, const std::string& row,
               YearIndex y) {
    const std::string year = s.year(y).to_string();
    const std::string column = y == 0 ? "revised" : year;
    const std::string head = row.substr(0, row.find(':'));
    const std::string id = row.find(':') == std::string::npos ? "" : row.substr(row.find(':') + 1);
    const std::vector<std::string> movements{"inflation",  "committed_increases", "committed_decreases",
                                             "efficiency", "new_initiatives",     "pensions"};
    for (std::size_t r = 0; r < movements.size(); ++r) {
        if (head != movements[r]) continue;
        if (id.empty()) return *cell_of(report, "table3", year + ":" + head, "amount");
        for (std::size_t l = 0; l < s.lines.size(); ++l)
            if (s.lines[l].id == id) return plan.lines.movements(l, y)[r];
    }
    if (head == "grant")
        return *cell_of(report, "grants", id == "general" ? "general" : "specific:" + id, year);
    if (head == "reserve") return *cell_of(report, "table4", "closing:" + id, year);
    if (head == "gap_before_savings" || head == "new_gap" || head == "gap_before_reserves" ||
        head == "savings_at_risk" || head == "risk_adjusted_gap")
        return *cell_of(report, "gap", head, year);
    if (head == "first_below") {  // Table 4's closing balance less the floor it is tested against
        const Money closing = *cell_of(report, "table4", "closing:" + id, year);
        const std::optional<Money> floor = cell_of(report, "table4", "general_floor", year);
        return id == s.reserves[0].id && floor ? closing - *floor : closing;
    }
    if (row == "total_financing")
        return plan.years[y].total_financing;  // a subtotal the Summary does not print
    return *cell_of(report, "summary", row, column);
}

enum class FromFiles { yes, no };

std::size_t check_every_row(const Scenario& scenario, FromFiles from_files = FromFiles::no) {
    const Plan plan = project(scenario);
    const PlanReport report = build_plan_report(scenario, plan, TableChoice::all);
    std::size_t checked = 0;
    for (const std::string& row : explainable_rows(scenario)) {
        for (YearIndex y = 0; y < scenario.year_count(); ++y) {
            if (!row_allows_year(row, y)) continue;
            CAPTURE(row);
            CAPTURE(y);
            const Explanation explanation = explain(scenario, plan, row, scenario.year(y).to_string());
            check_node(explanation.root);
            if (from_files == FromFiles::yes) check_sources(explanation.root);
            REQUIRE(explanation.root.amount);
            CHECK(*explanation.root.amount == reported(scenario, plan, report, row, y));
            ++checked;
        }
    }
    return checked;
}

}  // namespace

TEST_CASE("explain: the leaves add up to the figure, for every row and year of the shipped scenarios") {
    for (const std::string name :
         {"mps-2007-10.yaml", "pay-award-3.5.yaml", "precept-balance.yaml", "replenish-reserves.yaml"}) {
        CAPTURE(name);
        CHECK(check_every_row(load_scenario(shipped_path(name)), FromFiles::yes) > 100);
        const std::vector<Override> set{{"indices.pay.2008/09", "4%"},
                                        {"grants.specific.ct.amounts.2009/10", "280000"}};
        CHECK(check_every_row(load_scenario(shipped_path(name), set), FromFiles::yes) > 100);
    }
}

TEST_CASE("explain: the levers' rows add up and trace to the file, for every row and year of the shire") {
    // The reserves policy (use of reserves, forecast outturn, first year-end below the
    // floor), the savings at risk and the risk-adjusted gap; and with a saving turned red
    // and the general fund's policy down to its floor instead of zero.
    const Scenario shire = load_scenario(shipped_path("shire-2025-29.yaml"));
    CHECK(check_every_row(shire, FromFiles::yes) > 100);
    const std::vector<Override> set{{"movements.ss_review.status", "red"},
                                    {"indices.pay.2027/28", "4%"},
                                    {"reserves.policy.fund_gap_from", "general"}};
    CHECK(check_every_row(load_scenario(shipped_path("shire-2025-29.yaml"), set), FromFiles::yes) > 100);
    const std::vector<std::string> rows = explainable_rows(shire);
    for (const char* row : {"gap_before_reserves", "savings_at_risk", "risk_adjusted_gap",
                            "first_below:general", "first_below:ops"})
        CHECK(std::find(rows.begin(), rows.end(), row) != rows.end());
    // Without the levers the rows are not offered, as the tables do not show them.
    const std::vector<std::string> mps = explainable_rows(load_scenario(shipped_path("mps-2007-10.yaml")));
    CHECK(std::find(mps.begin(), mps.end(), "risk_adjusted_gap") == mps.end());
    CHECK(std::find(mps.begin(), mps.end(), "first_below:general") == mps.end());
}

TEST_CASE("explain: the risk-adjusted gap and the first year-end below the floor, by hand") {
    const Scenario shire = load_scenario(shipped_path("shire-2025-29.yaml"));
    const Plan plan = project(shire);
    // 2028/29: gap £968,282 + savings at risk 90% x £1,000,000 (red) = £1,868,282.
    const ExplainNode risk = explain(shire, plan, "risk_adjusted_gap", "2028/29").root;
    CHECK(*risk.amount == Money::pounds(1'868'282));
    CHECK(risk.children.at(0).see == "budget_gap 2028/29");
    CHECK(risk.children.at(1).see == "savings_at_risk 2028/29");
    const ExplainNode at_risk = explain(shire, plan, "savings_at_risk", "2028/29").root;
    REQUIRE(at_risk.children.size() == 1);
    const ExplainNode& rate = at_risk.children[0].children.at(1);
    CHECK(rate.rate == Rate::parse_percent("90%"));
    CHECK(rate.source.file.ends_with("shire-2025-29.yaml"));  // savings_risk: red, FILE:LINE
    CHECK(rate.source.line == 152);
    // The general fund: £2,744,060 at the end of 2027/28 against a floor of 3% x NRE
    // £125,876,115 = £3,776,283: £1,032,223 below, the first year-end below it.
    const ExplainNode below = explain(shire, plan, "first_below:general", "2027/28").root;
    CHECK(*below.amount == Money::pounds(-1'032'223));
    CHECK(below.label.find("first falls below its floor at the end of 2027/28") != std::string::npos);
    const ExplainNode& share = below.children.at(1).children.at(0).children.at(1);
    CHECK(share.rate == Rate::parse_percent("3%"));
    CHECK(share.source.line == 142);
}

TEST_CASE("explain: the leaves add up to the figure, for every row and year of generated scenarios") {
    std::mt19937_64 random(20070401);  // fixed: a failure can be replayed
    std::size_t checked = 0;
    for (int i = 0; i < 150; ++i) checked += check_every_row(random_scenario(random));
    CHECK(checked > 1000);
}

TEST_CASE("explain: an inherited input names the file it was written in, a --set names the command line") {
    const Scenario pay =
        load_scenario(shipped_path("pay-award-3.5.yaml"), {{"indices.prices.2008/09", "4%"}});
    const Explanation explanation = explain(pay, project(pay), "inflation:TP", "2008/09");
    bool saw_pay = false, saw_set = false;
    for (const ExplainNode& subjective : explanation.root.children) {
        const ExplainNode& rate = subjective.children.at(1);
        if (rate.label.find("index pay") == 0) {
            saw_pay = true;
            CHECK(rate.source.file.find("pay-award-3.5.yaml") != std::string::npos);
            CHECK(rate.source.line > 0);
        } else {
            saw_set = true;
            CHECK(rate.source.file == "command line");
            CHECK(rate.source.via == "--set indices.prices.2008/09=4%");
        }
    }
    CHECK(saw_pay);
    CHECK(saw_set);
    const Explanation gap = explain(pay, project(pay), "grant:general", "2007/08");
    CAPTURE(gap.root.label);
    REQUIRE(gap.root.children.size() == 2);
    CHECK(gap.root.children[1].source.file.find("mps-2007-10.yaml") != std::string::npos);  // inherited
}

TEST_CASE("explain: an unknown row or a year outside the plan is invalid input") {
    const Scenario s = load_scenario(shipped_path("mps-2007-10.yaml"));
    const Plan plan = project(s);
    CHECK_THROWS_AS(explain(s, plan, "budget_gapp", "2007/08"), InputError);
    CHECK_THROWS_AS(explain(s, plan, "line:XX", "2007/08"), InputError);
    CHECK_THROWS_AS(explain(s, plan, "budget_gap", "2010/11"), InputError);
    CHECK_THROWS_AS(explain(s, plan, "budget_gap", "2007"), InputError);
    CHECK_THROWS_AS(explain(s, plan, "inflation", "2006/07"), InputError);
    CHECK_NOTHROW(explain(s, plan, "budget_gap", "2006/07"));
}

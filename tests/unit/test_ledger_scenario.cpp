// The shipped ledger scenario (mps-2007-10-ledger.yaml: its budget book from a committed
// 3,000-row extract) gives the same plan as mps-2007-10.yaml, to the pound, in every
// table; and its reconciliation ties the budget book back to the ledger's exact total.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "explain/explanation.hpp"
#include "load/load.hpp"
#include "project/plan.hpp"
#include "render/render.hpp"
#include "report/report.hpp"

using namespace mtfp;
using nlohmann::json;

namespace {

std::string shipped(const std::string& name) {
    return std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name;
}

json result(const Scenario& scenario) {
    PlanReport report = build_plan_report(scenario, project(scenario), TableChoice::all);
    return json::parse(render_plan(report, RenderOptions{OutputFormat::json, DisplayUnits::pounds}));
}

}  // namespace

TEST_CASE("ledger scenario: the same plan as mps-2007-10.yaml in every table") {
    Scenario typed = load_scenario(shipped("mps-2007-10.yaml"));
    Scenario ledger = load_scenario(shipped("mps-2007-10-ledger.yaml"));
    REQUIRE(ledger.ledger);
    REQUIRE_FALSE(typed.ledger);
    for (std::size_t l = 0; l < typed.lines.size(); ++l) {
        CAPTURE(typed.lines[l].id);
        CHECK(ledger.lines[l].budget_book == typed.lines[l].budget_book);
    }
    json a = result(typed);
    json b = result(ledger);
    CHECK(b["summary"].contains("ledger"));
    b["summary"].erase("ledger");
    int tables = 0;
    for (const auto& [key, section] : a.items()) {
        if (key == "scenario" || key == "format") continue;
        const auto& table = key;  // clang-14 cannot capture a binding in CAPTURE's lambda
        CAPTURE(table);
        CHECK(section == b[key]);
        ++tables;
    }
    CHECK(tables >= 6);
    CHECK(a.size() == b.size());
}

TEST_CASE("ledger scenario: the reconciliation ties the budget book to the ledger") {
    Scenario scenario = load_scenario(shipped("mps-2007-10-ledger.yaml"));
    REQUIRE(scenario.ledger);
    const Ledger& ledger = *scenario.ledger;
    CHECK(ledger.rows == 3000);
    CHECK(ledger.file.ends_with("scenarios/ledger/mps-2006-07.csv"));
    // The budget book of every line (all fed from the ledger) is net expenditure's.
    CHECK(ledger.budget_book == Money::pounds(2'881'978'000));
    CHECK(ledger.budget_book.in_pounds() * 100 - ledger.budget_pence == ledger.rounding_pence());
    // Each cell is within half a pound of its book figure, so the difference is small.
    CHECK(std::abs(ledger.rounding_pence()) < 50 * 60);
    std::int64_t rows = 0;
    for (const LedgerLineTrace& line : ledger.by_line) {
        rows += static_cast<std::int64_t>(line.rows);
        CHECK(line.rows > 0);
        CHECK(line.first_line >= 2);
        CHECK(line.last_line <= 3001);
        CHECK_FALSE(line.largest.empty());
    }
    CHECK(rows == 3000);
    json json_result = result(scenario);
    CHECK(json_result["summary"]["ledger"]["rows"] == 3000);
    CHECK(json_result["summary"]["ledger"]["total_pence"] == ledger.budget_pence);
    CHECK(json_result["summary"]["ledger"]["budget_book"] == 2'881'978'000);
}

TEST_CASE("ledger scenario: explain names the ledger rows behind a budget book") {
    Scenario scenario = load_scenario(shipped("mps-2007-10-ledger.yaml"));
    Plan plan = project(scenario);
    Explanation explanation = explain(scenario, plan, "line:TP", "2006/07");
    REQUIRE_FALSE(explanation.root.children.empty());
    const ExplainNode& book = explanation.root.children.front();
    const LedgerLineTrace& trace = scenario.ledger->by_line[0];
    CHECK(book.amount == trace.budget_book);
    CHECK(book.amount == Money::pounds(1'249'168'000));
    CHECK(recompute(book) == book.amount);
    CHECK(book.label.find("mps-2006-07.csv: " + std::to_string(trace.rows) + " rows (lines " +
                          std::to_string(trace.first_line) + " to " + std::to_string(trace.last_line) +
                          ")") != std::string::npos);
    CHECK(book.label.find("largest cost centres: TP") != std::string::npos);
    CHECK(book.children.size() == 8);  // TP's eight subjectives, each an input at its first ledger row
    CHECK(book.children.front().source.file.ends_with("mps-2006-07.csv"));
}

// build_plan_report on a small hand-built scenario, through project(): the Summary's
// rows and keys in the pinned order, every JSON section as interface.md pins it, and
// totals rounded from exact totals rather than summed from rounded parts.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "project/plan.hpp"
#include "render/render.hpp"
#include "report/report.hpp"
#include "scenario_builder.hpp"

using namespace mtfp;
using namespace mtfp::testing;
using nlohmann::json;

namespace {

// Two business groups of £100,040,000 each: each shows as 100.0 in £m, their exact
// total 200,080,000 as 200.1, as in the seed's Budget Summary.
Scenario small() {
    return ScenarioBuilder(2)
        .index("prices", pct("2.5%"))
        .subjective("supplies", "prices")
        .subjective("income", "prices")
        .line("TP", Section::business_group, {100'040'000})
        .line("PEN", Section::corporate, {28'500'000})
        .line("SCD", Section::business_group, {100'040'000})
        .line("MPA", Section::authority, {10'200'000})
        .line("CF", Section::financing, {28'600'000})
        .line("INT", Section::financing, {0, -10'200'000})
        .outturn("TP", 101'000'000)
        .movement("TP", "supplies", MovementKind::efficiency, {{1, -2'000'000}})
        .general_grant(150'000'000)
        .general_growth(1, pct("3.6%"))
        .specific_grant("ct", 20'000'000)
        .specific_amount("ct", 1, 21'000'000)
        .real_terms_index("prices")
        .precept(60'000'000)
        .band_d_increase(pct("4.5%"))
        .general_reserve(45'000'000)
        .earmarked_reserve("ops", 20'000'000)
        .transfer("general", 0, -3'000'000)
        .build();
}

std::vector<std::string> keys_of(const Table& table) {
    std::vector<std::string> keys;
    for (const Row& row : table.rows) keys.push_back(row.key);
    return keys;
}

json run_json(const Scenario& s, TableChoice choice = TableChoice::all) {
    const PlanReport report = build_plan_report(s, project(s), choice);
    return json::parse(render_plan(report, RenderOptions{OutputFormat::json, DisplayUnits::pounds}));
}

}  // namespace

TEST_CASE("report: the Summary's rows in the pinned order, lines by section in scenario order") {
    const Scenario s = small();
    const PlanReport report = build_plan_report(s, project(s), TableChoice::summary);
    REQUIRE(report.tables.size() == 1);
    const Table& summary = report.tables[0];
    CHECK(keys_of(summary) == std::vector<std::string>{"heading:business_groups",
                                                       "line:TP",
                                                       "line:SCD",
                                                       "total_business_groups",
                                                       "heading:corporate",
                                                       "line:PEN",
                                                       "total_corporate",
                                                       "total_mps",
                                                       "line:MPA",
                                                       "total_authority",
                                                       "net_service_expenditure",
                                                       "line:CF",
                                                       "line:INT",
                                                       "net_expenditure",
                                                       "specific_grants",
                                                       "net_revenue_expenditure",
                                                       "transfer_from_reserves",
                                                       "transfer_to_reserves",
                                                       "budget_requirement",
                                                       "heading:funding",
                                                       "general_grant",
                                                       "precept",
                                                       "total_funding",
                                                       "budget_gap"});
    std::vector<std::string> columns;
    for (const Column& column : summary.columns) columns.push_back(column.key);
    CHECK(columns == std::vector<std::string>{"budget_book", "revised", "outturn", "2007/08", "2008/09"});
    CHECK(summary.columns[0].header == "2006/07 Budget as per Budget Book");
    CHECK(summary.rows[0].style == RowStyle::heading);
    CHECK(summary.rows[0].cells.empty());
    CHECK(summary.rows[20].label == "Central funding");
}

TEST_CASE("report: JSON sections as pinned, headings absent, amounts whole pounds") {
    const Scenario s = small();
    const json result = run_json(s);
    const json& rows = result["summary"]["rows"];
    REQUIRE(rows.size() == 21);
    for (const json& row : rows)
        CHECK(row["key"].get<std::string>().rfind("heading", 0) == std::string::npos);
    CHECK(rows[0]["key"] == "line:TP");
    CHECK(rows[0]["values"][0] == 100'040'000);  // budget book
    CHECK(rows[0]["values"][2] == 101'000'000);  // outturn where given
    CHECK(rows[2]["key"] == "total_business_groups");
    CHECK(rows[2]["values"][0] == 200'080'000);
    CHECK(rows.back()["key"] == "budget_gap");
    CHECK(result["summary"]["columns"].size() == 5);

    const json& table2 = result["table2"];
    CHECK(table2["years"] == json::array({"2006/07", "2007/08", "2008/09"}));
    CHECK(table2["rows"].size() == 2);
    CHECK(table2["rows"][1]["key"] == "income");
    CHECK(table2["rows"][1]["values"][0] == -10'200'000);
    CHECK(rows[11]["key"] == "net_expenditure");
    CHECK(table2["total"][0] == rows[11]["values"][1]);  // the revised column

    const json& table3 = result["table3"];
    CHECK(table3["budget_book"] == 228'580'000);
    CHECK(table3["base_budget"] == 228'580'000);
    const json& year1 = table3["years"]["2007/08"];
    for (const char* key : {"inflation", "committed_increases", "committed_decreases", "efficiency",
                            "new_initiatives", "pensions", "draft_budget"}) {
        CHECK(year1.contains(key));
    }
    CHECK(year1["efficiency"] == -2'000'000);

    const json& table4 = result["table4"];
    CHECK(table4["opening"]["general"] == 45'000'000);
    CHECK(table4["opening"]["earmarked"]["ops"] == 20'000'000);
    CHECK(table4["opening"]["total"] == 65'000'000);
    CHECK(table4["years"].size() == 3);  // the base year too
    CHECK(table4["years"]["2006/07"]["general_transfers"] == -3'000'000);
    CHECK(table4["years"]["2006/07"]["closing"] == 62'000'000);
    CHECK(table4["years"]["2007/08"]["opening"] == 62'000'000);

    const json& gap = result["gap"]["years"];
    CHECK(gap.size() == 2);  // plan years only
    CHECK(!gap.contains("2006/07"));
    for (const char* key : {"budget_requirement", "total_funding", "gap", "gap_before_savings", "new_gap"}) {
        CHECK(gap["2007/08"].contains(key));
    }
    CHECK(gap["2007/08"]["total_funding"].get<std::int64_t>() > 0);
    CHECK(gap["2007/08"]["gap"].get<std::int64_t>() ==
          gap["2007/08"]["budget_requirement"].get<std::int64_t>() -
              gap["2007/08"]["total_funding"].get<std::int64_t>());
    CHECK(result["gap"]["bridge"]["2007/08"]["gap"] == gap["2007/08"]["gap"]);

    const json& grants = result["grants"]["years"];
    CHECK(grants.size() == 2);
    CHECK(grants["2007/08"]["general"] == 155'400'000);  // 150m x 1.036
    CHECK(grants["2007/08"]["specific"]["ct"] == 21'000'000);
    CHECK(grants["2007/08"]["real_terms_change"]["ct"] == 500'000);  // 21m - 20m x 1.025
    CHECK(grants["2007/08"]["band_d_increase"] == "4.5%");
}

TEST_CASE("report: --table picks one section, the scenario is always there") {
    const json result = run_json(small(), TableChoice::table4);
    CHECK(result.contains("scenario"));
    CHECK(result.contains("table4"));
    CHECK(!result.contains("summary"));
    CHECK(!result.contains("gap"));
    CHECK(result.size() == 3);
}

TEST_CASE("report: text rounds each figure from the exact pounds, totals from exact totals") {
    const Scenario s = small();
    const PlanReport report = build_plan_report(s, project(s), TableChoice::summary);
    const std::string text = render_plan(report, RenderOptions{OutputFormat::text, DisplayUnits::millions});
    CHECK(text.find("\nTP    ") != std::string::npos);
    CHECK(text.find("100.0") != std::string::npos);
    CHECK(text.find("\nTotal Business Groups    ") != std::string::npos);
    CHECK(text.find("200.1") != std::string::npos);  // not 100.0 + 100.0
    CHECK(text.find("200.0") == std::string::npos);
    CHECK(text.find("Figures may not sum because of rounding.") != std::string::npos);
}

TEST_CASE("report: check lines carry the figures in words") {
    const Scenario s = ScenarioBuilder(1)
                           .index("prices", pct("0%"))
                           .subjective("supplies", "prices")
                           .line("TP", Section::business_group, {2'449'600'000})
                           .general_grant(2'449'600'000)
                           .nre_growth_limit(pct("3%"))
                           .build();
    const Plan plan = project(s);
    const CheckReport report = build_check_report(s, check_plan(s, plan));
    REQUIRE(!report.lines.empty());
    CHECK(report.lines[0].rule == "balanced_budget");
    CHECK(report.lines[0].message ==
          "2006/07: budget requirement £2,449,600,000 = total funding £2,449,600,000: "
          "balanced");
    bool found = false;
    for (const CheckLine& line : report.lines) {
        if (line.rule != "nre_guidance") continue;
        found = true;
        CHECK(line.message ==
              "2007/08: NRE £2,449.6m within the guidance limit £2,523.1m (3% a year on 2006/07 NRE)");
        CHECK(line.passed);
    }
    CHECK(found);
}

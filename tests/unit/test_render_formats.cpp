// The renderers on hand-built tables: JSON's pinned structure and integer amounts,
// CSV quoting, text and Markdown layout, and the check report in each format.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "render/render.hpp"
#include "report/cells.hpp"

using namespace mtfp;
using nlohmann::json;

namespace {

Cell amount(std::int64_t pounds, std::vector<std::string> path = {}) {
    Cell cell;
    cell.money = Money::pounds(pounds);
    cell.json_path = std::move(path);
    return cell;
}

PlanReport sample() {
    PlanReport report;
    report.header.scenario_name = "Sample, \"quoted\"";
    report.header.scenario_file = "sample.yaml";
    report.header.base_year = *FiscalYear::parse("2006/07");
    report.header.plan_years = {*FiscalYear::parse("2007/08")};

    Table summary;
    summary.key = "summary";
    summary.title = "Budget Summary";
    summary.label_header = "Service analysis";
    summary.columns = {{"budget_book", "2006/07 Budget as per Budget Book", {"Budget book", "2006/07"}},
                       {"2007/08", "Plan 2007/08", {"Plan", "2007/08"}}};
    summary.rows.push_back(report::row("heading:business_groups", "Business Groups:", RowStyle::heading, {}));
    summary.rows.push_back(report::row("line:TP", "Territorial Policing, London", RowStyle::line,
                                       {amount(1'249'150'000), amount(1'300'000'000)}));
    summary.rows.push_back(
        report::row("line:SO", "Specialist \"Ops\"", RowStyle::line, {amount(-10'250'000), amount(0)}));
    summary.rows.push_back(report::row("total_business_groups", "Total Business Groups", RowStyle::subtotal,
                                       {amount(1'238'900'000), amount(1'300'000'000)}));
    report.tables.push_back(summary);

    Table table3;
    table3.key = "table3";
    table3.title = "Table 3";
    table3.layout = TableLayout::paths;
    table3.columns = {{"amount", "Total MPS", {}}};
    table3.rows.push_back(
        report::row("budget_book", "Budget book", RowStyle::line, {amount(100, {"budget_book"})}));
    table3.rows.push_back(report::row("2007/08:inflation", "Inflation", RowStyle::line,
                                      {amount(-7, {"years", "2007/08", "inflation"})}));
    table3.rows.push_back(report::row("display_only", "Display only", RowStyle::line, {amount(5)}));
    report.tables.push_back(table3);

    Table table4;
    table4.key = "table4";
    table4.title = "Table 4";
    table4.layout = TableLayout::paths;
    table4.columns = {{"available", "Available at 31/3/06", {}}};
    table4.json_objects = {{"opening", "earmarked"}};
    table4.rows.push_back(report::row("opening:general", "General reserve", RowStyle::line,
                                      {amount(45'000'000, {"opening", "general"})}));
    report.tables.push_back(table4);
    return report;
}

RenderOptions as(OutputFormat format, DisplayUnits units = DisplayUnits::millions) {
    return RenderOptions{format, units};
}

}  // namespace

TEST_CASE("json: pinned structure, whole pounds as integers, headings left out") {
    const std::string text = render_plan(sample(), as(OutputFormat::json, DisplayUnits::thousands));
    const json result = json::parse(text);
    CHECK(result["format"] == "mtfp-result/1");
    CHECK(result["scenario"]["name"] == "Sample, \"quoted\"");
    CHECK(result["scenario"]["file"] == "sample.yaml");
    CHECK(result["scenario"]["base_year"] == "2006/07");
    CHECK(result["scenario"]["plan_years"] == json::array({"2007/08"}));
    CHECK(result["summary"]["columns"] == json::array({"budget_book", "2007/08"}));
    const json& rows = result["summary"]["rows"];
    REQUIRE(rows.size() == 3);  // the heading is not a row of figures
    CHECK(rows[0]["key"] == "line:TP");
    CHECK(rows[0]["label"] == "Territorial Policing, London");
    CHECK(rows[0]["values"] == json::array({1'249'150'000, 1'300'000'000}));  // exact, whatever --units
    CHECK(rows[0]["values"][0].is_number_integer());
    CHECK(rows[2]["key"] == "total_business_groups");
    CHECK(result["table3"]["budget_book"] == 100);
    CHECK(result["table3"]["years"]["2007/08"]["inflation"] == -7);
    CHECK(result["table3"].size() == 2);  // a cell without a path is display only
    CHECK(result["table4"]["opening"]["earmarked"] == json::object());  // an empty group still appears
    CHECK(result["table4"]["opening"]["general"] == 45'000'000);
    // Key order is the order of the sections, and output is byte-for-byte stable.
    CHECK(text.find("\"format\"") < text.find("\"scenario\""));
    CHECK(text.find("\"summary\"") < text.find("\"table3\""));
    CHECK(text.substr(0, 4) == "{\n  ");  // two-space indent
    CHECK(text == render_plan(sample(), as(OutputFormat::json)));
}

TEST_CASE("csv: one block per table, RFC 4180 quoting, figures in the chosen units without separators") {
    const std::string csv = render_plan(sample(), as(OutputFormat::csv));
    CHECK(csv.find("table,key,label,units,budget_book,2007/08\r\n") == 0);
    CHECK(csv.find("summary,heading:business_groups,Business Groups:,,,\r\n") != std::string::npos);
    CHECK(csv.find("summary,line:TP,\"Territorial Policing, London\",£m,1249.2,1300.0\r\n") !=
          std::string::npos);
    CHECK(csv.find("summary,line:SO,\"Specialist \"\"Ops\"\"\",£m,-10.3,0.0\r\n") != std::string::npos);
    CHECK(csv.find("\r\n\r\ntable,key,label,units,amount\r\n") != std::string::npos);
    CHECK(csv.find("table3,2007/08:inflation,Inflation,£m,0.0\r\n") != std::string::npos);
    const std::string thousands = render_plan(sample(), as(OutputFormat::csv, DisplayUnits::thousands));
    CHECK(thousands.find("\"Territorial Policing, London\",£000,1249150,1300000\r\n") != std::string::npos);
}

TEST_CASE("text: title, unit in the headers, figures right-aligned, a rule above totals, notes") {
    const std::string text = render_plan(sample(), as(OutputFormat::text));
    CHECK(text ==
          "Sample, \"quoted\"\n"
          "\n"
          "Budget Summary\n"
          "==============\n"
          "                              Budget book     Plan\n"
          "                                  2006/07  2007/08\n"
          "Service analysis                       £m       £m\n"
          "Business Groups:\n"
          "Territorial Policing, London      1,249.2  1,300.0\n"
          "Specialist \"Ops\"                    -10.3      0.0\n"
          "                              -----------  -------\n"
          "Total Business Groups             1,238.9  1,300.0\n"
          "\n"
          "Amounts in £m. Figures may not sum because of rounding.\n"
          "\n"
          "Table 3\n"
          "=======\n"
          "              Total MPS\n"
          "                     £m\n"
          "Budget book         0.0\n"
          "Inflation           0.0\n"
          "Display only        0.0\n"
          "\n"
          "Amounts in £m. Figures may not sum because of rounding.\n"
          "\n"
          "Table 4\n"
          "=======\n"
          "                 Available at 31/3/06\n"
          "                                   £m\n"
          "General reserve                  45.0\n"
          "\n"
          "Amounts in £m. Figures may not sum because of rounding.\n");
    CHECK(text.find(" \n") == std::string::npos);  // no trailing spaces
    const std::string pounds = render_plan(sample(), as(OutputFormat::text, DisplayUnits::pounds));
    CHECK(pounds.find("1,249,150,000") != std::string::npos);
    CHECK(pounds.find("Amounts in £ (whole pounds).\n") != std::string::npos);
}

TEST_CASE("markdown: a heading per table, right-aligned figures, escaped pipes, the footnote") {
    PlanReport report = sample();
    report.tables[0].rows[1].label = "A | B";
    const std::string md = render_plan(report, as(OutputFormat::markdown));
    CHECK(md.find("### Budget Summary\n\n| Service analysis | 2006/07 Budget as per Budget Book £m | Plan "
                  "2007/08 £m |\n"
                  "|---|---:|---:|\n") != std::string::npos);
    CHECK(md.find("| A \\| B | 1,249.2 | 1,300.0 |\n") != std::string::npos);
    CHECK(md.find("| **Total Business Groups** | 1,238.9 | 1,300.0 |\n") != std::string::npos);
    CHECK(md.find("Figures may not sum because of rounding.") != std::string::npos);
}

namespace {

CheckReport checks(bool second_passes) {
    CheckReport report;
    report.passed = second_passes;
    CheckLine balanced;
    balanced.rule = "balanced_budget";
    balanced.year = "2006/07";
    balanced.value = amount(2'425'700'000);
    balanced.limit = amount(2'425'700'000);
    balanced.message = "2006/07: balanced";
    CheckLine cap;
    cap.rule = "council_tax_cap";
    cap.year = "2007/08";
    cap.passed = second_passes;
    cap.value.rate = *Rate::parse_percent("4.5%");
    cap.limit.rate = *Rate::parse_percent("5%");
    cap.message = "2007/08: Band D increase 4.5%, cap 5%";
    report.lines = {balanced, cap};
    return report;
}

}  // namespace

TEST_CASE("check: json pinned structure, value and limit integers or rate strings") {
    const json result = json::parse(render_check(checks(false), as(OutputFormat::json)));
    CHECK(result["format"] == "mtfp-check/1");
    CHECK(result["passed"] == false);
    REQUIRE(result["rules"].size() == 2);
    const json& first = result["rules"][0];
    CHECK(first["rule"] == "balanced_budget");
    CHECK(first["year"] == "2006/07");
    CHECK(first["passed"] == true);
    CHECK(first["value"] == 2'425'700'000);
    CHECK(first["limit"].is_number_integer());
    CHECK(first["message"] == "2006/07: balanced");
    CHECK(!first.contains("subject"));
    CHECK(result["rules"][1]["value"] == "4.5%");
    CHECK(result["rules"][1]["limit"] == "5%");
}

TEST_CASE("check: text lines and the verdict") {
    CHECK(render_check(checks(true), as(OutputFormat::text)) ==
          "PASS  balanced_budget  2006/07: balanced\n"
          "PASS  council_tax_cap  2007/08: Band D increase 4.5%, cap 5%\n"
          "all 2 checks passed\n");
    CHECK(render_check(checks(false), as(OutputFormat::text))
              .ends_with("FAIL  council_tax_cap  2007/08: Band D "
                         "increase 4.5%, cap 5%\n1 of 2 checks "
                         "failed\n"));
    const std::string csv = render_check(checks(false), as(OutputFormat::csv));
    CHECK(csv.find("rule,year,subject,passed,value,limit,message\r\n") == 0);
    CHECK(csv.find("council_tax_cap,2007/08,,false,4.5%,5%,\"2007/08: Band D increase 4.5%, cap 5%\"\r\n") !=
          std::string::npos);
    CHECK(render_check(checks(false), as(OutputFormat::markdown)).find("1 of 2 checks failed.") !=
          std::string::npos);
}

// The HTML renderer's parts: text from the scenario is escaped everywhere it appears
// (captions, headers, labels, chart titles and figures' names), and a chart states
// every figure it draws in its text alternative.
#include <doctest/doctest.h>

#include "load/load.hpp"
#include "project/plan.hpp"
#include "render/html.hpp"
#include "render/svg_charts.hpp"

using namespace mtfp;
using namespace mtfp::render;

namespace {

const std::string hostile = "<script>alert('x')</script> & \"co\"";
const std::string escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;";

Table hostile_table() {
    Table table;
    table.key = "summary";
    table.title = hostile;
    table.label_header = hostile;
    table.columns.push_back(Column{"2007/08", hostile, {}});
    Cell cell;
    cell.money = Money::pounds(15'049'999);
    table.rows.push_back(Row{"gap", hostile, RowStyle::total, {cell}});
    table.notes.push_back(hostile);
    return table;
}

}  // namespace

TEST_CASE("scenario text is escaped in tables, pages and charts") {
    const std::string table = html_table(hostile_table(), DisplayUnits::millions);
    CHECK(table.find("<script>") == std::string::npos);
    CHECK(table.find("<caption>" + escaped + "</caption>") != std::string::npos);
    CHECK(table.find("<th scope=\"row\">" + escaped + "</th><td>15.0</td>") != std::string::npos);
    const std::string page = html_page(hostile, {hostile}, table);
    CHECK(page.find("<script>") == std::string::npos);
    CHECK(page.find("<title>" + escaped + "</title>") != std::string::npos);
    const std::string chart =
        line_chart({"c", hostile, hostile}, {"2007/08"}, {Series{hostile, {Money::pounds(15'049'999)}}},
                   DisplayUnits::millions);
    CHECK(chart.find("<script>") == std::string::npos);
    CHECK(chart.find("<title id=\"c-title\">" + escaped + "</title>") != std::string::npos);
}

TEST_CASE("a chart's text alternative states each figure, rounded for display from exact pounds") {
    const Series requirement{"Budget requirement", {Money::pounds(2'533'450'000)}};
    const Series funding{"Total funding", {Money::pounds(2'518'400'000)}};
    const Series gap{"Gap", {Money::pounds(15'050'000)}};
    const std::string chart =
        gap_bars_chart({"g", "t", "d"}, {"2007/08"}, requirement, funding, gap, DisplayUnits::millions);
    CHECK(chart.find("2007/08: Budget requirement £2,533.5m, Total funding £2,518.4m, gap £15.1m.") !=
          std::string::npos);
    const std::string bridge =
        waterfall_chart({"w", "t", "d"},
                        {{"Gap 2006/07", Money{}, WaterfallBar::Kind::total},
                         {"Inflation", Money::pounds(82'700'000), WaterfallBar::Kind::step},
                         {"Central funding", Money::pounds(-67'700'000), WaterfallBar::Kind::step},
                         {"Gap 2007/08", Money::pounds(15'000'000), WaterfallBar::Kind::total}},
                        DisplayUnits::thousands);
    CHECK(bridge.find(
              "Gap 2006/07 £0k; Inflation +£82,700k; Central funding -£67,700k; Gap 2007/08 £15,000k.") !=
          std::string::npos);
}

TEST_CASE("compare: one line per scenario of its gap by year") {
    const auto charts = [](const std::string& name) {
        const Scenario scenario = load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name);
        return build_plan_report(scenario, project(scenario), TableChoice::gap).charts;
    };
    const PlanCharts base = charts("mps-2007-10.yaml");
    const PlanCharts pay = charts("pay-award-3.5.yaml");
    REQUIRE(base.gap);
    REQUIRE(pay.gap);
    const std::string chart = html_gap_by_scenario_chart(
        {{"Default", &*base.gap}, {"Pay <3.5%>", &*pay.gap}, {"No tables", nullptr}}, DisplayUnits::millions);
    CHECK(chart.find("<title id=\"compare-gap-title\">Budget gap by scenario</title>") != std::string::npos);
    CHECK(chart.find("Default: 2007/08 £15.0m, 2008/09 £17.4m, 2009/10 £19.8m") != std::string::npos);
    CHECK(chart.find("Pay &lt;3.5%&gt;: 2007/08 £") != std::string::npos);
    CHECK(chart.find("No tables") == std::string::npos);
    CHECK(html_gap_by_scenario_chart({{"No tables", nullptr}}, DisplayUnits::millions).empty());
}

TEST_CASE("the gap has a chart of its own: a £0.5m gap is a bar, not a sliver") {
    const Series gap{"Gap", {Money::pounds(500'000), Money::pounds(-2'800'000), std::nullopt}};
    const std::string chart = signed_bars_chart(
        {"g", "Budget gap by year", "d"}, {"2007/08", "2008/09", "2009/10"}, gap, DisplayUnits::millions);
    CHECK(chart.find("2007/08 £0.5m; 2008/09 -£2.8m.") != std::string::npos);  // 2009/10 has no figure
    CHECK(chart.find("fill=\"#c00000\">£0.5m</text>") != std::string::npos);   // shortfall: red
    CHECK(chart.find("fill=\"#2e7d32\">-£2.8m</text>") != std::string::npos);  // surplus: green
    // On its own scale the £0.5m bar is far taller than a pixel: the axis runs to about £1m.
    CHECK(chart.find(">1.0</text>") != std::string::npos);
}

TEST_CASE("a stacked bar chart draws each part on the last, states every figure and escapes names") {
    const std::vector<Series> parts{{"Safer neighbourhoods", {Money::pounds(700'000'000)}},
                                    {hostile, {Money::pounds(250'000'000)}},
                                    {"Not directly attributable", {Money::pounds(1'049'999)}}};
    const Series total{"Net service expenditure", {Money::pounds(951'049'999)}};
    const std::string chart = stacked_bars_chart({"p", "Budget by strategic priority", "d"}, {"2007/08"},
                                                 parts, total, DisplayUnits::millions);
    CHECK(chart.find("<script>") == std::string::npos);
    CHECK(chart.find("2007/08: Safer neighbourhoods £700.0m, " + escaped +
                     " £250.0m, Not directly attributable £1.0m, Net service expenditure £951.0m.") !=
          std::string::npos);
    CHECK(chart.find("<text class=\"legend\" x=\"108.0\" y=\"248.0\">Safer neighbourhoods</text>") !=
          std::string::npos);
    // Three parts, one rectangle each, stacked: the second starts where the first ends.
    std::size_t rects = 0;
    for (std::size_t at = chart.find("class=\"bar\""); at != std::string::npos;
         at = chart.find("class=\"bar\"", at + 1))
        ++rects;
    CHECK(rects == 3);
}

#pragma once
// The HTML report's parts, for any list of Tables: a self-contained page (inline CSS,
// inline SVG, no script, nothing fetched), each table with its caption and scoped
// headers, and the plan's charts drawn from the report's chart models.
#include <string>
#include <vector>

#include "render/render.hpp"

namespace mtfp::render {

// A whole page: <title>, heading, the lines under it (e.g. file and years), the body.
std::string html_page(const std::string& title, const std::vector<std::string>& intro,
                      const std::string& body);

// One table as <section><table> with <caption>, <th scope="col|row">, its notes.
std::string html_table(const Table& table, DisplayUnits units);

// The plan's charts the report holds (id_prefix keeps ids unique when a page holds
// several plans): requirement against funding with the gap, the gap bridge as a
// waterfall for each plan year, reserves against the floor.
std::string html_plan_charts(const PlanCharts& charts, DisplayUnits units, const std::string& id_prefix);

// For compare: each scenario's budget gap by plan year as one line per scenario, from
// each scenario's own gap chart; a scenario without one (null) is left out. Empty if
// none has one.
struct NamedGap {
    std::string name;  // e.g. the scenario's name
    const GapChart* gap;
};
std::string html_gap_by_scenario_chart(const std::vector<NamedGap>& scenarios, DisplayUnits units);

// The check report as a table of results, failures marked.
std::string html_checks(const CheckReport& report, DisplayUnits units);

}  // namespace mtfp::render

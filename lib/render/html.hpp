#pragma once
// The HTML report's parts, for any list of Tables: a self-contained page (inline CSS,
// inline SVG, no script, nothing fetched), each table with its caption and scoped
// headers, and the plan's charts drawn from the tables that carry their figures.
#include <string>
#include <vector>

#include "render/render.hpp"

namespace mtfp::render {

// A whole page: <title>, heading, the lines under it (e.g. file and years), the body.
std::string html_page(const std::string& title, const std::vector<std::string>& intro,
                      const std::string& body);

// One table as <section><table> with <caption>, <th scope="col|row">, its notes.
std::string html_table(const Table& table, DisplayUnits units);

// The plan's charts, each from the table it needs if present (id_prefix keeps ids
// unique when a page holds several plans): requirement against funding with the gap,
// the gap bridge as a waterfall for each plan year, reserves against the floor.
std::string html_plan_charts(const std::vector<Table>& tables, DisplayUnits units,
                             const std::string& id_prefix);

// For compare: each scenario's budget gap by plan year as one line per scenario, from
// each scenario's own gap table (the "gap" table with a "gap" row); a scenario without
// one is left out. Empty if none has one.
struct NamedTables {
    std::string name;  // e.g. the scenario's name
    const std::vector<Table>* tables;
};
std::string html_gap_by_scenario_chart(const std::vector<NamedTables>& scenarios, DisplayUnits units);

// The check report as a table of results, failures marked.
std::string html_checks(const CheckReport& report, DisplayUnits units);

}  // namespace mtfp::render

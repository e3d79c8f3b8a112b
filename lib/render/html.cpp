// The HTML report: one self-contained file a member can open or print. The header says
// what the plan is; then the charts (drawn from the report's chart models, built from
// the same plan as the tables; nothing is recomputed here), then every table.
#include "render/html.hpp"

#include <fmt/format.h>

#include "money/money_text.hpp"
#include "render/layout.hpp"
#include "render/markup.hpp"
#include "render/renderers.hpp"
#include "render/svg_charts.hpp"

namespace mtfp::render {

namespace {

// On screen, charts fill the width in a grid. Printed (A4 landscape) they stand two to a
// row at a fixed height, so a page holds four with their captions and the charts of a
// three-year plan take two pages; tables are set smaller, each kept whole on a page, with
// headers repeated if one must run on.
constexpr const char* page_style = R"(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 24px auto;
       max-width: 1100px; padding: 0 16px; line-height: 1.4; }
h1 { font-size: 1.6em; margin: 0 0 4px; color: #1f4e79; }
h2 { font-size: 1.25em; margin: 32px 0 8px; color: #1f4e79; border-bottom: 2px solid #1f4e79; padding-bottom: 2px; }
p.intro { margin: 2px 0; color: #404040; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; }
figure.chart { margin: 0; padding: 12px; border: 1px solid #d9d9d9; border-radius: 6px; background: #fff; }
figure.chart svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 0.85em; color: #404040; margin-top: 6px; }
svg text { font-family: inherit; font-size: 12px; fill: #262626; }
svg text.tick, svg text.small { font-size: 11px; fill: #595959; }
svg text.gap-label, svg text.bar-label { font-size: 12px; font-weight: bold; }
svg .grid { stroke: #e6e6e6; stroke-width: 1; }
svg .axis { stroke: #7f7f7f; stroke-width: 1; }
svg .gap { stroke-width: 2.5; }
svg .connector { stroke: #7f7f7f; stroke-dasharray: 3 3; }
svg .series { fill: none; stroke-width: 2.5; }
section.table { margin: 24px 0; overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.9em; }
caption { text-align: left; font-weight: bold; font-size: 1.1em; padding: 4px 0 8px; color: #1f4e79; }
th, td { padding: 3px 10px; }
thead th { border-bottom: 2px solid #1f4e79; vertical-align: bottom; text-align: right; font-weight: 600; }
thead th:first-child { text-align: left; }
tbody th { text-align: left; font-weight: normal; }
td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.subtotal th, tr.subtotal td { border-top: 1px solid #7f7f7f; font-weight: 600; }
tr.total th, tr.total td { border-top: 1px solid #1a1a1a; font-weight: bold; }
tr.heading th { font-style: italic; padding-top: 8px; }
tr.spacer td { height: 10px; }
tbody tr:nth-child(even) { background: #f6f8fb; }
p.notes { font-size: 0.85em; color: #595959; margin: 6px 0 0; }
thead th.text, td.text { text-align: left; }
td.message { text-align: left; white-space: normal; }
.fail { color: #c00000; font-weight: bold; }
.pass { color: #2e7d32; }
.outcome { font-size: 1.1em; margin: 8px 0; }
@media print {
  @page { size: A4 landscape; margin: 10mm 12mm; }
  body { margin: 0; max-width: none; font-size: 9pt; line-height: 1.3; }
  h1 { font-size: 15pt; }
  h2 { font-size: 12pt; margin: 10px 0 6px; break-after: avoid; }
  .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm 8mm; }
  figure.chart { border: none; padding: 0; break-inside: avoid; }
  figure.chart svg { height: 62mm; width: auto; max-width: 100%; margin: 0 auto; }
  figcaption { font-size: 7pt; line-height: 1.25; margin-top: 2px; }
  section.table { margin: 0 0 10px; overflow: visible; break-inside: avoid; }
  table { font-size: 7.5pt; }
  caption { font-size: 9pt; padding: 0 0 4px; }
  th, td { padding: 0 6px; }
  tr.heading th { padding-top: 3px; }
  tr.spacer td { height: 4px; }
  thead { display: table-header-group; }
  tbody tr:nth-child(even) { background: none; }
  p.notes { font-size: 7pt; margin: 2px 0 0; }
}
)";

const char* row_class(RowStyle style) {
    switch (style) {
        case RowStyle::subtotal:
            return "subtotal";
        case RowStyle::total:
            return "total";
        case RowStyle::heading:
            return "heading";
        case RowStyle::spacer:
            return "spacer";
        case RowStyle::line:
            break;
    }
    return "line";
}

Series series_of(const ChartSeries& series, Series::Line line = Series::Line::solid) {
    return Series{series.name, series.values, line};
}

// The bridge of one plan year as a waterfall of the gap: last year's gap, each step's
// effect on it, this year's gap.
std::string bridge_waterfall(const GapBridgeChart& bridge, DisplayUnits units, const std::string& id) {
    std::vector<WaterfallBar> bars;
    for (const BridgeBar& bar : bridge.bars) {
        bars.push_back(
            {bar.label, bar.effect, bar.is_level() ? WaterfallBar::Kind::total : WaterfallBar::Kind::step});
    }
    return waterfall_chart(
        {id, "Gap bridge " + bridge.year,
         "How the budget gap moves from " + bridge.previous_year + " to " + bridge.year +
             ": each change in the budget requirement adds to the gap, each increase in funding reduces it."},
        bars, units);
}

}  // namespace

std::string html_page(const std::string& title, const std::vector<std::string>& intro,
                      const std::string& body) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out +=
        "<title>" + escape_markup(title) + "</title>\n<style>" + page_style + "</style>\n</head>\n<body>\n";
    out += "<header>\n<h1>" + escape_markup(title) + "</h1>\n";
    for (const std::string& line : intro) out += "<p class=\"intro\">" + escape_markup(line) + "</p>\n";
    out += "</header>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    return out;
}

std::string html_table(const Table& table, DisplayUnits units) {
    std::string out =
        "<section class=\"table\">\n<table>\n<caption>" + escape_markup(table.title) + "</caption>\n";
    out += "<thead><tr><th scope=\"col\">" + escape_markup(table.label_header) + "</th>";
    for (const Column& column : table.columns) {
        out += "<th scope=\"col\">" + escape_markup(column.header) + "<br>" +
               escape_markup(unit_label(units)) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const Row& row : table.rows) {
        out += fmt::format("<tr class=\"{}\">", row_class(row.style));
        if (row.style == RowStyle::spacer) {
            out += fmt::format("<td colspan=\"{}\"></td></tr>\n", table.columns.size() + 1);
            continue;
        }
        if (row.style == RowStyle::heading) {
            out += fmt::format("<th scope=\"rowgroup\" colspan=\"{}\">{}</th></tr>\n",
                               table.columns.size() + 1, escape_markup(row.label));
            continue;
        }
        out += "<th scope=\"row\">" + escape_markup(row.label) + "</th>";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            out += "<td>" + escape_markup(c < row.cells.size() ? display_cell(row.cells[c], units) : "") +
                   "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    for (const std::string& note : table.notes) out += "<p class=\"notes\">" + escape_markup(note) + "</p>\n";
    if (own_unit(table).empty()) out += "<p class=\"notes\">" + escape_markup(units_note(units)) + "</p>\n";
    out += "</section>\n";
    return out;
}

std::string html_plan_charts(const PlanCharts& charts, DisplayUnits units, const std::string& id_prefix) {
    std::string out;
    if (charts.gap) {
        const GapChart& gap = *charts.gap;
        out += gap_bars_chart({id_prefix + "gap", "Budget requirement against funding",
                               "For each plan year, the budget requirement beside total funding; the bracket "
                               "between their tops is the budget gap (red: a shortfall to close)."},
                              gap.years, series_of(gap.requirement), series_of(gap.funding),
                              series_of(gap.gap), units);
        // The gap is a sliver on the scale of the requirement: drawn again on its own.
        out += signed_bars_chart({id_prefix + "gap-alone", "Budget gap by year",
                                  "The budget gap in each plan year on a scale of its own: above zero is a "
                                  "shortfall still to close, below zero a surplus."},
                                 gap.years, series_of(gap.gap), units);
    }
    for (std::size_t c = 0; c < charts.bridges.size(); ++c)
        out += bridge_waterfall(charts.bridges[c], units, id_prefix + "bridge-" + std::to_string(c + 1));
    if (charts.reserves) {
        const ReservesChart& reserves = *charts.reserves;
        std::vector<Series> lines;
        for (const ChartSeries& balance : reserves.balances) lines.push_back(series_of(balance));
        if (reserves.floor) lines.push_back(series_of(*reserves.floor, Series::Line::dashed));
        out +=
            line_chart({id_prefix + "reserves", "Reserve balances against the floor",
                        "Each reserve's balance at the end of each year; the dashed red line is the general "
                        "reserve's floor, which its balance must not fall below."},
                       reserves.years, lines, units);
    }
    if (charts.priorities) {
        const PrioritiesChart& priorities = *charts.priorities;
        std::vector<Series> parts;
        for (const ChartSeries& part : priorities.parts) parts.push_back(series_of(part));
        out += stacked_bars_chart({id_prefix + "priorities", "Budget by strategic priority",
                                   "For each year, net service expenditure split by the strategic priority "
                                   "each line's share is attributed to; the top part is not directly "
                                   "attributable to any priority."},
                                  priorities.years, parts, series_of(priorities.total), units);
    }
    return out.empty() ? "" : "<section class=\"charts\">\n" + out + "</section>\n";
}

std::string html_gap_by_scenario_chart(const std::vector<NamedGap>& scenarios, DisplayUnits units) {
    std::vector<Series> lines;
    std::vector<std::string> years;
    for (const NamedGap& scenario : scenarios) {
        if (!scenario.gap) continue;
        if (years.empty()) years = scenario.gap->years;
        lines.push_back(Series{scenario.name, scenario.gap->gap.values});
    }
    if (lines.empty()) return "";
    return line_chart({"compare-gap", "Budget gap by scenario",
                       "Each scenario's budget gap in each plan year; above zero is a shortfall to close."},
                      years, lines, units);
}

std::string html_checks(const CheckReport& report, DisplayUnits units) {
    const CheckTally tally = report.tally();
    std::string out = "<section class=\"table\">\n";
    out += fmt::format("<p class=\"outcome {}\">{}.</p>\n", tally.failed == 0 ? "pass" : "fail",
                       escape_markup(sentence_case(tally.sentence())));
    out +=
        "<table>\n<caption>Checks</caption>\n<thead><tr><th scope=\"col\">Result</th><th "
        "scope=\"col\">Rule</th>"
        "<th scope=\"col\" class=\"text\">Year</th><th scope=\"col\" class=\"text\">Subject</th><th "
        "scope=\"col\">Value</th>"
        "<th scope=\"col\">Limit</th><th scope=\"col\" class=\"text\">What it "
        "means</th></tr></thead>\n<tbody>\n";
    for (const CheckLine& line : report.lines) {
        out += fmt::format("<tr><th scope=\"row\" class=\"{}\">{}</th>",
                           line.passed ? "pass"
                           : line.warn ? "warn"
                                       : "fail",
                           line.verdict_word());
        for (const std::string& text : {line.rule, line.year, line.subject}) {
            out += "<td class=\"text\">" + escape_markup(text) + "</td>";
        }
        out += "<td>" + escape_markup(display_cell(line.value, units)) + "</td>";
        out += "<td>" + escape_markup(display_cell(line.limit, units)) + "</td>";
        out += "<td class=\"message\">" + escape_markup(line.message) + "</td></tr>\n";
    }
    out +=
        "</tbody>\n</table>\n<p class=\"notes\">" + escape_markup(units_note(units)) + "</p>\n</section>\n";
    return out;
}

namespace {

std::vector<std::string> intro(const ReportHeader& header, DisplayUnits units) {
    std::string years;
    for (const FiscalYear& year : header.plan_years) years += (years.empty() ? "" : ", ") + year.to_string();
    return {"Scenario file: " + header.scenario_file,
            "Base year " + header.base_year.to_string() + "; plan years " + years + ".",
            "Amounts in " + unit_label(units) + ", rounded for display from exact pounds."};
}

std::string tables_html(const std::vector<Table>& tables, DisplayUnits units) {
    std::string out;
    for (const Table& table : tables) out += html_table(table, units);
    return out;
}

}  // namespace

std::string plan_html(const PlanReport& report, DisplayUnits units) {
    std::string body = html_plan_charts(report.charts, units, "");
    body += "<h2>Tables</h2>\n" + tables_html(report.tables, units);
    body += "<h2>Assumptions</h2>\n" + tables_html(report.assumptions, units);
    return html_page(report.header.scenario_name, intro(report.header, units), body);
}

std::string check_html(const CheckReport& report, const PlanReport* plan, DisplayUnits units) {
    std::string body = "<h2>Checks</h2>\n" + html_checks(report, units);
    if (plan) {
        body += "<h2>Charts</h2>\n" + html_plan_charts(plan->charts, units, "");
        body += "<h2>Tables</h2>\n" + tables_html(plan->tables, units);
    }
    return html_page(report.header.scenario_name + ": checks", intro(report.header, units), body);
}

}  // namespace mtfp::render

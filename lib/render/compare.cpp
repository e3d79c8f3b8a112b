// render_compare: a legend naming each scenario's letter, then the comparison tables
// drawn exactly as a plan report's tables are; a sentence when nothing differs.
#include "money/money_text.hpp"
#include "render/html.hpp"
#include "render/renderers.hpp"
#include "render/xlsx.hpp"

namespace mtfp {

namespace {

std::string legend_line(const ComparedScenario& scenario, const std::string& bullet) {
    return bullet + scenario.letter + " = " + scenario.header.scenario_name + " (" +
           scenario.header.scenario_file + ")\n";
}

std::string intro(const CompareReport& report, const std::string& bullet) {
    std::string out = "Comparison of " + std::to_string(report.scenarios.size()) +
                      " scenarios: differences and percentage changes are against A.\n";
    if (bullet != "  ") out += "\n";
    for (const ComparedScenario& scenario : report.scenarios) out += legend_line(scenario, bullet);
    if (!report.any_difference) out += "\nNo differences: every figure is the same in every scenario.\n";
    return out;
}

std::vector<std::string> legend_lines(const CompareReport& report) {
    std::vector<std::string> lines{"Differences and percentage changes are against A."};
    for (const ComparedScenario& scenario : report.scenarios) {
        std::string line = legend_line(scenario, "");
        line.pop_back();  // the newline
        lines.push_back(line);
    }
    if (!report.any_difference)
        lines.push_back("No differences: every figure is the same in every scenario.");
    return lines;
}

// The page leads with each scenario's gap by year, drawn from the scenarios' own plan
// reports (the comparison tables hold one year each), then the comparison tables.
std::string compare_html(const CompareReport& report, const std::vector<PlanReport>& plans,
                         DisplayUnits units) {
    std::vector<render::NamedGap> scenarios;
    for (std::size_t i = 0; i < plans.size() && i < report.scenarios.size(); ++i) {
        const std::optional<GapChart>& gap = plans[i].charts.gap;
        scenarios.push_back(
            {report.scenarios[i].letter + ": " + plans[i].header.scenario_name, gap ? &*gap : nullptr});
    }
    std::string body = render::html_gap_by_scenario_chart(scenarios, units);
    body += "<h2>Tables</h2>\n";
    for (const Table& table : report.tables) body += render::html_table(table, units);
    return render::html_page("Comparison of " + std::to_string(report.scenarios.size()) + " scenarios",
                             legend_lines(report), body);
}

}  // namespace

std::string render_compare(const CompareReport& report, const RenderOptions& options,
                           const std::vector<PlanReport>& plans, const TerminalStyle& terminal) {
    switch (options.format) {
        case OutputFormat::text:
            return intro(report, "  ") + render::tables_text(report.tables, options.units, terminal);
        case OutputFormat::xlsx:
            return render::xlsx_workbook({"Comparison", render::sheets_by_key(report.tables), nullptr},
                                         options.units);
        case OutputFormat::html:
            return compare_html(report, plans, options.units);
        case OutputFormat::csv:
            return render::tables_csv(report.tables, options.units);
        case OutputFormat::json:
            return render::compare_json(report);  // always whole pounds
        case OutputFormat::markdown:
            break;
    }
    return "## Comparison\n\n" + intro(report, "- ") + render::tables_markdown(report.tables, options.units);
}

}  // namespace mtfp

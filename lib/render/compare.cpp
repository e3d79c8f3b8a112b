// render_compare: a legend naming each scenario's letter, then the comparison tables
// drawn exactly as a plan report's tables are; a sentence when nothing differs.
#include "render/display_units.hpp"
#include "render/renderers.hpp"

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

}  // namespace

std::string render_compare(const CompareReport& report, const RenderOptions& options) {
    switch (options.format) {
        case OutputFormat::text:
            return intro(report, "  ") + render::tables_text(report.tables, options.units);
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

#include "analysis/sensitivity.hpp"

#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/sensitivity.hpp"
#include "report/what_if_tables.hpp"

namespace mtfp {

CommandResult sensitivity_command(const SensitivityRequest& request) {
    const Scenario scenario = load_for_output(request.plan);
    std::vector<std::string> notes;
    std::vector<analysis::Variation> variations;
    if (request.variations.empty()) {
        variations = analysis::default_variations(scenario, notes);
    } else {
        for (const std::string& text : request.variations)
            variations.push_back(analysis::parse_variation(text, scenario));
    }
    analysis::SensitivityResult result = analysis::sensitivity(scenario, variations);
    result.notes.insert(result.notes.begin(), notes.begin(), notes.end());
    PlanReport report = build_sensitivity_report(scenario, result);
    return deliver(request.plan, render_plan(report, request.plan.render), 0);
}

}  // namespace mtfp

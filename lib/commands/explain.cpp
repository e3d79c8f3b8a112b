#include "commands/explain.hpp"

#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"
#include "explain/explanation.hpp"
#include "model/diagnostic.hpp"
#include "render/explain.hpp"

namespace mtfp {

CommandResult explain_command(const ExplainRequest& request) {
    // A derivation tree has no sensible spreadsheet shape beyond CSV's one record per node.
    if (request.plan.render.format == OutputFormat::xlsx)
        throw InputError(
            {Diagnostic{"command line", 0, 0,
                        "explain writes text, csv, json, markdown or html; for a spreadsheet use "
                        "--format csv (one record per node, with its depth)"}});
    Scenario scenario = load_for_output(request.plan);
    if (request.list) {
        std::string rows;
        for (const std::string& row : explainable_rows(scenario)) rows += row + "\n";
        return deliver(request.plan, std::move(rows), 0);
    }
    if (request.row.empty() || request.year.empty())
        throw InputError(
            {Diagnostic{"command line", 0, 0,
                        "explain needs ROW and YEAR (e.g. budget_gap 2008/09), or --list for every ROW"}});
    Plan plan = project_scenario(scenario);
    const ExplainReport report{{scenario.name, scenario.file, scenario.ledger ? scenario.ledger->file : ""},
                               within_exact_range(scenario.file, [&] {
                                   return explain(scenario, plan, request.row, request.year);
                               })};
    return deliver(request.plan, render_explain(report, {request.plan.render.format, request.units}), 0);
}

}  // namespace mtfp

#include "commands/explain.hpp"

#include "plan_options.hpp"
#include "subcommands.hpp"

namespace mtfp::cli {

void register_explain(CLI::App& app, CommandResult& result) {
    CLI::App* explain = app.add_subcommand("explain", "Show how one figure is derived, down to its inputs");
    explain->footer(
        "ROW: a Summary row (line:TP, total_mps, budget_requirement, budget_gap, ...), a Table 3 row over\n"
        "Total MPS or on one line (inflation, inflation:TP, efficiency:SO, ...), grant:ID, reserve:ID,\n"
        "gap_before_savings or new_gap. YEAR: a fiscal year such as 2007/08. --list prints every ROW.\n"
        "Example:\n  mtfp explain scenarios/mps-2007-10.yaml inflation:TP 2007/08");
    auto options = add_plan_options(*explain, TableOption::not_offered);
    explain->get_option("--units")->description(
        "Display units: m (£m), 000 (£000) or 1 (£); default whole pounds");
    auto row = std::make_shared<std::string>();
    auto year = std::make_shared<std::string>();
    auto list = std::make_shared<bool>(false);
    explain->add_option("ROW", *row, "The figure's row, e.g. inflation:TP");
    explain->add_option("YEAR", *year, "The fiscal year, e.g. 2007/08");
    explain->add_flag("--list", *list, "Print every ROW of the scenario, one a line");
    explain->callback([options, row, year, list, &result] {
        ExplainRequest request{options->to_request(), *row, *year};
        request.list = *list;
        // Exact pounds unless asked: the point is to see every pound of the derivation.
        if (!options->units.empty()) request.units = request.plan.render.units;
        result = explain_command(request);
    });
}

}  // namespace mtfp::cli

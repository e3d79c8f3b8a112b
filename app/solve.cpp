#include "commands/solve.hpp"

#include "plan_options.hpp"
#include "subcommands.hpp"

namespace mtfp::cli {

void register_solve(CLI::App& app, CommandResult& result) {
    CLI::App* solve = app.add_subcommand(
        "solve", "Find the value of one parameter that meets a target (goal seek, exact to the pound)");
    solve->footer(
        "TARGET: gap=0, 'gap<=AMOUNT', 'general_reserve>=floor' or 'nre<=guidance': quote a target with\n"
        "  < or >, or the shell reads it as a redirection (e.g. --for 'general_reserve>=floor').\n"
        "PARAM: a rate or amount --set can reach, e.g. precept.band_d_increase, indices.pay,\n"
        "  movements.vfm.amounts, reserves.transfers.overt_overamp.amount.\n"
        "The output says which rules of check the value found breaks; --within-rules accepts only\n"
        "values that break none (rules failing with the scenario's own values are not counted).\n"
        "Exit status: 0 a value was found for every year, 1 no value in range (with --within-rules:\n"
        "none keeping the rules) meets the target in some year, 2 invalid input.\n"
        "Example:\n  mtfp solve scenarios/mps-2007-10.yaml --for gap=0 --vary precept.band_d_increase");
    auto options = add_plan_options(*solve, TableOption::not_offered);
    auto request = std::make_shared<SolveRequest>();
    auto year = std::make_shared<std::string>();
    solve->add_option("--for", request->target, "The target, e.g. gap=0 or 'general_reserve>=floor' (quoted)")
        ->required()
        ->type_name("TARGET");
    solve->add_option("--vary", request->parameter, "The parameter to vary, e.g. precept.band_d_increase")
        ->required()
        ->type_name("PARAM");
    solve->add_option("--year", *year, "Solve in this plan year only, e.g. 2007/08")->type_name("YEAR");
    solve->add_flag("--within-rules", request->within_rules,
                    "Search only values that break no rule of check; exit 1 when none meets the target");
    solve->callback([options, request, year, &result] {
        request->plan = options->to_request();
        if (!year->empty()) request->year = *year;
        result = solve_command(*request);
    });
}

}  // namespace mtfp::cli

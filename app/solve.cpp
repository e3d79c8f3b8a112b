#include "commands/solve.hpp"

#include "plan_options.hpp"
#include "subcommands.hpp"

namespace mtfp::cli {

void register_solve(CLI::App& app, CommandResult& result) {
    CLI::App* solve = app.add_subcommand(
        "solve", "Find the value of one parameter that meets a target (goal seek, exact to the pound)");
    solve->footer(
        "TARGET: gap=0, gap<=AMOUNT, general_reserve>=floor or nre<=guidance.\n"
        "PARAM: a rate or amount --set can reach, e.g. precept.band_d_increase, indices.pay,\n"
        "  movements.vfm.amounts, reserves.transfers.overt_overamp.amount.\n"
        "Exit status: 0 a value was found for every year, 1 no value in range meets the target\n"
        "in some year, 2 invalid input.\n"
        "Example:\n  mtfp solve scenarios/mps-2007-10.yaml --for gap=0 --vary precept.band_d_increase");
    auto options = add_plan_options(*solve, TableOption::not_offered);
    auto request = std::make_shared<SolveRequest>();
    auto year = std::make_shared<std::string>();
    solve->add_option("--for", request->target, "The target, e.g. gap=0")->required()->type_name("TARGET");
    solve->add_option("--vary", request->parameter, "The parameter to vary, e.g. precept.band_d_increase")
        ->required()
        ->type_name("PARAM");
    solve->add_option("--year", *year, "Solve in this plan year only, e.g. 2007/08")->type_name("YEAR");
    solve->callback([options, request, year, &result] {
        request->plan = options->to_request();
        if (!year->empty()) request->year = *year;
        result = solve_command(*request);
    });
}

}  // namespace mtfp::cli

#include "commands/check.hpp"

#include "plan_options.hpp"
#include "subcommands.hpp"

namespace mtfp::cli {

void register_check(CLI::App& app, CommandResult& result) {
    CLI::App* check = app.add_subcommand(
        "check", "Evaluate the plan's rules (balance, council-tax cap, NRE guidance, efficiency, reserves)");
    check->footer(
        "Several scenarios are checked in one run; the exit status is the worst.\n"
        "--format junit writes JUnit XML (a test case per rule and year), --format github workflow\n"
        "annotations at the scenario line of each failing rule's parameter (docs/ci.md).\n"
        "checks: severity: {nre_guidance: warn} reports a rule's failure without failing;\n"
        "checks: expect: [{row: budget_gap, year: 2007/08, equals: 15023280}] (min:, max:; pounds).\n"
        "Exit status: 0 every rule passed (warnings allowed), 1 a rule failed, 2 invalid input.\n"
        "Example:\n  mtfp check scenarios/*.yaml --format junit -o check-report.xml");
    auto options = add_plan_options_for_scenarios(*check, TableOption::not_offered);
    check->get_option("SCENARIO")->expected(1, -1);
    check->remove_option(check->get_option("--format"));
    check->add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "csv", "json", "markdown", "xlsx", "html", "junit", "github"}))
        ->default_str("text");
    check->callback([options, &result] {
        PlanOptions plain = *options;
        CheckRequest request;
        if (plain.format == "junit" || plain.format == "github") {
            request.ci = plain.format == "junit" ? CiFormat::junit : CiFormat::github;
            plain.format = "text";
        }
        request.scenario_files = plain.scenario_files;
        plain.scenario_file = plain.scenario_files.front();
        request.plan = plain.to_request();
        result = check_command(request);
    });
}

}  // namespace mtfp::cli

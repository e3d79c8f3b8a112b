#include "commands/compare.hpp"

#include "plan_options.hpp"
#include "subcommands.hpp"

namespace mtfp::cli {

void register_compare(CLI::App& app, CommandResult& result) {
    CLI::App* compare =
        app.add_subcommand("compare", "Compare scenarios side by side, against the first (A)");
    compare->footer(
        "Example:\n  mtfp compare scenarios/mps-2007-10.yaml scenarios/pay-award-3.5.yaml --table gap "
        "--only-changed");
    auto options = add_plan_options_for_scenarios(*compare, TableOption::offered);
    compare->get_option("--set")->description(
        "Override one value of every scenario, e.g. --set indices.pay.2008/09=3.5% (repeatable)");
    auto only_changed = std::make_shared<bool>(false);
    compare->add_flag("--only-changed", *only_changed,
                      "Show only the rows where some scenario differs from A");
    auto layout = std::make_shared<std::string>("by-year");
    compare
        ->add_option("--layout", *layout,
                     "by-year: a table per year, with B/A; wide: a row per figure, A, B and B-A "
                     "side by side for each year")
        ->check(CLI::IsMember({"by-year", "wide"}))
        ->default_str("by-year");
    compare->callback([options, only_changed, layout, &result] {
        CompareRequest request;
        request.scenario_files = options->scenario_files;
        request.presentation = options->to_request();
        request.rows = *only_changed ? ChangedRows::only_changed : ChangedRows::all;
        request.layout = *layout == "wide" ? CompareLayout::wide : CompareLayout::by_year;
        result = compare_command(request);
    });
}

}  // namespace mtfp::cli

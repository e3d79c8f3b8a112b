#include "plan_options.hpp"

#include <utility>
#include <vector>

#include "terminal.hpp"

namespace mtfp::cli {

namespace {

// Each option's values, once: CLI11 offers and checks these names (in this order, as
// --help lists them) and to_request looks the chosen one up.
template <typename Value>
using Names = std::vector<std::pair<std::string, Value>>;

const Names<TableChoice> table_names{{"summary", TableChoice::summary},
                                     {"table2", TableChoice::table2},
                                     {"table3", TableChoice::table3},
                                     {"table4", TableChoice::table4},
                                     {"gap", TableChoice::gap},
                                     {"grants", TableChoice::grants},
                                     {"all", TableChoice::all},
                                     {"table3_lines", TableChoice::table3_lines},
                                     {"movements", TableChoice::movements},
                                     {"capital", TableChoice::capital},
                                     {"priorities", TableChoice::priorities},
                                     // The tables by the names a reader uses for them.
                                     {"reserves", TableChoice::table4},
                                     {"subjectives", TableChoice::table2},
                                     {"budget_setting", TableChoice::table3},
                                     {"budget_gap", TableChoice::gap},
                                     {"council_tax", TableChoice::council_tax},
                                     {"savings", TableChoice::savings}};
const Names<OutputFormat> format_names{{"text", OutputFormat::text}, {"csv", OutputFormat::csv},
                                       {"json", OutputFormat::json}, {"markdown", OutputFormat::markdown},
                                       {"xlsx", OutputFormat::xlsx}, {"html", OutputFormat::html}};
const Names<DisplayUnits> unit_names{
    {"m", DisplayUnits::millions}, {"000", DisplayUnits::thousands}, {"1", DisplayUnits::pounds}};

// The value of a name CLI11 has already checked is one of them.
template <typename Value>
Value named(const Names<Value>& names, const std::string& name) {
    for (const auto& [known, value] : names) {
        if (known == name) return value;
    }
    return names.front().second;
}

// Text, Markdown, HTML and the workbook are read by people (£m, as published; the
// workbook's cells hold exact pounds whatever the units); CSV and JSON are read by
// programs, so they carry exact pounds unless asked otherwise.
DisplayUnits default_units(OutputFormat format) {
    return format == OutputFormat::csv || format == OutputFormat::json ? DisplayUnits::pounds
                                                                       : DisplayUnits::millions;
}

}  // namespace

PlanRequest PlanOptions::to_request() const {
    PlanRequest request;
    request.scenario_file = scenario_file;
    for (const std::string& argument : set_arguments) request.overrides.push_back(parse_override(argument));
    request.tables = named(table_names, table);
    request.render.format = named(format_names, format);
    request.render.units = units.empty() ? default_units(request.render.format) : named(unit_names, units);
    if (!output_file.empty()) request.output_file = output_file;
    request.terminal = terminal_style(color, !output_file.empty());
    return request;
}

std::shared_ptr<PlanOptions> add_plan_options(CLI::App& command, TableOption table_option) {
    auto options = std::make_shared<PlanOptions>();
    command.add_option("SCENARIO", options->scenario_file, "Scenario file (YAML, format mtfp/1)")->required();
    command
        .add_option("--set", options->set_arguments,
                    "Override one value of the scenario, e.g. --set indices.pay.2008/09=3.5% (repeatable); "
                    "PATH+=DELTA / PATH-=DELTA move it in every year the path covers (rates in points: "
                    "indices.pay+=1%; amounts in the file's units), PATH*=FACTOR scales an amount "
                    "(grants.general.amounts*=98%); = is applied first, then the others in order")
        ->type_name("PATH=VALUE");
    if (table_option == TableOption::offered) {
        command
            .add_option(
                "--table", options->table,
                "Table to show; also by name: reserves (table4), subjectives (table2), budget_setting "
                "(table3), budget_gap (gap)")
            ->check(CLI::IsMember(table_names))
            ->default_str("all");
    }
    command.add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember(format_names))
        ->default_str("text");
    command
        .add_option("--units", options->units,
                    "Display units: m (£m), 000 (£000) or 1 (£); default 1 for csv and json (json is always "
                    "whole pounds), m for the others (xlsx: a number format over exact pounds)")
        ->check(CLI::IsMember(unit_names));
    command.add_option("-o,--output", options->output_file, "Write to FILE (atomically) instead of stdout")
        ->type_name("FILE");
    command
        .add_option(
            "--color", options->color,
            "Colour failed checks and shortfalls: auto (on a terminal, unless NO_COLOR is set), always "
            "or never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_str("auto");
    return options;
}

std::shared_ptr<PlanOptions> add_plan_options_for_scenarios(CLI::App& command, TableOption table_option) {
    auto options = add_plan_options(command, table_option);
    command.remove_option(command.get_option("SCENARIO"));
    command
        .add_option("SCENARIO", options->scenario_files,
                    "Scenario files (YAML, format mtfp/1); the first is A")
        ->required()
        ->expected(2, -1);
    return options;
}

}  // namespace mtfp::cli

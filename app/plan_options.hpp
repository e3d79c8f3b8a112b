#pragma once
// The options every plan-computing subcommand shares (README.md, docs/scenario-format.md: --set, --table,
// --format, --units, -o), registered once here.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "commands/plan_request.hpp"

namespace mtfp::cli {

struct PlanOptions {
    std::string scenario_file;
    std::vector<std::string> set_arguments;
    std::string table = "all";
    std::string format = "text";
    std::string units;  // empty: the format's default
    std::string output_file;
    std::string color = "auto";
    std::vector<std::string> scenario_files;  // commands taking several scenarios (compare)

    // Turns the strings CLI11 collected into a request; throws InputError for a bad --set.
    PlanRequest to_request() const;
};

enum class TableOption { offered, not_offered };

std::shared_ptr<PlanOptions> add_plan_options(CLI::App& command, TableOption table_option);
// The same for a command comparing scenarios: SCENARIO... (at least two) into scenario_files.
std::shared_ptr<PlanOptions> add_plan_options_for_scenarios(CLI::App& command, TableOption table_option);

}  // namespace mtfp::cli

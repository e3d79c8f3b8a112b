#include "commands/guard_output.hpp"

#include <filesystem>

#include "analysis/set_operation.hpp"
#include "model/diagnostic.hpp"

namespace mtfp {

namespace {

bool same_file(const std::string& a, const std::string& b) {
    std::error_code error;
    bool same = std::filesystem::equivalent(a, b, error);
    return !error && same;
}

}  // namespace

void refuse_output_over_scenario(const PlanRequest& request) {
    if (request.output_file && same_file(*request.output_file, request.scenario_file))
        throw InputError({Diagnostic{*request.output_file, 0, 0,
                                     "refusing to write output over the scenario file itself"}});
}

void refuse_output_over_inputs(const PlanRequest& request, const Scenario& scenario) {
    if (!request.output_file) return;
    for (const std::string& input : scenario.files_read)
        if (same_file(*request.output_file, input))
            throw InputError({Diagnostic{*request.output_file, 0, 0,
                                         "refusing to write output over '" + input +
                                             "', a file the scenario reads (through extends)"}});
}

void refuse_binary_to_standard_output(const PlanRequest& request) {
    if (request.output_file || request.render.format != OutputFormat::xlsx) return;
    throw InputError({Diagnostic{"mtfp", 0, 0, "--format xlsx writes a binary workbook: give -o FILE.xlsx"}});
}

Scenario load_for_output(const PlanRequest& request) {
    refuse_output_over_scenario(request);
    refuse_binary_to_standard_output(request);
    // `=` changes the file as read; `+=`, `-=` and `*=` then move the loaded values, in
    // the order given.
    std::vector<Override> assigned;
    for (const Override& change : request.overrides)
        if (change.operation == SetOperator::assign) assigned.push_back(change);
    Scenario scenario = load_scenario(request.scenario_file, assigned);
    for (const Override& change : request.overrides)
        if (change.operation != SetOperator::assign)
            analysis::apply_set_operation(scenario, change.path, change.operation, change.value);
    refuse_output_over_inputs(request, scenario);
    return scenario;
}

}  // namespace mtfp

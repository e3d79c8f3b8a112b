#include "commands/guard_output.hpp"

#include <filesystem>

#include "load/diagnostic.hpp"

namespace mtfp {

void refuse_output_over_scenario(const PlanRequest& request) {
    if (!request.output_file) return;
    namespace fs = std::filesystem;
    std::error_code error;
    bool same = fs::equivalent(*request.output_file, request.scenario_file, error);
    if (!error && same) {
        throw InputError({Diagnostic{*request.output_file, 0, 0,
                                     "refusing to write output over the scenario file itself"}});
    }
}

void refuse_binary_to_standard_output(const PlanRequest& request) {
    if (request.output_file || request.render.format != OutputFormat::xlsx) return;
    throw InputError({Diagnostic{"mtfp", 0, 0, "--format xlsx writes a binary workbook: give -o FILE.xlsx"}});
}

}  // namespace mtfp

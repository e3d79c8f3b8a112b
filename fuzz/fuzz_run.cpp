// libFuzzer target: the whole `mtfp run` and `mtfp check` path on any bytes: load,
// project, build the reports, render them as JSON. A scenario that loads must project
// and render without anything but an InputError (figures beyond range), and its JSON
// must parse: a renderer producing broken JSON is a bug too.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "commands/project_input.hpp"
#include "fuzz_input.hpp"
#include "load/load.hpp"
#include "model/diagnostic.hpp"
#include "project/checks.hpp"
#include "render/render.hpp"
#include "report/report.hpp"

namespace {

void require_json(const std::string& text) {
    if (!nlohmann::json::accept(text)) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mtfp;
    try {
        Scenario scenario = load_scenario_text(fuzz::scenario_name, fuzz::bytes(data, size));
        Plan plan = project_scenario(scenario);
        const RenderOptions json{OutputFormat::json, DisplayUnits::pounds};
        require_json(render_plan(build_plan_report(scenario, plan, TableChoice::all), json));
        // as `mtfp check` does: a limit beyond the exact range is invalid input (issue 10)
        CheckOutcome outcome = within_exact_range(scenario.file, [&] { return check_plan(scenario, plan); });
        require_json(render_check(build_check_report(scenario, outcome), json));
    } catch (const InputError& error) {
        fuzz::require_explained(error);
    }
    return 0;
}

// libFuzzer target: the whole `mtfp run` and `mtfp check` path on any bytes: load,
// project, build the reports, render them as JSON. A scenario that loads must project
// and render without anything but an InputError (figures beyond range), and its JSON
// must parse: a renderer producing broken JSON is a bug too. A first line "#set ARG"
// (a YAML comment, so the scenario reads the same) is also given as `--set ARG`, so
// that the operators `=`, `+=`, `-=` and `*=` are fuzzed as the command line applies them.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/set_operation.hpp"
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

// The `--set` argument of a first line "#set ARG", if there is one.
std::vector<mtfp::Override> set_line(const std::string& text) {
    if (text.rfind("#set ", 0) != 0) return {};
    const std::size_t end = text.find('\n');
    return {mtfp::parse_override(text.substr(5, end == std::string::npos ? std::string::npos : end - 5))};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mtfp;
    try {
        const std::string text = fuzz::bytes(data, size);
        const std::vector<Override> set = set_line(text);
        const bool assign = !set.empty() && set[0].operation == SetOperator::assign;
        Scenario scenario =
            load_scenario_text(fuzz::scenario_name, text, assign ? set : std::vector<Override>{});
        if (!set.empty() && !assign)  // as `mtfp run --set` applies += -= *= (commands/guard_output.cpp)
            analysis::apply_set_operation(scenario, set[0].path, set[0].operation, set[0].value);
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

#include "commands/simulate.hpp"

#include <fmt/format.h>

#include "analysis/command_line_error.hpp"
#include "analysis/simulation_summary.hpp"
#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"
#include "output/atomic_file.hpp"
#include "render/simulation.hpp"
#include "report/simulation_tables.hpp"

namespace mtfp {

namespace {

// More draws than this would hold gigabytes of figures; no percentile needs them.
constexpr std::uint64_t most_draws = 10'000'000;

void refuse_bad_options(const SimulateRequest& request) {
    if (request.draws == 0 || request.draws > most_draws)
        analysis::refuse(fmt::format("--draws must be from 1 to {}, got {}", most_draws, request.draws));
    if (request.percentiles.empty()) analysis::refuse("--percentiles needs at least one percentile");
    for (int k : request.percentiles)
        if (k < 1 || k > 100)
            analysis::refuse(fmt::format("--percentiles: {} is not a percentile from 1 to 100", k));
    if (request.draws_out && (*request.draws_out == request.plan.scenario_file ||
                              (request.plan.output_file && *request.plan.output_file == *request.draws_out)))
        analysis::refuse(
            fmt::format("--draws-out {} would overwrite the scenario or the -o file", *request.draws_out));
}

}  // namespace

CommandResult simulate_command(const SimulateRequest& request) {
    refuse_bad_options(request);
    const Scenario scenario = load_for_output(request.plan);
    if (scenario.uncertainty.empty())
        throw InputError({Diagnostic{
            scenario.file, 0, 0, "the scenario has no `uncertainty` section: simulate has nothing to draw"}});
    project_scenario(scenario);  // an overflow in the scenario itself is its own error
    analysis::SimulationOptions options;
    options.draws = request.draws;
    options.seed = request.seed;
    options.threads = request.threads;
    options.keep_values = request.draws_out.has_value();
    options.progress = request.progress;
    const analysis::SimulationResult result = analysis::simulate(scenario, options);
    const analysis::SimulationSummary summary = analysis::summarise(scenario, result, request.percentiles);
    const PlanReport report = build_simulation_report(scenario, summary);
    const SimulationCharts charts = build_simulation_charts(scenario, summary);
    std::string rendered =
        render_simulation(report, summary, charts, request.plan.render, request.plan.terminal);
    if (request.draws_out)
        write_file_atomically(*request.draws_out,
                              render::draws_csv(result, scenario.units, report.header.plan_years));
    return deliver(request.plan, std::move(rendered), 0);
}

}  // namespace mtfp

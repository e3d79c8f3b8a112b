// The projection alone (no loading, no report): the default scenario's lines repeated
// until the plan has N lines, then project() timed by Google Benchmark. Counters give
// the time per line x subjective x year cell and per non-zero line x subjective cell.
#include <benchmark/benchmark.h>

#include "load/load.hpp"
#include "project/plan.hpp"

namespace {

mtfp::Scenario scaled(std::size_t lines) {
    mtfp::Scenario base = mtfp::load_scenario(MTFP_SOURCE_DIR "/scenarios/mps-2007-10.yaml");
    mtfp::Scenario scenario = base;
    scenario.lines.clear();
    for (std::size_t i = 0; scenario.lines.size() < lines; ++i) {
        mtfp::BudgetLine line = base.lines[i % base.lines.size()];
        if (i >= base.lines.size()) line.id += "_" + std::to_string(i);
        scenario.lines.push_back(std::move(line));
    }
    return scenario;
}

void projection(benchmark::State& state) {
    const auto lines = static_cast<std::size_t>(state.range(0));
    mtfp::Scenario scenario = scaled(lines);
    std::size_t non_zero = 0;
    for (const mtfp::BudgetLine& line : scenario.lines)
        for (const mtfp::BudgetCell& cell : line.budget_book.cells())
            non_zero += cell.amount.is_zero() ? 0 : 1;
    for (auto _ : state) {
        mtfp::Plan plan = mtfp::project(scenario);
        benchmark::DoNotOptimize(plan);
    }
    const double years = static_cast<double>(scenario.year_count());
    const double cells = static_cast<double>(lines * scenario.subjectives.size()) * years;
    state.counters["ns_per_cell_year"] = benchmark::Counter(
        cells, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["ns_per_nonzero_cell"] =
        benchmark::Counter(static_cast<double>(non_zero),
                           benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    // The plan's figures are cells by year: the same per non-zero cell and year (every
    // YearIndex, the base year included, as the cells x year count above).
    state.counters["ns_per_nonzero_cell_year"] =
        benchmark::Counter(static_cast<double>(non_zero) * years,
                           benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["nonzero_cells"] = static_cast<double>(non_zero);
}

BENCHMARK(projection)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

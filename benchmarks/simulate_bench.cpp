// In one process: the processor time of one re-projection of SCENARIO (project() on a
// loaded scenario, the mean over 2,001 calls) and the wall and processor time of
// simulate() with N draws on T threads, so that benchmarks/simulate.sh can state the
// cost of a draw over the cost of one projection.
//   mtfp_simulate_bench SCENARIO N THREADS
//   prints: projection_cpu_seconds simulate_wall_seconds simulate_cpu_seconds
// Processor time (CLOCK_PROCESS_CPUTIME_ID, summed over threads), not wall time, makes
// the ratio hold on a busy machine: a 9 us projection mostly runs within one time slice,
// while a simulation of seconds shares the cores with whatever else runs, so a ratio of
// wall times grows with the load average rather than with the work per draw.
#include <time.h>

#include <cstdio>
#include <string>

#include "analysis/simulation.hpp"
#include "load/load.hpp"

namespace {

double seconds(clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: mtfp_simulate_bench SCENARIO N THREADS\n");
        return 2;
    }
    const mtfp::Scenario scenario = mtfp::load_scenario(argv[1]);
    constexpr int projections = 2001;
    std::int64_t sink = 0;
    const double cpu_start = seconds(CLOCK_PROCESS_CPUTIME_ID);
    for (int i = 0; i < projections; ++i) sink += mtfp::project(scenario).gaps.back().gap.in_pounds();
    const double projection = (seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu_start) / projections;

    mtfp::analysis::SimulationOptions options;
    options.draws = std::stoull(argv[2]);
    options.threads = static_cast<unsigned>(std::stoul(argv[3]));
    const double wall_start = seconds(CLOCK_MONOTONIC);
    const double simulate_cpu_start = seconds(CLOCK_PROCESS_CPUTIME_ID);
    const mtfp::analysis::SimulationResult result = mtfp::analysis::simulate(scenario, options);
    const double cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - simulate_cpu_start;
    const double wall = seconds(CLOCK_MONOTONIC) - wall_start;
    std::printf("%.9f %.6f %.6f %lld\n", projection, wall, cpu,
                static_cast<long long>(sink % 2 + result.draws % 2));
    return 0;
}

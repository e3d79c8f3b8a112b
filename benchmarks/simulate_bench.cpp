// In one process: the median time of one re-projection of SCENARIO (project() on a
// loaded scenario) and the wall time of simulate() with N draws on T threads, so that
// benchmarks/simulate.sh can state the time per draw over the time of one projection.
//   mtfp_simulate_bench SCENARIO N THREADS   prints: projection_seconds simulate_seconds
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "analysis/simulation.hpp"
#include "load/load.hpp"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: mtfp_simulate_bench SCENARIO N THREADS\n");
        return 2;
    }
    using clock = std::chrono::steady_clock;
    const mtfp::Scenario scenario = mtfp::load_scenario(argv[1]);
    std::vector<double> times;
    std::int64_t sink = 0;
    for (int i = 0; i < 2001; ++i) {
        const auto start = clock::now();
        const mtfp::Plan plan = mtfp::project(scenario);
        times.push_back(std::chrono::duration<double>(clock::now() - start).count());
        sink += plan.gaps.back().gap.in_pounds();
    }
    std::nth_element(times.begin(), times.begin() + 1000, times.end());
    mtfp::analysis::SimulationOptions options;
    options.draws = std::stoull(argv[2]);
    options.threads = static_cast<unsigned>(std::stoul(argv[3]));
    const auto start = clock::now();
    const mtfp::analysis::SimulationResult result = mtfp::analysis::simulate(scenario, options);
    const double wall = std::chrono::duration<double>(clock::now() - start).count();
    std::printf("%.9f %.6f %lld\n", times[1000], wall, static_cast<long long>(sink % 2 + result.draws % 2));
    return 0;
}

#include "commands/simulate.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "plan_options.hpp"
#include "subcommands.hpp"

namespace mtfp::cli {

namespace {

// A bar on standard error, only when it is a terminal and the run has already taken
// half a second (a quick run stays silent); wiped when the run ends.
class ProgressBar {
public:
    void update(std::uint64_t done, std::uint64_t total) {
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        if (elapsed < 0.5 || !isatty(STDERR_FILENO)) return;
        constexpr int width = 40;
        const int filled = static_cast<int>(width * done / (total ? total : 1));
        std::fprintf(stderr, "\rsimulate [%-*s] %llu/%llu draws", width, std::string(filled, '#').c_str(),
                     static_cast<unsigned long long>(done), static_cast<unsigned long long>(total));
        std::fflush(stderr);
        shown_ = true;
    }
    void finish() {
        if (shown_) std::fprintf(stderr, "\r\033[K");
    }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    bool shown_ = false;
};

}  // namespace

void register_simulate(CLI::App& app, CommandResult& result) {
    CLI::App* simulate = app.add_subcommand(
        "simulate", "Monte Carlo over the scenario's uncertainty: the gap's percentiles and probabilities");
    simulate->footer(
        "Each draw sets every `uncertainty` entry's parameter and re-projects the plan; the same seed gives\n"
        "the same figures on any number of threads (docs/simulate.md).\n"
        "Example:\n  mtfp simulate scenarios/mps-2007-10.yaml --draws 10000 --seed 1 --draws-out draws.csv");
    auto options = add_plan_options(*simulate, TableOption::not_offered);
    auto request = std::make_shared<SimulateRequest>();
    auto quiet = std::make_shared<bool>(false);
    auto draws_out = std::make_shared<std::string>();
    simulate->add_option("--draws", request->draws, "Number of draws (default 10000)")->type_name("N");
    simulate->add_option("--seed", request->seed, "Seed of the random numbers (default 1)")->type_name("S");
    simulate->add_option("--threads", request->threads, "Threads to use (default: every core)")
        ->type_name("T");
    simulate
        ->add_option("--percentiles", request->percentiles, "Percentiles to report (default 5,25,50,75,95)")
        ->delimiter(',')
        ->type_name("K,K,...");
    simulate->add_option("--draws-out", *draws_out, "Write one CSV row per draw to FILE")
        ->type_name("FILE.csv");
    simulate->add_flag("--quiet", *quiet, "No progress bar");
    simulate->callback([options, request, quiet, draws_out, &result] {
        request->plan = options->to_request();
        if (!draws_out->empty()) request->draws_out = *draws_out;
        auto bar = std::make_shared<ProgressBar>();
        if (!*quiet)
            request->progress = [bar](std::uint64_t done, std::uint64_t total) { bar->update(done, total); };
        try {
            result = simulate_command(*request);
        } catch (...) {
            bar->finish();
            throw;
        }
        bar->finish();
    });
}

}  // namespace mtfp::cli

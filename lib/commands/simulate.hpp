#pragma once
// `mtfp simulate SCENARIO [--draws N] [--seed S] [--threads T] [--percentiles ...]
// [--draws-out FILE.csv]`: Monte Carlo over the scenario's `uncertainty` entries.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "commands/plan_request.hpp"

namespace mtfp {

struct SimulateRequest {
    PlanRequest plan;
    std::uint64_t draws = 10000;
    std::uint64_t seed = 1;
    unsigned threads = 0;  // 0: every core
    std::vector<int> percentiles{5, 25, 50, 75, 95};
    std::optional<std::string> draws_out;  // one CSV row per draw
    // Called now and then with the draws done (the CLI's progress bar); may be empty.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress = {};
};

// InputError (2) for invalid input or a refused draw; OutputError (3) for an unwritable file.
CommandResult simulate_command(const SimulateRequest& request);

}  // namespace mtfp

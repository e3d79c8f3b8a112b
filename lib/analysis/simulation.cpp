#include "analysis/simulation.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>

#include "analysis/parameter_restore.hpp"
#include "model/diagnostic.hpp"
#include "project/plan.hpp"

namespace mtfp::analysis {

namespace {

// Draws are handed to threads in blocks, in increasing order: a block not yet taken
// holds only draws after every block taken, which is what makes the refused draw the
// lowest-numbered one whatever the thread count.
constexpr std::uint64_t block_size = 64;

class Engine {
public:
    Engine(const Scenario& scenario, const SimulationOptions& options, SimulationResult& result)
        : scenario_(scenario), options_(options), result_(result) {}

    void work() {
        try {
            Scenario working = scenario_;
            std::vector<std::int64_t> values;
            while (!stop_.load()) {
                const std::uint64_t first = next_block_.fetch_add(1) * block_size;
                if (first >= options_.draws) break;
                const std::uint64_t last = std::min(first + block_size, options_.draws);
                for (std::uint64_t d = first; d < last; ++d)
                    if (!run_draw(working, values, d)) break;
                done_.fetch_add(last - first);
            }
        } catch (...) {
            std::lock_guard lock(mutex_);
            if (!unexpected_) unexpected_ = std::current_exception();
            stop_ = true;
        }
        std::lock_guard lock(mutex_);
        ++finished_;
        finished_changed_.notify_all();
    }

    // Waits for `threads` workers, reporting progress meanwhile; then rethrows what failed.
    void wait(unsigned threads) {
        std::unique_lock lock(mutex_);
        while (finished_ < threads) {
            finished_changed_.wait_for(lock, std::chrono::milliseconds(100));
            if (options_.progress && finished_ < threads) {
                lock.unlock();
                options_.progress(done_.load(), options_.draws);
                lock.lock();
            }
        }
        if (unexpected_) std::rethrow_exception(unexpected_);
        if (refused_draw_ != no_draw) throw InputError({refusal_});
    }

private:
    static constexpr std::uint64_t no_draw = std::numeric_limits<std::uint64_t>::max();

    // Draw d (numbered d + 1): set, project, record, restore. False when refused.
    bool run_draw(Scenario& working, std::vector<std::int64_t>& values, std::uint64_t d) {
        const std::uint64_t number = d + 1;
        std::size_t column = 0;
        bool refused = false;
        for (std::size_t e = 0; e < result_.parameters.size() && !refused; ++e) {
            const DrawnParameter& parameter = result_.parameters[e];
            draw_values(parameter, e + 1, options_.seed, number, values);
            for (std::size_t i = 0; i < values.size(); ++i) {
                if (values[i] < parameter.handle.lowest || values[i] > parameter.handle.highest) {
                    refuse(number, parameter.entry.where,
                           out_of_range_message(parameter, i, values[i], number));
                    refused = true;
                    break;
                }
                set_value(working, parameter.handle, parameter.years[i], values[i]);
                if (options_.keep_values) result_.values[d * result_.value_columns + column++] = values[i];
            }
        }
        if (!refused) {
            try {
                record(project(working), d);
            } catch (const AmountOutOfRange& error) {
                refuse(number, {scenario_.file}, "draw " + std::to_string(number) + ": " + error.what());
                refused = true;
            }
        }
        for (const DrawnParameter& parameter : result_.parameters)
            for (YearIndex y : parameter.years) restore_value(working, scenario_, parameter.handle, y);
        return !refused;
    }

    void record(const Plan& plan, std::uint64_t d) {
        for (YearIndex y = 1; y <= result_.plan_years; ++y) {
            const Money gap = plan.gaps[y].gap;
            const Money general = plan.reserves[0][y].closing;
            result_.figures[0][y - 1][d] = plan.gaps[y].budget_requirement.in_pounds();
            result_.figures[1][y - 1][d] = gap.in_pounds();
            result_.figures[2][y - 1][d] = general.in_pounds();
            result_.figures[3][y - 1][d] = plan.gaps[y].risk_adjusted_gap.in_pounds();
            std::uint8_t flags = gap > Money{} ? gap_positive : 0;
            const std::optional<Money>& floor = plan.general_reserve_floor[y];
            if (floor && general < *floor) flags |= general_below_floor;
            for (const std::vector<ReserveYear>& reserve : plan.reserves)
                if (reserve[y].closing < Money{}) flags |= reserve_below_zero;
            if (scenario_.precept.mode == PreceptMode::balance && scenario_.precept.cap &&
                plan.band_d_increase[y] > *scenario_.precept.cap)
                flags |= band_d_over_cap;
            result_.flags[y - 1][d] = flags;
        }
    }

    void refuse(std::uint64_t number, const SourceRef& where, std::string message) {
        std::lock_guard lock(mutex_);
        stop_ = true;
        if (number >= refused_draw_) return;
        refused_draw_ = number;
        refusal_ = Diagnostic{where.file, where.line, where.column, std::move(message)};
    }

    const Scenario& scenario_;
    const SimulationOptions& options_;
    SimulationResult& result_;
    std::atomic<std::uint64_t> next_block_{0};
    std::atomic<std::uint64_t> done_{0};
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::condition_variable finished_changed_;
    unsigned finished_ = 0;
    std::exception_ptr unexpected_;
    std::uint64_t refused_draw_ = no_draw;
    Diagnostic refusal_;
};

}  // namespace

SimulationResult simulate(const Scenario& scenario, const SimulationOptions& options) {
    SimulationResult result;
    result.draws = options.draws;
    result.seed = options.seed;
    result.plan_years = static_cast<std::size_t>(scenario.plan_years);
    result.parameters = resolve_uncertainty(scenario, project(scenario));
    for (auto& figure : result.figures)
        figure.assign(result.plan_years, std::vector<std::int64_t>(options.draws));
    result.flags.assign(result.plan_years, std::vector<std::uint8_t>(options.draws));
    for (const DrawnParameter& parameter : result.parameters) result.value_columns += parameter.years.size();
    if (options.keep_values) result.values.assign(options.draws * result.value_columns, 0);

    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::uint64_t>(
        threads, std::max<std::uint64_t>(1, (options.draws + block_size - 1) / block_size)));
    Engine engine(scenario, options, result);
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) workers.emplace_back([&engine] { engine.work(); });
    try {
        engine.wait(threads);
    } catch (...) {
        for (std::thread& worker : workers) worker.join();
        throw;
    }
    for (std::thread& worker : workers) worker.join();
    return result;
}

}  // namespace mtfp::analysis

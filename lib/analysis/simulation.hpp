#pragma once
// `simulate`: the scenario re-projected once per draw with its `uncertainty` entries
// drawn, the figures it reports kept compactly by draw. Each thread keeps one working
// copy of the scenario and sets and restores the drawn parameters through their typed
// handles, so no draw copies the scenario, reads a file or looks up a name.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "analysis/parameter.hpp"

namespace mtfp::analysis {

// One `uncertainty` entry, resolved once.
struct DrawnParameter {
    UncertainParameter entry;
    ParameterHandle handle;
    std::vector<YearIndex> years;               // what a draw sets: handle.years, or {0} for a single value
    std::vector<std::int64_t> scenario_values;  // by position in years: the scenario's own value
    std::vector<std::string> set_paths;         // by position in years: the --set path of that value
};

// Resolves every entry to its handle; throws InputError located at the entry for a path
// simulate cannot draw or a bounded distribution reaching outside what the parameter may be.
std::vector<DrawnParameter> resolve_uncertainty(const Scenario& scenario, const Plan& plan);

// The values draw `draw` gives parameter number `entry`, by position in its years.
void draw_values(const DrawnParameter& parameter, std::size_t entry, std::uint64_t seed, std::uint64_t draw,
                 std::vector<std::int64_t>& values);

// The message refusing draw `draw`'s value number i of `parameter`, outside its range.
std::string out_of_range_message(const DrawnParameter& parameter, std::size_t i, std::int64_t value,
                                 std::uint64_t draw);

// The figures kept per draw and plan year. The risk-adjusted gap (gap + savings at risk)
// is kept for every scenario; the reports show it only with a savings programme.
enum class DrawFigure { budget_requirement, gap, general_reserve, risk_adjusted_gap };
inline constexpr std::size_t draw_figure_count = 4;

// The conditions counted per draw and plan year, as bits.
enum DrawFlag : std::uint8_t {
    gap_positive = 1,
    general_below_floor = 2,
    reserve_below_zero = 4,
    band_d_over_cap = 8,
};

struct SimulationOptions {
    std::uint64_t draws = 10000;
    std::uint64_t seed = 1;
    unsigned threads = 0;      // 0: every core
    bool keep_values = false;  // keep each draw's drawn values (for --draws-out)
    // Called now and then from the calling thread with the draws done so far.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress = {};
};

struct SimulationResult {
    std::uint64_t draws = 0;
    std::uint64_t seed = 0;
    std::size_t plan_years = 0;
    std::vector<DrawnParameter> parameters;
    // [figure][plan year - 1][draw], whole pounds
    std::array<std::vector<std::vector<std::int64_t>>, draw_figure_count> figures;
    std::vector<std::vector<std::uint8_t>> flags;  // [plan year - 1][draw]
    // keep_values: by draw, then by parameter and year in order (value_columns per draw)
    std::size_t value_columns = 0;
    std::vector<std::int64_t> values;

    const std::vector<std::int64_t>& of(DrawFigure figure, YearIndex y) const {
        return figures[static_cast<std::size_t>(figure)][y - 1];
    }
};

// Throws InputError: for the lowest-numbered draw that sets a value outside what its
// parameter may be (refused, not clamped: docs/simulate.md), or whose plan overflows.
SimulationResult simulate(const Scenario& scenario, const SimulationOptions& options);

}  // namespace mtfp::analysis

#include "analysis/simulation_summary.hpp"

#include <algorithm>

#include "model/savings_programme.hpp"
#include "money/rounding.hpp"

namespace mtfp::analysis {

namespace {

FigureSummary summary_of(const std::vector<std::int64_t>& draws, const std::vector<int>& percentiles) {
    FigureSummary summary;
    wide_int total = 0;
    for (std::int64_t value : draws) total += value;
    summary.mean =
        Money::pounds(static_cast<std::int64_t>(round_half_away(total, static_cast<wide_int>(draws.size()))));
    std::vector<std::int64_t> sorted = draws;
    std::sort(sorted.begin(), sorted.end());
    for (int k : percentiles) summary.percentiles.push_back(Money::pounds(nearest_rank(sorted, k)));
    return summary;
}

}  // namespace

std::int64_t nearest_rank(const std::vector<std::int64_t>& sorted, int k) {
    // ceil(k x N / 100) in whole numbers, at least the first
    const std::uint64_t n = sorted.size();
    const std::uint64_t rank = std::max<std::uint64_t>(1, (static_cast<std::uint64_t>(k) * n + 99) / 100);
    return sorted[std::min(rank, n) - 1];
}

std::vector<HistogramBin> histogram(const std::vector<std::int64_t>& draws, std::int64_t bins) {
    if (draws.empty()) return {};
    const auto [low, high] = std::minmax_element(draws.begin(), draws.end());
    const std::int64_t span = *high - *low + 1;
    const std::int64_t width = std::max<std::int64_t>(1, (span + bins - 1) / bins);
    const std::int64_t count = (span + width - 1) / width;
    std::vector<HistogramBin> result;
    for (std::int64_t b = 0; b < count; ++b)
        result.push_back({Money::pounds(*low + b * width), Money::pounds(*low + (b + 1) * width), 0});
    for (std::int64_t value : draws) ++result[static_cast<std::size_t>((value - *low) / width)].count;
    return result;
}

SimulationSummary summarise(const Scenario& scenario, const SimulationResult& result,
                            const std::vector<int>& percentiles) {
    SimulationSummary summary;
    summary.draws = result.draws;
    summary.seed = result.seed;
    summary.percentiles = percentiles;
    summary.has_floor = !scenario.reserves.empty() && scenario.reserves[0].floor.has_value();
    summary.tests_cap = scenario.precept.mode == PreceptMode::balance && scenario.precept.cap.has_value();
    summary.has_savings_programme = mtfp::has_savings_programme(scenario);
    for (YearIndex y = 1; y <= result.plan_years; ++y) {
        SimulatedYear year;
        for (std::size_t f = 0; f < draw_figure_count; ++f)
            year.figures[f] = summary_of(result.figures[f][y - 1], percentiles);
        for (std::uint8_t flags : result.flags[y - 1]) {
            year.gap_positive += (flags & gap_positive) ? 1 : 0;
            year.general_below_floor += (flags & general_below_floor) ? 1 : 0;
            year.reserve_below_zero += (flags & reserve_below_zero) ? 1 : 0;
            year.band_d_over_cap += (flags & band_d_over_cap) ? 1 : 0;
        }
        summary.years.push_back(std::move(year));
    }
    if (result.plan_years > 0)
        summary.final_gap_histogram = histogram(result.of(DrawFigure::gap, result.plan_years), 20);
    return summary;
}

}  // namespace mtfp::analysis

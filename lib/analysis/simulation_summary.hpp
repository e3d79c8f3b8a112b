#pragma once
// What `simulate` reports from its draws: per plan year, each figure's mean and
// percentiles (nearest rank) and the count of draws meeting each condition.
#include <array>
#include <cstdint>
#include <vector>

#include "analysis/simulation.hpp"

namespace mtfp::analysis {

struct FigureSummary {
    Money mean;                      // rounded half away from zero to the pound
    std::vector<Money> percentiles;  // in the order asked
};

struct SimulatedYear {
    std::array<FigureSummary, draw_figure_count> figures;  // by DrawFigure
    std::uint64_t gap_positive = 0;                        // draws with the gap above zero
    std::uint64_t general_below_floor = 0;                 // general reserve strictly below its floor
    std::uint64_t reserve_below_zero = 0;                  // any reserve closing below zero
    std::uint64_t band_d_over_cap = 0;                     // balance mode: the increase above the cap

    const FigureSummary& of(DrawFigure figure) const { return figures[static_cast<std::size_t>(figure)]; }
};

// Draws counted in equal bins of whole pounds: [from, to).
struct HistogramBin {
    Money from, to;
    std::uint64_t count = 0;
};

struct SimulationSummary {
    std::uint64_t draws = 0;
    std::uint64_t seed = 0;
    std::vector<int> percentiles;                   // e.g. 5, 25, 50, 75, 95
    bool has_floor = false;                         // the general reserve has a floor
    bool tests_cap = false;                         // balance mode with a cap
    bool has_savings_programme = false;             // the risk-adjusted gap is reported
    std::vector<SimulatedYear> years;               // by plan year - 1
    std::vector<HistogramBin> final_gap_histogram;  // the final plan year's gap, 20 bins (fewer if narrow)
};

// `bins` equal bins from the lowest draw, each a whole number of pounds wide, the last
// holding the highest; one bin when every draw is the same.
std::vector<HistogramBin> histogram(const std::vector<std::int64_t>& draws, std::int64_t bins);

// Percentile k of the draws: the ceil(k/100 x N)-th smallest (nearest rank), k in 1..100.
std::int64_t nearest_rank(const std::vector<std::int64_t>& sorted, int k);

SimulationSummary summarise(const Scenario& scenario, const SimulationResult& result,
                            const std::vector<int>& percentiles);

}  // namespace mtfp::analysis

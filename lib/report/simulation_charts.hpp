#pragma once
// The chart models of `simulate`'s HTML report, built once from the summary; render/
// draws them. A fan chart of the gap by plan year (bands between matching percentiles,
// e.g. 5th-95th and 25th-75th, with the median and the mean) and a histogram of the
// final plan year's gap.
#include <string>
#include <vector>

#include "analysis/simulation_summary.hpp"

namespace mtfp {

struct FanBand {
    int lower_percentile = 0, upper_percentile = 0;
    std::vector<Money> lower, upper;  // by plan year
};

struct FanChart {
    std::vector<std::string> years;
    std::vector<FanBand> bands;  // widest first
    std::vector<Money> median;   // empty unless the 50th percentile is reported
    std::vector<Money> mean;
};

struct GapHistogram {
    std::string year;  // the final plan year
    std::uint64_t draws = 0;
    std::vector<analysis::HistogramBin> bins;
};

struct SimulationCharts {
    FanChart fan;
    GapHistogram histogram;
};

SimulationCharts build_simulation_charts(const Scenario& scenario,
                                         const analysis::SimulationSummary& summary);

}  // namespace mtfp

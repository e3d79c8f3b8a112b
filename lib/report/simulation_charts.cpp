#include "report/simulation_charts.hpp"

#include <algorithm>

#include "report/cells.hpp"

namespace mtfp {

namespace {

using analysis::DrawFigure;

std::vector<Money> percentile_by_year(const analysis::SimulationSummary& summary, std::size_t p) {
    std::vector<Money> values;
    for (const analysis::SimulatedYear& year : summary.years)
        values.push_back(year.of(DrawFigure::gap).percentiles[p]);
    return values;
}

}  // namespace

SimulationCharts build_simulation_charts(const Scenario& scenario,
                                         const analysis::SimulationSummary& summary) {
    SimulationCharts charts;
    FanChart& fan = charts.fan;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) fan.years.push_back(report::year_key(scenario, y));
    for (const analysis::SimulatedYear& year : summary.years)
        fan.mean.push_back(year.of(DrawFigure::gap).mean);
    // Positions of the percentiles in ascending order; the outermost pair is the widest band.
    std::vector<std::size_t> order(summary.percentiles.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return summary.percentiles[a] < summary.percentiles[b]; });
    for (std::size_t i = 0, j = order.size(); i + 1 < j; ++i, --j) {
        const std::size_t low = order[i], high = order[j - 1];
        if (summary.percentiles[low] == summary.percentiles[high]) break;
        fan.bands.push_back({summary.percentiles[low], summary.percentiles[high],
                             percentile_by_year(summary, low), percentile_by_year(summary, high)});
    }
    for (std::size_t p = 0; p < summary.percentiles.size(); ++p)
        if (summary.percentiles[p] == 50) fan.median = percentile_by_year(summary, p);
    charts.histogram.year = fan.years.empty() ? "" : fan.years.back();
    charts.histogram.draws = summary.draws;
    charts.histogram.bins = summary.final_gap_histogram;
    return charts;
}

}  // namespace mtfp

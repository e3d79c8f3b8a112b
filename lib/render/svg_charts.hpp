#pragma once
// Inline SVG charts for the HTML report: no script, no external resource. Each chart
// has a <title> and <desc> (read by screen readers) and is returned with a text
// alternative stating every figure it draws. Figures are the model's exact pounds,
// labelled with display rounding (display_units); only the geometry uses floating point.
#include <string>
#include <vector>

#include "money/money.hpp"
#include "render/render.hpp"

namespace mtfp::render {

struct ChartText {
    std::string id;           // unique in the page, for aria-labelledby: letters, digits, '-'
    std::string title;        // e.g. "Budget requirement against funding"
    std::string description;  // one sentence saying what the chart shows
};

// A named series of figures, one per category (year); a missing figure is not drawn.
struct Series {
    std::string name;
    std::vector<std::optional<Money>> values;
    enum class Line { solid, dashed } line = Line::solid;
};

// Two bars per category (e.g. requirement and funding) with the gap between them
// marked and labelled over each pair.
std::string gap_bars_chart(const ChartText& text, const std::vector<std::string>& categories,
                           const Series& requirement, const Series& funding, const Series& gap,
                           DisplayUnits units);

// One bar per category on a scale of its own, red above zero (a shortfall) and green
// below (a surplus), each labelled: the budget gap, which is a sliver beside the
// requirement and funding it is the difference of.
std::string signed_bars_chart(const ChartText& text, const std::vector<std::string>& categories,
                              const Series& series, DisplayUnits units);

// Lines over categories, e.g. reserve balances against the floor, or each scenario's
// gap by year (compare).
std::string line_chart(const ChartText& text, const std::vector<std::string>& categories,
                       const std::vector<Series>& series, DisplayUnits units);

// One stacked bar per category: its parts bottom up, in the series' order, each part's
// colour in the legend; the whole labelled over the bar with `total` (e.g. the budget
// by strategic priority, stacking to net service expenditure).
std::string stacked_bars_chart(const ChartText& text, const std::vector<std::string>& categories,
                               const std::vector<Series>& parts, const Series& total, DisplayUnits units);

// A waterfall: a starting total, steps up (adding) or down, and an ending total.
struct WaterfallBar {
    std::string label;
    Money amount;  // for a total, the level; for a step, the change
    enum class Kind { total, step } kind = Kind::step;
};
std::string waterfall_chart(const ChartText& text, const std::vector<WaterfallBar>& bars, DisplayUnits units);

}  // namespace mtfp::render

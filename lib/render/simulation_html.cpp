// simulate's HTML page: the fan chart of the gap by plan year and the histogram of the
// final year's gap (inline SVG with a text alternative), then the tables.
#include <fmt/format.h>

#include <algorithm>

#include "money/money_text.hpp"
#include "render/html.hpp"
#include "render/markup.hpp"
#include "render/simulation.hpp"
#include "render/svg_charts.hpp"

namespace mtfp::render {

namespace {

constexpr double width = 640, height = 340, left = 72, right = 16, top = 24, bottom = 48;

// A vertical scale from the lowest to the highest figure (and zero), in five steps.
struct Scale {
    double low, high;
    double y(double pounds) const { return top + (height - top - bottom) * (high - pounds) / (high - low); }
};

Scale scale_of(double low, double high) {
    low = std::min(low, 0.0), high = std::max(high, 0.0);
    if (high <= low) high = low + 1;
    const double margin = (high - low) * 0.05;
    return {low - (low < 0 ? margin : 0), high + margin};
}

std::string open_svg(const std::string& id, const std::string& title, const std::string& description) {
    return fmt::format(
        R"(<figure class="chart"><svg viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc" )"
        R"(xmlns="http://www.w3.org/2000/svg"><title id="{}-title">{}</title><desc id="{}-desc">{}</desc>)",
        width, height, id, id, id, escape_markup(title), id, escape_markup(description));
}

std::string close_svg(const std::string& title, const std::string& alternative) {
    return "</svg><figcaption><strong>" + escape_markup(title) + ".</strong> " + escape_markup(alternative) +
           "</figcaption></figure>\n";
}

std::string value_axis(const Scale& scale, DisplayUnits units) {
    std::string out;
    for (int i = 0; i <= 4; ++i) {
        const double value = scale.low + (scale.high - scale.low) * i / 4;
        out += fmt::format(R"(<line class="grid" x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}"/>)", left,
                           width - right, scale.y(value), scale.y(value));
        out +=
            fmt::format(R"(<text class="tick" x="{}" y="{:.1f}" text-anchor="end">{}</text>)", left - 6,
                        scale.y(value) + 4,
                        escape_markup(format_amount(Money::pounds(static_cast<std::int64_t>(value)), units)));
    }
    out += fmt::format(R"(<line class="axis" x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}"/>)", left, width - right,
                       scale.y(0), scale.y(0));
    return out + fmt::format(R"(<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>)", left - 6,
                             top - 8, escape_markup(unit_label(units)));
}

std::string points(const std::vector<double>& xs, const std::vector<Money>& values, const Scale& scale) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i)
        out += fmt::format("{}{:.1f},{:.1f}", i ? " " : "", xs[i],
                           scale.y(static_cast<double>(values[i].in_pounds())));
    return out;
}

std::string fan_chart(const FanChart& fan, DisplayUnits units) {
    if (fan.years.empty()) return "";
    double low = 0, high = 0;
    for (const FanBand& band : fan.bands)
        for (std::size_t i = 0; i < band.lower.size(); ++i) {
            low = std::min(low, static_cast<double>(band.lower[i].in_pounds()));
            high = std::max(high, static_cast<double>(band.upper[i].in_pounds()));
        }
    for (Money m : fan.mean)
        low = std::min(low, double(m.in_pounds())), high = std::max(high, double(m.in_pounds()));
    const Scale scale = scale_of(low, high);
    std::vector<double> xs;
    const double step = (width - left - right) / static_cast<double>(fan.years.size());
    for (std::size_t i = 0; i < fan.years.size(); ++i)
        xs.push_back(left + step * (static_cast<double>(i) + 0.5));
    const std::string title = "Budget gap by plan year: the spread of the draws";
    std::string out = open_svg("simulate-fan", title,
                               "Bands between matching percentiles of the gap in each plan year, the median "
                               "and the mean; above zero is a shortfall.") +
                      value_axis(scale, units);
    std::string alternative;
    const char* shades[] = {"#c6dbef", "#6baed6", "#2171b5"};
    for (std::size_t b = 0; b < fan.bands.size(); ++b) {
        const FanBand& band = fan.bands[b];
        std::vector<double> back(xs.rbegin(), xs.rend());
        std::vector<Money> lower(band.lower.rbegin(), band.lower.rend());
        out += fmt::format(R"(<polygon fill="{}" fill-opacity="0.8" points="{} {}"/>)",
                           shades[std::min<std::size_t>(b, 2)], points(xs, band.upper, scale),
                           points(back, lower, scale));
        alternative += fmt::format("{}th to {}th percentile:", band.lower_percentile, band.upper_percentile);
        for (std::size_t i = 0; i < xs.size(); ++i)
            alternative += fmt::format(" {} {} to {};", fan.years[i], format_amount(band.lower[i], units),
                                       format_amount(band.upper[i], units));
        alternative += " ";
    }
    if (!fan.median.empty())
        out += fmt::format(R"(<polyline class="series" stroke="#08306b" points="{}"/>)",
                           points(xs, fan.median, scale));
    out += fmt::format(R"(<polyline class="series" stroke="#d94801" stroke-dasharray="6 4" points="{}"/>)",
                       points(xs, fan.mean, scale));
    for (std::size_t i = 0; i < xs.size(); ++i)
        out += fmt::format(R"(<text class="category" x="{:.1f}" y="{}" text-anchor="middle">{}</text>)",
                           xs[i], height - bottom + 18, escape_markup(fan.years[i]));
    out += fmt::format(R"(<text class="small" x="{}" y="{}">{}</text>)", left, height - 8,
                       fan.median.empty() ? "Dashed: mean." : "Solid: median; dashed: mean.");
    alternative += "Mean:";
    for (std::size_t i = 0; i < xs.size(); ++i)
        alternative += fmt::format(" {} {}{}", fan.years[i], format_amount(fan.mean[i], units),
                                   i + 1 < xs.size() ? ";" : ".");
    return out + close_svg(title, alternative);
}

std::string histogram_chart(const GapHistogram& histogram, DisplayUnits units) {
    if (histogram.bins.empty()) return "";
    std::uint64_t most = 1;
    for (const analysis::HistogramBin& bin : histogram.bins) most = std::max(most, bin.count);
    const double plot = height - top - bottom;
    const double bar = (width - left - right) / static_cast<double>(histogram.bins.size());
    const std::string title = "Budget gap in " + histogram.year + ": how the draws fall";
    std::string out =
        open_svg("simulate-histogram", title,
                 "The number of draws whose gap falls in each band; bands to the right of zero are "
                 "shortfalls.");
    std::string alternative;
    for (std::size_t b = 0; b < histogram.bins.size(); ++b) {
        const analysis::HistogramBin& bin = histogram.bins[b];
        const double h = plot * static_cast<double>(bin.count) / static_cast<double>(most);
        const bool shortfall = bin.from > Money{};
        out += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>)",
                           left + bar * static_cast<double>(b) + 1, top + plot - h, bar - 2, h,
                           shortfall ? "#cb181d" : "#2171b5");
        if (bin.count)
            alternative += fmt::format("{} to {}: {} draws; ", format_amount(bin.from, units),
                                       format_amount(bin.to, units), bin.count);
    }
    out += fmt::format(R"(<line class="axis" x1="{}" x2="{}" y1="{}" y2="{}"/>)", left, width - right,
                       top + plot, top + plot);
    for (std::size_t b : {std::size_t{0}, histogram.bins.size() / 2, histogram.bins.size()}) {
        const Money edge = b < histogram.bins.size() ? histogram.bins[b].from : histogram.bins.back().to;
        out += fmt::format(R"(<text class="tick" x="{:.1f}" y="{}" text-anchor="middle">{}</text>)",
                           left + bar * static_cast<double>(b), top + plot + 16,
                           escape_markup(format_amount(edge, units)));
    }
    out += fmt::format(R"(<text class="tick" x="{}" y="{}" text-anchor="end">{} draws</text>)", left - 6,
                       top + 4, most);
    out += fmt::format(R"(<text class="small" x="{}" y="{}">Gap in {} ({}); red: a shortfall.</text>)", left,
                       height - 8, escape_markup(histogram.year), escape_markup(unit_label(units)));
    if (!alternative.empty()) alternative.resize(alternative.size() - 2);
    return out + close_svg(title, alternative + ".");
}

}  // namespace

std::string simulation_html(const PlanReport& tables, const SimulationCharts& charts, DisplayUnits units) {
    std::string body = "<section class=\"charts\">\n" + fan_chart(charts.fan, units) +
                       histogram_chart(charts.histogram, units) + "</section>\n<h2>Tables</h2>\n";
    for (const Table& table : tables.tables) body += html_table(table, units);
    const ReportHeader& header = tables.header;
    return html_page(header.scenario_name + ": simulation",
                     {"Scenario file: " + header.scenario_file,
                      "Amounts in " + unit_label(units) + ", rounded for display from exact pounds."},
                     body);
}

}  // namespace mtfp::render

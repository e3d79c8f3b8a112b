// The SVG geometry of the report's charts. A chart is a <figure> holding the <svg>
// (role="img", labelled by its <title> and <desc>) and a <figcaption> that states every
// figure drawn, so the chart is never the only place a figure appears.
#include "render/svg_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "money/money_text.hpp"
#include "render/layout.hpp"
#include "render/markup.hpp"

namespace mtfp::render {

namespace {

constexpr double width = 760;
constexpr double height = 320;
constexpr double left = 92;  // room for the axis labels
constexpr double right = 16;
constexpr double top = 40;
constexpr double bottom = 76;  // room for category labels and two rows of legend
constexpr std::array<const char*, 8> palette{"#1f4e79", "#5b9bd5", "#2e7d32", "#ed7d31",
                                             "#7030a0", "#8c6d1f", "#00838f", "#595959"};
constexpr const char* red = "#c00000";
constexpr const char* green = "#2e7d32";

// "£15.0m", "-£2,400k", "£15,012,345": a figure in a sentence, in the display units.
std::string amount_text(Money amount, DisplayUnits units) {
    std::string figure = format_amount(amount, units);
    const bool negative = !figure.empty() && figure.front() == '-';
    if (negative) figure.erase(0, 1);
    const char* suffix = units == DisplayUnits::millions ? "m" : units == DisplayUnits::thousands ? "k" : "";
    return (negative ? "-£" : "£") + figure + suffix;
}

// The vertical scale: a "nice" range over the figures (always including zero), with
// ticks at 1, 2 or 5 times a power of ten pounds.
class Scale {
public:
    // The plot runs from `top` down to `floor` (the space below holds the labels).
    Scale(std::int64_t low, std::int64_t high, double floor = height - bottom) : floor_(floor) {
        low = std::min<std::int64_t>(low, 0);
        high = std::max<std::int64_t>(high, 0);
        if (high == low) high = low + 1;
        const double raw = static_cast<double>(high - low) / 5.0;
        const double power = std::pow(10.0, std::floor(std::log10(raw)));
        double nice = power;
        for (double m : {1.0, 2.0, 5.0, 10.0}) {
            if (m * power >= raw) {
                nice = m * power;
                break;
            }
        }
        step_ = std::max<std::int64_t>(1, static_cast<std::int64_t>(nice));
        low_ = (low / step_ - (low % step_ < 0 ? 1 : 0)) * step_;
        high_ = (high / step_ + (high % step_ > 0 ? 1 : 0)) * step_;
    }
    double y(std::int64_t pounds) const {
        return top + (floor_ - top) * static_cast<double>(high_ - pounds) / static_cast<double>(high_ - low_);
    }
    std::string axis(DisplayUnits units) const {
        std::string out;
        for (std::int64_t tick = low_; tick <= high_; tick += step_) {
            out += fmt::format(R"(<line class="grid" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}"/>)",
                               left, width - right, y(tick), y(tick));
            out +=
                fmt::format(R"(<text class="tick" x="{:.1f}" y="{:.1f}" text-anchor="end">{}</text>)",
                            left - 6, y(tick) + 4, escape_markup(format_amount(Money::pounds(tick), units)));
        }
        out += fmt::format(R"(<line class="axis" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}"/>)", left,
                           width - right, y(0), y(0));
        out += fmt::format(R"(<text class="tick" x="{:.1f}" y="{:.1f}" text-anchor="end">{}</text>)",
                           left - 6, top - 14, escape_markup(unit_label(units)));
        return out;
    }

private:
    double floor_;
    std::int64_t step_ = 1, low_ = 0, high_ = 1;
};

std::string open_svg(const ChartText& text) {
    return fmt::format(
        R"(<figure class="chart"><svg viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc" )"
        R"(xmlns="http://www.w3.org/2000/svg"><title id="{}-title">{}</title><desc id="{}-desc">{}</desc>)",
        width, height, text.id, text.id, text.id, escape_markup(text.title), text.id,
        escape_markup(text.description));
}

std::string close_svg(const ChartText& text, const std::string& alternative) {
    return "</svg><figcaption><strong>" + escape_markup(text.title) + ".</strong> " +
           escape_markup(alternative) + "</figcaption></figure>\n";
}

// The entries left to right from `y`, wrapping onto another row when one is full.
std::string legend(const std::vector<std::pair<std::string, std::string>>& entries,
                   double y = height - 42.0) {
    std::string out;
    double x = left;
    for (const auto& [name, colour] : entries) {
        const double entry = 28.0 + 7.0 * static_cast<double>(display_width(name));
        if (x + entry > width - right && x > left) {
            x = left;
            y += 20.0;
        }
        out += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="12" height="12" fill="{}"/>)", x, y, colour);
        out += fmt::format(R"(<text class="legend" x="{:.1f}" y="{:.1f}">{}</text>)", x + 16, y + 10.0,
                           escape_markup(name));
        x += entry;
    }
    return out;
}

std::string category_label(double x, const std::string& label, double floor = height - bottom) {
    return fmt::format(R"(<text class="category" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)", x,
                       floor + 18, escape_markup(label));
}

std::pair<std::int64_t, std::int64_t> extent(const std::vector<const Series*>& series) {
    std::int64_t low = 0, high = 0;
    for (const Series* s : series) {
        for (const std::optional<Money>& v : s->values) {
            if (!v) continue;
            low = std::min(low, v->in_pounds());
            high = std::max(high, v->in_pounds());
        }
    }
    return {low, high};
}

}  // namespace

std::string gap_bars_chart(const ChartText& text, const std::vector<std::string>& categories,
                           const Series& requirement, const Series& funding, const Series& gap,
                           DisplayUnits units) {
    const auto [low, high] = extent({&requirement, &funding});
    const Scale scale(low, high);
    std::string out = open_svg(text) + scale.axis(units);
    const double slot =
        (width - left - right) / static_cast<double>(std::max<std::size_t>(1, categories.size()));
    const double bar = std::min(60.0, slot / 3.5);
    std::string alternative;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const double middle = left + slot * (static_cast<double>(i) + 0.5);
        const auto r = requirement.values[i];
        const auto f = funding.values[i];
        const auto g = gap.values[i];
        if (!r || !f || !g) continue;
        const double ry = scale.y(r->in_pounds());
        const double fy = scale.y(f->in_pounds());
        const double zero = scale.y(0);
        out += fmt::format(
            R"(<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>)",
            middle - bar - 2, std::min(ry, zero), bar, std::abs(zero - ry), palette[0]);
        out += fmt::format(
            R"(<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>)",
            middle + 2, std::min(fy, zero), bar, std::abs(zero - fy), palette[1]);
        // The gap: a bracket from the funding level up (or down) to the requirement.
        const char* colour = g->in_pounds() > 0 ? red : green;
        out +=
            fmt::format(R"(<line class="gap" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}" stroke="{}"/>)",
                        middle - bar - 6, middle + bar + 6, ry, ry, colour);
        out +=
            fmt::format(R"(<line class="gap" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}" stroke="{}"/>)",
                        middle + bar + 6, middle + bar + 6, ry, fy, colour);
        out += fmt::format(
            R"(<text class="gap-label" x="{:.1f}" y="{:.1f}" text-anchor="middle" fill="{}">{}</text>)",
            middle, std::min(ry, fy) - 8, colour, escape_markup("gap " + amount_text(*g, units)));
        out += category_label(middle, categories[i]);
        alternative += fmt::format("{}{}: {} {}, {} {}, gap {}", alternative.empty() ? "" : "; ",
                                   categories[i], requirement.name, amount_text(*r, units), funding.name,
                                   amount_text(*f, units), amount_text(*g, units));
    }
    out +=
        legend({{requirement.name, palette[0]}, {funding.name, palette[1]}, {"Gap (red: shortfall)", red}});
    return out + close_svg(text, alternative + ".");
}

std::string signed_bars_chart(const ChartText& text, const std::vector<std::string>& categories,
                              const Series& series, DisplayUnits units) {
    const auto [low, high] = extent({&series});
    const Scale scale(low, high);
    std::string out = open_svg(text) + scale.axis(units);
    const double slot =
        (width - left - right) / static_cast<double>(std::max<std::size_t>(1, categories.size()));
    const double bar = std::min(80.0, slot / 2.0);
    std::string alternative;
    for (std::size_t i = 0; i < categories.size() && i < series.values.size(); ++i) {
        const double middle = left + slot * (static_cast<double>(i) + 0.5);
        out += category_label(middle, categories[i]);
        const std::optional<Money>& value = series.values[i];
        if (!value) continue;
        const double y = scale.y(value->in_pounds());
        const double zero = scale.y(0);
        const bool shortfall = value->in_pounds() > 0;
        const char* colour = shortfall ? red : green;
        out += fmt::format(
            R"(<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>)",
            middle - bar / 2, std::min(y, zero), bar, std::max(1.0, std::abs(zero - y)), colour);
        // The label above a bar that rises, below one that falls.
        const double label_y = value->in_pounds() < 0 ? std::max(y, zero) + 16 : std::min(y, zero) - 6;
        out += fmt::format(
            R"(<text class="bar-label" x="{:.1f}" y="{:.1f}" text-anchor="middle" fill="{}">{}</text>)",
            middle, label_y, colour, escape_markup(amount_text(*value, units)));
        alternative += fmt::format("{}{} {}", alternative.empty() ? "" : "; ", categories[i],
                                   amount_text(*value, units));
    }
    out += legend({{series.name + " (red: shortfall to close)", red}, {"surplus", green}});
    return out + close_svg(text, alternative + ".");
}

std::string stacked_bars_chart(const ChartText& text, const std::vector<std::string>& categories,
                               const std::vector<Series>& parts, const Series& total, DisplayUnits units) {
    // The scale spans each bar's highest and lowest running level (a part may be negative).
    std::int64_t low = 0, high = 0;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        std::int64_t level = 0;
        for (const Series& part : parts) {
            level += i < part.values.size() && part.values[i] ? part.values[i]->in_pounds() : 0;
            low = std::min(low, level);
            high = std::max(high, level);
        }
    }
    // Many parts with long names: two more rows of legend than the other charts.
    const double legend_rows = 40;
    const Scale scale(low, high, height - bottom - legend_rows);
    std::string out = open_svg(text) + scale.axis(units);
    const double slot =
        (width - left - right) / static_cast<double>(std::max<std::size_t>(1, categories.size()));
    const double bar = std::min(80.0, slot / 2.0);
    std::string alternative;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const double middle = left + slot * (static_cast<double>(i) + 0.5);
        out += category_label(middle, categories[i], height - bottom - legend_rows);
        std::int64_t level = 0;
        std::string figures;
        for (std::size_t p = 0; p < parts.size(); ++p) {
            if (i >= parts[p].values.size() || !parts[p].values[i]) continue;
            const Money amount = *parts[p].values[i];
            const double y1 = scale.y(level);
            const double y2 = scale.y(level + amount.in_pounds());
            level += amount.in_pounds();
            out += fmt::format(
                R"(<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>)",
                middle - bar / 2, std::min(y1, y2), bar, std::abs(y2 - y1), palette[p % palette.size()]);
            figures += fmt::format("{}{} {}", figures.empty() ? "" : ", ", parts[p].name,
                                   amount_text(amount, units));
        }
        const std::optional<Money> whole = i < total.values.size() ? total.values[i] : std::nullopt;
        if (whole) {
            out += fmt::format(
                R"(<text class="bar-label" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)", middle,
                scale.y(std::max<std::int64_t>(level, 0)) - 6, escape_markup(amount_text(*whole, units)));
            figures +=
                fmt::format("{}{} {}", figures.empty() ? "" : ", ", total.name, amount_text(*whole, units));
        }
        alternative += fmt::format("{}{}: {}", alternative.empty() ? "" : "; ", categories[i], figures);
    }
    std::vector<std::pair<std::string, std::string>> entries;
    for (std::size_t p = 0; p < parts.size(); ++p)
        entries.emplace_back(parts[p].name, palette[p % palette.size()]);
    out += legend(entries, height - 42.0 - legend_rows);
    return out + close_svg(text, alternative + ".");
}

std::string line_chart(const ChartText& text, const std::vector<std::string>& categories,
                       const std::vector<Series>& series, DisplayUnits units) {
    std::vector<const Series*> all;
    for (const Series& s : series) all.push_back(&s);
    const auto [low, high] = extent(all);
    const Scale scale(low, high);
    std::string out = open_svg(text) + scale.axis(units);
    const double slot =
        (width - left - right) / static_cast<double>(std::max<std::size_t>(1, categories.size()));
    const auto x = [&](std::size_t i) { return left + slot * (static_cast<double>(i) + 0.5); };
    for (std::size_t i = 0; i < categories.size(); ++i) out += category_label(x(i), categories[i]);
    std::vector<std::pair<std::string, std::string>> entries;
    std::string alternative;
    for (std::size_t s = 0; s < series.size(); ++s) {
        const Series& line = series[s];
        const char* colour = line.line == Series::Line::dashed ? red : palette[s % palette.size()];
        std::string points;
        std::string figures;
        for (std::size_t i = 0; i < line.values.size() && i < categories.size(); ++i) {
            if (!line.values[i]) continue;
            const double y = scale.y(line.values[i]->in_pounds());
            points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", x(i), y);
            out += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="3.5" fill="{}"/>)", x(i), y, colour);
            figures += fmt::format("{}{} {}", figures.empty() ? "" : ", ", categories[i],
                                   amount_text(*line.values[i], units));
        }
        out += fmt::format(R"(<polyline class="series" points="{}" stroke="{}"{}/>)", points, colour,
                           line.line == Series::Line::dashed ? R"( stroke-dasharray="6 4")" : "");
        entries.emplace_back(line.name, colour);
        alternative += (alternative.empty() ? "" : "; ") + line.name + ": " + figures;
    }
    out += legend(entries);
    return out + close_svg(text, alternative + ".");
}

std::string waterfall_chart(const ChartText& text, const std::vector<WaterfallBar>& bars,
                            DisplayUnits units) {
    // Each bar spans from the running level before it to the level after it.
    std::vector<std::pair<std::int64_t, std::int64_t>> spans;
    std::int64_t level = 0, low = 0, high = 0;
    for (const WaterfallBar& bar : bars) {
        const std::int64_t from = bar.kind == WaterfallBar::Kind::total ? 0 : level;
        const std::int64_t to =
            bar.kind == WaterfallBar::Kind::total ? bar.amount.in_pounds() : level + bar.amount.in_pounds();
        spans.emplace_back(from, to);
        level = to;
        low = std::min({low, from, to});
        high = std::max({high, from, to});
    }
    const double labels = 96;  // the step names, slanted
    const Scale scale(low, high, height - labels);
    std::string out = open_svg(text) + scale.axis(units);
    const double slot = (width - left - right) / static_cast<double>(std::max<std::size_t>(1, bars.size()));
    const double bar_width = std::min(56.0, slot * 0.7);
    std::string alternative;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const WaterfallBar& bar = bars[i];
        const double middle = left + slot * (static_cast<double>(i) + 0.5);
        const double y1 = scale.y(spans[i].first);
        const double y2 = scale.y(spans[i].second);
        const bool total = bar.kind == WaterfallBar::Kind::total;
        const char* colour = total ? palette[0] : bar.amount.in_pounds() > 0 ? red : green;
        out += fmt::format(
            R"(<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>)",
            middle - bar_width / 2, std::min(y1, y2), bar_width, std::max(1.0, std::abs(y2 - y1)), colour);
        if (i + 1 < bars.size()) {  // a connector at the level reached
            out += fmt::format(R"(<line class="connector" x1="{:.1f}" x2="{:.1f}" y1="{:.1f}" y2="{:.1f}"/>)",
                               middle + bar_width / 2, middle + slot - bar_width / 2, y2, y2);
        }
        const std::string sign = total || bar.amount.in_pounds() < 0 ? "" : "+";
        const std::string figure = sign + format_amount(bar.amount, units);  // the axis gives the unit
        out += fmt::format(R"(<text class="bar-label" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                           middle, std::min(y1, y2) - 5, escape_markup(figure));
        out += fmt::format(
            R"svg(<text class="category small" x="{:.1f}" y="{:.1f}" text-anchor="end" transform="rotate(-30 {:.1f} {:.1f})">{}</text>)svg",
            middle + 4, height - labels + 16, middle + 4, height - labels + 16, escape_markup(bar.label));
        alternative +=
            (alternative.empty() ? "" : "; ") + bar.label + " " + sign + amount_text(bar.amount, units);
    }
    return out + close_svg(text, alternative + ".");
}

}  // namespace mtfp::render

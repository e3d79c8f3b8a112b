#pragma once
// Renderers draw a report's table model; none recomputes a figure. Display rounding
// (to £m at one decimal, or £000) happens here, from the exact pounds in the model.
#include <cstddef>
#include <string>
#include <vector>

#include "money/money_text.hpp"
#include "report/compare.hpp"
#include "report/report.hpp"

namespace mtfp {

enum class OutputFormat { text, csv, json, markdown, xlsx, html };

// Text on a terminal: colour (failed checks, positive gaps) and the width to fit.
// The CLI decides (stdout a terminal, no -o, NO_COLOR, --color); the default is plain
// text of any width, as in a pipe or a file.
enum class Colour { off, on };

struct TerminalStyle {
    Colour colour = Colour::off;
    std::size_t width = 0;  // columns to fit the tables into; 0: no limit
};

struct RenderOptions {
    OutputFormat format = OutputFormat::text;
    DisplayUnits units = DisplayUnits::millions;  // ignored by json (always whole pounds)
};

// `terminal` is for text only; the others ignore it.
std::string render_plan(const PlanReport& report, const RenderOptions& options,
                        const TerminalStyle& terminal = {});
// xlsx and html draw the plan's tables (when given) beside the checks; others ignore them.
std::string render_check(const CheckReport& report, const RenderOptions& options,
                         const PlanReport* plan_tables = nullptr, const TerminalStyle& terminal = {});
// `plans` are the compared scenarios' own reports, A first (html draws their gaps by year).
std::string render_compare(const CompareReport& report, const RenderOptions& options,
                           const std::vector<PlanReport>& plans = {}, const TerminalStyle& terminal = {});

}  // namespace mtfp

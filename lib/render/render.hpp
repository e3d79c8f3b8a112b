#pragma once
// Renderers draw a report's table model; none recomputes a figure. Display rounding
// (to £m at one decimal, or £000) happens here, from the exact pounds in the model.
#include <string>

#include "report/report.hpp"

namespace mtfp {

enum class OutputFormat { text, csv, json, markdown, xlsx, html };
enum class DisplayUnits { millions, thousands, pounds };  // --units m | 000 | 1

struct RenderOptions {
    OutputFormat format = OutputFormat::text;
    DisplayUnits units = DisplayUnits::millions;  // ignored by json (always whole pounds)
};

std::string render_plan(const PlanReport& report, const RenderOptions& options);
// xlsx and html draw the plan's tables (when given) beside the checks; others ignore them.
std::string render_check(const CheckReport& report, const RenderOptions& options,
                         const PlanReport* plan_tables = nullptr);

}  // namespace mtfp

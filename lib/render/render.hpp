#pragma once
// Renderers draw a report's table model; none recomputes a figure. Display rounding
// (to £m at one decimal, or £000) happens here, from the exact pounds in the model.
#include <string>

#include "report/compare.hpp"
#include "report/report.hpp"

namespace mtfp {

enum class OutputFormat { text, csv, json, markdown };
enum class DisplayUnits { millions, thousands, pounds };  // --units m | 000 | 1

struct RenderOptions {
    OutputFormat format = OutputFormat::text;
    DisplayUnits units = DisplayUnits::millions;  // ignored by json (always whole pounds)
};

std::string render_plan(const PlanReport& report, const RenderOptions& options);
std::string render_check(const CheckReport& report, const RenderOptions& options);
std::string render_compare(const CompareReport& report, const RenderOptions& options);  // compare.cpp

}  // namespace mtfp

#pragma once
// One renderer per format, one file each; render.cpp picks by --format.
#include <string>

#include "render/render.hpp"

namespace mtfp::render {

std::string plan_text(const PlanReport& report, DisplayUnits units, const TerminalStyle& terminal = {});
std::string plan_csv(const PlanReport& report, DisplayUnits units);
std::string plan_json(const PlanReport& report);
std::string plan_markdown(const PlanReport& report, DisplayUnits units);
std::string plan_xlsx(const PlanReport& report, DisplayUnits units);  // the file's bytes
std::string plan_html(const PlanReport& report, DisplayUnits units);

std::string check_text(const CheckReport& report, const TerminalStyle& terminal = {});
std::string check_csv(const CheckReport& report);
std::string check_json(const CheckReport& report);
std::string check_markdown(const CheckReport& report);
// With the plan's tables after the checks when given.
std::string check_xlsx(const CheckReport& report, const PlanReport* plan, DisplayUnits units);
std::string check_html(const CheckReport& report, const PlanReport* plan, DisplayUnits units);

}  // namespace mtfp::render

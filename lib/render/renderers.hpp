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

// A list of tables drawn exactly as in a plan report, without its title line (compare).
std::string tables_text(const std::vector<Table>& tables, DisplayUnits units,
                        const TerminalStyle& terminal = {});
std::string tables_csv(const std::vector<Table>& tables, DisplayUnits units);
std::string tables_markdown(const std::vector<Table>& tables, DisplayUnits units);

// A CSV field (RFC 4180), quoted only where it must be.
std::string csv_field(const std::string& text);

std::string compare_json(const CompareReport& report);  // compare_json.cpp

std::string check_text(const CheckReport& report, const TerminalStyle& terminal = {});
std::string check_csv(const CheckReport& report);
std::string check_json(const CheckReport& report);
std::string check_markdown(const CheckReport& report);
// With the plan's tables after the checks when given.
std::string check_xlsx(const CheckReport& report, const PlanReport* plan, DisplayUnits units);
std::string check_html(const CheckReport& report, const PlanReport* plan, DisplayUnits units);

}  // namespace mtfp::render

#pragma once
// `mtfp compare A B [C ...]`: every scenario loaded with the same --set overrides,
// projected and reported as by `run`, then compared against A.
#include <string>
#include <vector>

#include "commands/plan_request.hpp"
#include "report/compare.hpp"

namespace mtfp {

struct CompareRequest {
    std::vector<std::string> scenario_files;  // A first
    PlanRequest presentation;  // overrides, tables, format, units, -o (its scenario_file unused)
    ChangedRows rows = ChangedRows::all;
    CompareLayout layout = CompareLayout::by_year;
};

CommandResult compare_command(const CompareRequest& request);

}  // namespace mtfp

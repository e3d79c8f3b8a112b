// The plan and the check report as workbooks: the plan's tables one sheet per table,
// then the scenario's inputs (Assumptions); `check` gives the Checks sheet with the
// same tables before it, so the figures each rule tested are beside it.
#include "render/xlsx.hpp"

#include <map>
#include <set>

#include "render/renderers.hpp"

namespace mtfp::render {

namespace {

const std::map<std::string, std::string> sheet_names{{"summary", "Summary"},
                                                     {"table2", "Table 2"},
                                                     {"table3", "Table 3"},
                                                     {"table4", "Table 4"},
                                                     {"gap", "Gap"},
                                                     {"grants", "Grants"},
                                                     {"assumptions", "Assumptions"},
                                                     {"workings", "Workings"},
                                                     {"table3_lines", "Table 3 by line"},
                                                     {"movements", "Movements"},
                                                     {"capital", "Capital"},
                                                     {"priorities", "Priorities"},
                                                     {"simulation", "Simulation"},
                                                     {"council_tax", "Council tax"},
                                                     {"savings", "Savings"}};

// Excel's rules for a tab name: at most 31 characters, none of []:*?/\, unique.
std::string tab_name(const Table& table, std::set<std::string>& used) {
    const auto known = sheet_names.find(table.key);
    std::string name = known != sheet_names.end() ? known->second : table.title;
    std::string clean;
    for (char c : name) {
        if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) clean += c;
    }
    if (clean.empty()) clean = "Sheet";
    clean = clean.substr(0, 31);
    std::string unique = clean;
    for (int n = 2; used.contains(unique); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        unique = clean.substr(0, 31 - suffix.size()) + suffix;
    }
    used.insert(unique);
    return unique;
}

}  // namespace

std::vector<Sheet> sheets_by_key(const std::vector<Table>& tables) {
    std::vector<Sheet> sheets;
    std::set<std::string> used;
    for (std::size_t t = 0; t < tables.size(); ++t) {
        if (t > 0 && tables[t].key == tables[t - 1].key) {
            sheets.back().tables.push_back(&tables[t]);
            continue;
        }
        sheets.push_back(Sheet{tab_name(tables[t], used), {&tables[t]}});
    }
    return sheets;
}

std::string plan_xlsx(const PlanReport& report, DisplayUnits units) {
    std::vector<Table> all = report.tables;
    all.insert(all.end(), report.assumptions.begin(), report.assumptions.end());
    all.insert(all.end(), report.workings.begin(), report.workings.end());
    return xlsx_workbook(WorkbookContent{report.header.scenario_name, sheets_by_key(all), nullptr}, units);
}

std::string check_xlsx(const CheckReport& report, const PlanReport* plan, DisplayUnits units) {
    std::vector<Table> all;
    if (plan) {
        all = plan->tables;
        all.insert(all.end(), plan->assumptions.begin(), plan->assumptions.end());
    }
    return xlsx_workbook(WorkbookContent{report.header.scenario_name, sheets_by_key(all), &report}, units);
}

}  // namespace mtfp::render

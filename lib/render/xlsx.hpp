#pragma once
// The Excel workbook renderer (libxlsxwriter): any list of Tables drawn one sheet per
// group, inputs as values and every Formula of the model as a live formula with its
// exact result cached; amounts in exact pounds shown in £m, £000 or £ by number format.
#include <string>
#include <vector>

#include "render/render.hpp"

namespace mtfp::render {

// One sheet: its tab name (at most 31 characters, none of []:*?/\) and the tables
// drawn on it one under another.
struct Sheet {
    std::string name;
    std::vector<const Table*> tables;
};

struct WorkbookContent {
    std::string title;  // printed in the page header, e.g. the scenario's name
    std::vector<Sheet> sheets;
    const CheckReport* checks = nullptr;  // drawn as the first sheet, "Checks", when given
};

// The .xlsx file's bytes. Throws InputError if a figure is beyond what a spreadsheet
// holds exactly (2^53 pounds) or the workbook cannot be built.
std::string xlsx_workbook(const WorkbookContent& content, DisplayUnits units);

// The tables grouped one sheet per table key, in order ("Summary", "Table 2", ...; the
// two grids of Table 4 share a sheet); other keys are named from their title.
std::vector<Sheet> sheets_by_key(const std::vector<Table>& tables);

}  // namespace mtfp::render

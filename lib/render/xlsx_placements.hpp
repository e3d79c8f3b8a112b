#pragma once
// Where every table's rows land in the workbook, worked out before anything is
// written, so that a formula can name a cell on another sheet (Summary -> Grants ->
// Assumptions). Mirrors SheetWriter::table's layout (xlsx_workbook.cpp): title,
// header, rows, notes.
#include <optional>
#include <string>
#include <vector>

#include "render/xlsx.hpp"

namespace mtfp::render {

class Placements {
public:
    explicit Placements(const std::vector<Sheet>& sheets);

    // The formula's text over the cells it names, seen from column `column` of `from`;
    // nothing if a cell is not in the workbook (e.g. --table summary: no Grants sheet).
    std::optional<std::string> formula(const Table& from, std::size_t column, const Formula& formula) const;

private:
    struct Placed {
        const Table* table;
        std::string sheet;
        std::size_t first_row;  // of the table's first row
    };

    const Placed* find(const Table* table) const;
    const Placed* find(const std::string& key, const std::string& row) const;
    std::optional<std::string> address(const Table& from, std::size_t column, const FormulaTerm& term) const;

    std::vector<Placed> placed_;
};

}  // namespace mtfp::render

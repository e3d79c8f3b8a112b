#include "render/xlsx_placements.hpp"

#include <xlsxwriter.h>

namespace mtfp::render {

namespace {

std::string cell_name(std::size_t row, std::size_t column) {
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(name, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column));
    return name;
}

}  // namespace

Placements::Placements(const std::vector<Sheet>& sheets) {
    for (const Sheet& sheet : sheets) {
        std::size_t top = 0;
        for (const Table* table : sheet.tables) {
            placed_.push_back({table, sheet.name, top + 2});
            top += 2 + table->rows.size() + (table->notes.empty() ? 0 : 1 + table->notes.size()) + 2;
        }
    }
}

std::optional<std::string> Placements::formula(const Table& from, std::size_t column,
                                               const Formula& formula) const {
    std::string sum;
    for (const FormulaTerm& term : formula.terms) {
        const std::optional<std::string> at = address(from, column, term);
        if (!at) return std::nullopt;
        sum += (term.sign == Sign::minus ? "-" : sum.empty() ? "" : "+") + *at;
    }
    if (sum.empty()) sum.push_back('0');  // (not = "0": GCC 12 warns falsely of an overlap)
    if (formula.rates.empty()) return "=" + sum;
    std::string grown = "(" + sum + ")";
    for (const FormulaTerm& rate : formula.rates) {
        const std::optional<std::string> at = address(from, column, rate);
        if (!at) return std::nullopt;
        grown += "*(1+" + *at + ")";
    }
    std::string after;
    for (const FormulaTerm& term : formula.added) {
        const std::optional<std::string> at = address(from, column, term);
        if (!at) return std::nullopt;
        after += (term.sign == Sign::minus ? "-" : "+") + *at;
    }
    // Half away from zero, as the engine rounds. A rate such as 2.5% is not exact in
    // binary, so 12,345,660 x 1.025 comes out a hair under ...,5 and ROUND alone would
    // round it down: the product is first rounded to 5 decimals, well above a
    // double's error for any budget, well below a rate's own decimals.
    return "=ROUND(ROUND(" + grown + ",5),0)" + after;
}

const Placements::Placed* Placements::find(const Table* table) const {
    for (const Placed& placed : placed_) {
        if (placed.table == table) return &placed;
    }
    return nullptr;
}

const Placements::Placed* Placements::find(const std::string& key, const std::string& row) const {
    for (const Placed& placed : placed_) {
        if (placed.table->key != key) continue;
        for (const Row& candidate : placed.table->rows) {
            if (candidate.key == row) return &placed;
        }
    }
    return nullptr;
}

std::optional<std::string> Placements::address(const Table& from, std::size_t column,
                                               const FormulaTerm& term) const {
    const Placed* here = find(&from);
    const Placed* there = term.table.empty() ? here : find(term.table, term.row);
    if (!here || !there) return std::nullopt;
    std::size_t at = column;
    const std::string& key = term.column_key.empty() ? from.columns[column].key : term.column_key;
    if (there != here || !term.column_key.empty()) {  // the column of that key
        at = there->table->columns.size();
        for (std::size_t c = 0; c < there->table->columns.size(); ++c) {
            if (there->table->columns[c].key == key) at = c;
        }
    }
    if (term.column == ColumnRef::previous) at = at == 0 ? there->table->columns.size() : at - 1;
    if (at >= there->table->columns.size()) return std::nullopt;
    for (std::size_t r = 0; r < there->table->rows.size(); ++r) {
        if (there->table->rows[r].key != term.row) continue;
        const std::string cell = cell_name(there->first_row + r, at + 1);
        if (there->sheet == here->sheet) return cell;
        std::string quoted;  // 'Table 2'!B4, a quote doubled
        for (char c : there->sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
        return "'" + quoted + "'!" + cell;
    }
    return std::nullopt;
}

}  // namespace mtfp::render

#include "report/formulas.hpp"

#include <stdexcept>
#include <utility>

namespace mtfp::report {

FormulaTerm plus(std::string row, ColumnRef column) {
    return FormulaTerm{std::move(row), Sign::plus, column, {}};
}

FormulaTerm minus(std::string row, ColumnRef column) {
    return FormulaTerm{std::move(row), Sign::minus, column, {}};
}

FormulaTerm plus_in(std::string table, std::string row, ColumnRef column) {
    return FormulaTerm{std::move(row), Sign::plus, column, std::move(table)};
}

FormulaTerm minus_in(std::string table, std::string row) {
    return FormulaTerm{std::move(row), Sign::minus, ColumnRef::same, std::move(table)};
}

void state_formula_by_column(Table& table, const std::string& key,
                             const std::function<std::optional<Formula>(std::size_t)>& formula,
                             std::size_t first) {
    for (Row& row : table.rows) {
        if (row.key != key) continue;
        for (std::size_t c = first; c < row.cells.size(); ++c) {
            if (row.cells[c].money) row.cells[c].formula = formula(c);
        }
        return;
    }
    throw std::logic_error("no row " + key + " in table " + table.key);
}

void state_formula(Table& table, const std::string& key, const std::vector<FormulaTerm>& terms,
                   std::size_t first) {
    state_formula_by_column(
        table, key,
        [&terms](std::size_t) {
            return Formula{terms, {}};
        },
        first);
}

std::vector<FormulaTerm> plus_each(const std::vector<std::string>& keys) {
    std::vector<FormulaTerm> terms;
    for (const std::string& key : keys) terms.push_back(plus(key));
    return terms;
}

}  // namespace mtfp::report

#pragma once
// Stating a table's identities as formulas (see Formula in table.hpp), once the rows
// they refer to are in the table.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "report/table.hpp"

namespace mtfp::report {

FormulaTerm plus(std::string row, ColumnRef column = ColumnRef::same);
FormulaTerm minus(std::string row, ColumnRef column = ColumnRef::same);

// The same terms in another table of the report (the column of the same key).
FormulaTerm plus_in(std::string table, std::string row, ColumnRef column = ColumnRef::same);
FormulaTerm minus_in(std::string table, std::string row);

// Every money cell of row `key`, from column `first` on, is the sum of the terms.
// Throws std::logic_error if the row is missing (a builder's mistake, not input).
void state_formula(Table& table, const std::string& key, const std::vector<FormulaTerm>& terms,
                   std::size_t first = 0);

// The money cells of row `key`, from column `first` on, for which `formula(column)`
// gives one. Throws std::logic_error if the row is missing.
void state_formula_by_column(Table& table, const std::string& key,
                             const std::function<std::optional<Formula>(std::size_t)>& formula,
                             std::size_t first = 0);

// A plain sum of the rows with these keys.
std::vector<FormulaTerm> plus_each(const std::vector<std::string>& keys);

}  // namespace mtfp::report

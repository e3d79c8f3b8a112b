#include "analysis/parameter_restore.hpp"

#include "analysis/capital_parameters.hpp"

namespace mtfp::analysis {

namespace {

Grant& grant_of(Scenario& scenario, std::size_t item) {
    return item == 0 ? scenario.general_grant : scenario.specific_grants[item - 1];
}

void restore_cash_increase(std::vector<std::optional<std::int64_t>>& working,
                           const std::vector<std::optional<std::int64_t>>& original, YearIndex y) {
    if (y < working.size()) working[y] = y < original.size() ? original[y] : std::nullopt;
}

}  // namespace

void restore_value(Scenario& working, const Scenario& original, const ParameterHandle& handle, YearIndex y) {
    const std::size_t i = handle.item;
    switch (handle.kind) {
        case ParameterKind::index_rate:
            working.indices[i].rate_by_year[y] = original.indices[i].rate_by_year[y];
            return;
        case ParameterKind::grant_growth:
        case ParameterKind::grant_amount: {
            GrantYear& year = grant_of(working, i).by_year[y];
            const GrantYear& was =
                (i == 0 ? original.general_grant : original.specific_grants[i - 1]).by_year[y];
            year.amount = was.amount;
            year.growth = was.growth;
            return;
        }
        case ParameterKind::grant_base:
            grant_of(working, i).base =
                (i == 0 ? original.general_grant : original.specific_grants[i - 1]).base;
            return;
        case ParameterKind::band_d_increase:
        case ParameterKind::band_d_cash:
            // Setting either form of the increase clears or sets the year's cash figure.
            working.precept.band_d_increase_by_year[y] = original.precept.band_d_increase_by_year[y];
            restore_cash_increase(working.precept.council_tax.cash_increase_pence,
                                  original.precept.council_tax.cash_increase_pence, y);
            return;
        case ParameterKind::collection_fund:
            working.precept.council_tax.collection_fund[y] = original.precept.council_tax.collection_fund[y];
            return;
        case ParameterKind::tax_base_growth:
            working.precept.tax_base_growth_by_year[y] = original.precept.tax_base_growth_by_year[y];
            return;
        case ParameterKind::precept_base:
            working.precept.base = original.precept.base;
            return;
        case ParameterKind::movement_amount:
            working.movements[i].amount_by_year[y] = original.movements[i].amount_by_year[y];
            return;
        case ParameterKind::transfer_amount:
            working.transfers[i].amount = original.transfers[i].amount;
            return;
        case ParameterKind::budget_book_amount:
            working.lines[i].budget_book.set_amount(
                handle.subjective, original.lines[i].budget_book[handle.subjective], original.lines[i].where);
            return;
        case ParameterKind::reserve_opening:
            working.reserves[i].opening = original.reserves[i].opening;
            return;
        case ParameterKind::capital_borrowing_rate:
        case ParameterKind::capital_spend:
        case ParameterKind::capital_funding:
            set_capital_value(working, handle, y, capital_value_in(original, handle, y));
            return;
    }
}

}  // namespace mtfp::analysis

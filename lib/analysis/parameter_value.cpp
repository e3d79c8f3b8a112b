// A parameter's value read from and written to the Scenario through its handle: an
// index by position, no names, so that solve, sensitivity and simulate can do it
// thousands of times.
#include "analysis/capital_parameters.hpp"
#include "analysis/parameter.hpp"

namespace mtfp::analysis {

namespace {

Grant& grant_of(Scenario& scenario, std::size_t item) {
    return item == 0 ? scenario.general_grant : scenario.specific_grants[item - 1];
}

const Grant& grant_of(const Scenario& scenario, std::size_t item) {
    return item == 0 ? scenario.general_grant : scenario.specific_grants[item - 1];
}

}  // namespace

std::int64_t value_in(const Scenario& scenario, const Plan& plan, const ParameterHandle& handle,
                      YearIndex y) {
    switch (handle.kind) {
        case ParameterKind::index_rate:
            return scenario.indices[handle.item].rate_by_year[y].units();
        case ParameterKind::grant_growth:
            return grant_of(scenario, handle.item).by_year[y].growth.units();
        case ParameterKind::grant_amount:
            return (handle.item == 0 ? plan.general_grant[y] : plan.specific_grants[handle.item - 1][y])
                .in_pounds();
        case ParameterKind::grant_base:
            return grant_of(scenario, handle.item).base.in_pounds();
        case ParameterKind::band_d_increase:
        case ParameterKind::band_d_cash: {
            // A year given in the other form has the increase the plan projects for it.
            const auto& cash = scenario.precept.council_tax.cash_increase_pence;
            const bool in_pounds = y < cash.size() && cash[y];
            if (handle.kind == ParameterKind::band_d_cash)
                return in_pounds ? *cash[y] : plan.council_tax.band_d_increase_pence[y];
            return in_pounds ? plan.band_d_increase[y].units()
                             : scenario.precept.band_d_increase_by_year[y].units();
        }
        case ParameterKind::collection_fund:
            return scenario.precept.council_tax.collection_fund[y].in_pounds();
        case ParameterKind::tax_base_growth:
            return scenario.precept.tax_base_growth_by_year[y].units();
        case ParameterKind::precept_base:
            return scenario.precept.base.in_pounds();
        case ParameterKind::movement_amount:
            return scenario.movements[handle.item].amount_by_year[y].in_pounds();
        case ParameterKind::transfer_amount:
            return scenario.transfers[handle.item].amount.in_pounds();
        case ParameterKind::budget_book_amount:
            return scenario.lines[handle.item].budget_book[handle.subjective].in_pounds();
        case ParameterKind::reserve_opening:
            return scenario.reserves[handle.item].opening.in_pounds();
        case ParameterKind::capital_borrowing_rate:
        case ParameterKind::capital_spend:
        case ParameterKind::capital_funding:
            return capital_value_in(scenario, handle, y);
    }
    return 0;
}

void set_value(Scenario& scenario, const ParameterHandle& handle, YearIndex y, std::int64_t value) {
    const Rate rate = Rate::from_units(value);
    const Money amount = Money::pounds(value);
    switch (handle.kind) {
        case ParameterKind::index_rate:
            scenario.indices[handle.item].rate_by_year[y] = rate;
            return;
        case ParameterKind::grant_growth:
            grant_of(scenario, handle.item).by_year[y].growth = rate;
            return;
        case ParameterKind::grant_amount:
            grant_of(scenario, handle.item).by_year[y].amount = amount;
            return;
        case ParameterKind::grant_base:
            grant_of(scenario, handle.item).base = amount;
            return;
        case ParameterKind::band_d_increase:
            scenario.precept.band_d_increase_by_year[y] = rate;
            // A year whose increase was in pounds now takes the rate.
            if (y < scenario.precept.council_tax.cash_increase_pence.size())
                scenario.precept.council_tax.cash_increase_pence[y].reset();
            return;
        case ParameterKind::band_d_cash: {
            auto& cash = scenario.precept.council_tax.cash_increase_pence;
            if (cash.size() < scenario.year_count()) cash.resize(scenario.year_count());
            cash[y] = value;
            return;
        }
        case ParameterKind::collection_fund:
            scenario.precept.council_tax.collection_fund[y] = amount;
            return;
        case ParameterKind::tax_base_growth:
            scenario.precept.tax_base_growth_by_year[y] = rate;
            return;
        case ParameterKind::precept_base:
            scenario.precept.base = amount;
            return;
        case ParameterKind::movement_amount:
            scenario.movements[handle.item].amount_by_year[y] = amount;
            return;
        case ParameterKind::transfer_amount:
            scenario.transfers[handle.item].amount = amount;
            return;
        case ParameterKind::budget_book_amount:
            scenario.lines[handle.item].budget_book.set_amount(handle.subjective, amount,
                                                               scenario.lines[handle.item].where);
            return;
        case ParameterKind::reserve_opening:
            scenario.reserves[handle.item].opening = amount;
            return;
        case ParameterKind::capital_borrowing_rate:
        case ParameterKind::capital_spend:
        case ParameterKind::capital_funding:
            set_capital_value(scenario, handle, y, value);
            return;
    }
}

}  // namespace mtfp::analysis

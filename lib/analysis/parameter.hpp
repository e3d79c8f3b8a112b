#pragma once
// A typed handle on one input of a Scenario: what `solve`, `sensitivity` (and later
// `simulate`) vary. The path is resolved to positions once, where the names are known;
// after that, reading or changing the value is an index into the Scenario, so a plan
// can be re-projected thousands of times without re-reading files or looking up names.
#include <cstdint>
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "project/plan.hpp"

namespace mtfp::analysis {

enum class ParameterKind {
    index_rate,              // indices.ID[.YEAR]
    grant_growth,            // grants.general.growth[.YEAR], grants.specific.ID.growth[.YEAR]
    grant_amount,            // grants.general.amounts[.YEAR], grants.specific.ID.amounts[.YEAR]
    grant_base,              // grants.general.base, grants.specific.ID.base
    band_d_increase,         // precept.band_d_increase[.YEAR] as a rate (a cash precept)
    band_d_cash,             // precept.band_d_increase[.YEAR] in pounds and pence (council tax in pounds)
    collection_fund,         // precept.collection_fund[.YEAR]
    tax_base_growth,         // precept.tax_base_growth[.YEAR]
    precept_base,            // precept.base
    movement_amount,         // movements.ID.amounts[.YEAR]
    transfer_amount,         // reserves.transfers.ID.amount
    budget_book_amount,      // lines.ID.budget_book.SUBJECTIVE
    reserve_opening,         // reserves.general.opening, reserves.earmarked.ID.opening
    capital_borrowing_rate,  // capital.borrowing_rate[.YEAR] (analysis/capital_parameters.cpp)
    capital_spend,           // capital.schemes.ID.spend[.YEAR]
    capital_funding,         // capital.schemes.ID.(grants|receipts|revenue)[.YEAR]
};

// A rate is counted in Rate units (1e-10), an amount in whole pounds, a Band D increase
// in pence: the exact representation, so a search over it is exact.
enum class ValueType { rate, money, pence };

struct ParameterHandle {
    std::string path;  // as written on the command line, for messages and tables
    ParameterKind kind = ParameterKind::index_rate;
    std::size_t item = 0;  // index, grant (0 general, i+1 specific i), movement, transfer, line or reserve
    std::size_t subjective = 0;  // budget_book_amount only
    // The years whose value it addresses (a single year when the path names one); empty
    // for an amount that is not by year (a base-year budget, an opening balance).
    std::vector<YearIndex> years;
    std::int64_t lowest = 0;  // the values it may take, in its units (see ValueType)
    std::int64_t highest = 0;

    ValueType type() const;
    bool by_year() const { return !years.empty(); }
};

// Resolves PATH (the --set path of a rate or amount that plays into the plan) against
// the scenario; throws InputError located on the command line, with "did you mean".
ParameterHandle resolve_parameter(const Scenario& scenario, const std::string& path);

// With council tax in pounds the Band D increase is varied in pounds and pence; a value
// written as a rate ("1%", "+=0.5%") varies it as a rate instead, as --set does. The
// handle for such a value (every other handle is returned as it is).
ParameterHandle as_written(const ParameterHandle& handle, const std::string& value);

// The value in year y (ignored when not by year). A grant year given as growth has the
// cash the plan projects for it as its amount, hence the plan.
std::int64_t value_in(const Scenario& scenario, const Plan& plan, const ParameterHandle& handle, YearIndex y);

// Sets the value in year y (ignored when not by year); pure, no names, no I/O. Setting
// a grant's amount makes that year a cash figure; setting its growth leaves a year given
// as a cash figure unchanged (growth does not apply to it).
void set_value(Scenario& scenario, const ParameterHandle& handle, YearIndex y, std::int64_t value);

}  // namespace mtfp::analysis

#pragma once
// Council tax in pounds (docs/levers.md): the keys of `precept`
// beyond the cash precept of v1. Called by read_precept.
#include "load/document.hpp"
#include "load/reader.hpp"
#include "model/scenario.hpp"

namespace mtfp::load {

// band_d, tax_base, tax_base_by_year and collection_fund of the precept mapping.
void read_council_tax(Reader& reader, const Node& precept, Scenario& scenario);

// Whether a band_d_increase or cap is written (anywhere) in pounds: "£14".
bool written_in_pounds(const Node& node);

// A band_d_increase with at least one year in pounds: each plan year a rate or "£14".
// Fills the rates (0% where in pounds) and the cash increases.
void read_cash_band_d_increase(Reader& reader, const Node& increase, Scenario& scenario);

// A cap written in pounds ("£14"): the referendum limit on the Band D increase.
void read_cash_cap(Reader& reader, const Node& cap, Scenario& scenario);

}  // namespace mtfp::load

#pragma once
// What `explain SCENARIO ROW YEAR` was asked, checked before any figure is explained: an
// unknown ROW refused with a near spelling or the rows naming the word; a YEAR that ROW
// has no figure for refused with the years it has.
#include <string>

#include "model/scenario.hpp"

namespace mtfp::explaining {

[[noreturn]] void refuse_unknown_row(const Scenario& scenario, const std::string& row);
YearIndex checked_year(const Scenario& scenario, const std::string& row, const std::string& year);

}  // namespace mtfp::explaining

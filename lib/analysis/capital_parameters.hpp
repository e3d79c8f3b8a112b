#pragma once
// The capital programme's what-if parameters: capital.borrowing_rate[.YEAR] and
// capital.schemes.ID.(spend|grants|receipts|revenue)[.YEAR] (docs/capital.md).
#include <string>
#include <vector>

#include "analysis/parameter.hpp"

namespace mtfp::analysis {

// PARTS is the path split at its dots, "capital" first; the scenario has a capital
// programme. Fills in HANDLE's kind, item, funding source (in `subjective`), years and range.
void resolve_capital_parameter(const Scenario& scenario, const std::vector<std::string>& parts,
                               ParameterHandle& handle);

std::int64_t capital_value_in(const Scenario& scenario, const ParameterHandle& handle, YearIndex y);
void set_capital_value(Scenario& scenario, const ParameterHandle& handle, YearIndex y, std::int64_t value);

}  // namespace mtfp::analysis

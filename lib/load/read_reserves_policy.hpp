#pragma once
// reserves.policy (docs/levers.md): fund_gap_from and outturn_to.
#include "load/document.hpp"
#include "load/reader.hpp"
#include "model/scenario.hpp"

namespace mtfp::load {

// Needs the reserves read (references) and the precept (balance mode cannot combine
// with a gap funded from reserves).
void read_reserves_policy(Reader& reader, const Node& policy, Scenario& scenario);

}  // namespace mtfp::load

#pragma once
// A savings programme (docs/levers.md): status, owner and cashable
// on efficiency movements, and savings_risk.
#include <optional>

#include "load/document.hpp"
#include "load/reader.hpp"
#include "model/scenario.hpp"

namespace mtfp::load {

// status, owner, cashable of one movement; on any kind but efficiency each is an error.
void read_savings_item(Reader& reader, const Node& item, std::optional<MovementKind> kind,
                       Movement& movement);

// savings_risk: a rate per status, the defaults for those not given.
void read_savings_risk(Reader& reader, const Node& root, Scenario& scenario);

// labels: row key -> label, and titles: table id -> title (read_labels.cpp).
void read_labels(Reader& reader, const Node& root, Scenario& scenario);

}  // namespace mtfp::load

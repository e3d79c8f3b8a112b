#pragma once
// --set PATH=VALUE: one change to the merged document before validation, as if the
// value had been written in the file at that place. List items are addressed by id.
#include <vector>

#include "load/document.hpp"
#include "load/load.hpp"
#include "load/session.hpp"

namespace mtfp::load {

// Applies each override in turn; a PATH that names nothing is reported (with "did you
// mean"), never ignored. Values are read in the top file's units.
void apply_overrides(Session& session, Node& root, const std::vector<Override>& overrides);

}  // namespace mtfp::load

#pragma once
// YAML text -> the loader's document tree, through yaml-cpp's event API so that every
// node keeps its location, duplicate keys are caught with both places, and the limits
// of limits.hpp stop a hostile file while it is being read, not after.
#include <cstddef>
#include <optional>
#include <string>

#include "load/document.hpp"
#include "load/problems.hpp"

namespace mtfp::load {

// Shared by every file of one run (the extends chain and --set values), so the total
// of nodes, and therefore of amounts that can be summed, is bounded.
struct NodeBudget {
    std::size_t used = 0;
};

// Anchors and aliases are refused outright: a scenario has `extends` for sharing, and
// without aliases no small file can expand into a huge tree ("billion laughs").
std::optional<Node> parse_yaml(const std::string& text, const SourceFile& file, NodeBudget& budget,
                               Problems& problems);

}  // namespace mtfp::load

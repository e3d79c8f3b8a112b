#pragma once
// How a file that `extends` another changes what it inherits: maps merge key by key;
// lists of items that all carry an `id` merge item by item (`remove: true` deletes the
// inherited item, a new id is appended); any other list, and any scalar, replaces the
// inherited value. Setting one precept mode drops the inherited other one.
#include "load/document.hpp"
#include "load/problems.hpp"

namespace mtfp::load {

// Merges `child` into `base`; `base` becomes the result. Every node keeps the file it
// came from, so inherited values are still reported at their own file and line.
void merge_into(Node& base, Node child, Problems& problems);

// True for a list whose items are all mappings with a scalar `id`.
bool is_list_by_id(const Node& list);

// Setting band_d_increase drops an inherited `mode`, and `mode` drops an inherited
// band_d_increase: the one a user just wrote wins. (Used by --set as well.)
void drop_other_precept_mode(Node& precept, const Node& newer);

}  // namespace mtfp::load

#include "money/units.hpp"

namespace mtfp {

std::optional<Units> parse_units(std::string_view text) {
    if (text == "£") return Units{"£", 0};
    if (text == "£000") return Units{"£000", 3};
    if (text == "£m") return Units{"£m", 6};
    return std::nullopt;
}

}  // namespace mtfp

#pragma once
// The unit a file's bare amounts are written in. Held as a power of ten so that
// scaling is a shift of the decimal point in the digit string, never a multiplication
// in floating point.
#include <optional>
#include <string>
#include <string_view>

namespace mtfp {

struct Units {
    std::string name;       // "£", "£000" or "£m", as written
    int decimal_shift = 0;  // 0, 3 or 6
};

std::optional<Units> parse_units(std::string_view text);

}  // namespace mtfp

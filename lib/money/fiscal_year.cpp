#include "money/fiscal_year.hpp"

#include <fmt/format.h>

namespace mtfp {

std::optional<FiscalYear> FiscalYear::parse(std::string_view text) {
    if (text.size() != 7 || (text[4] != '/' && text[4] != '-')) return std::nullopt;
    int start = 0;
    for (int i = 0; i < 4; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        start = start * 10 + (text[i] - '0');
    }
    if (text[5] < '0' || text[5] > '9' || text[6] < '0' || text[6] > '9') return std::nullopt;
    int end = (text[5] - '0') * 10 + (text[6] - '0');
    if (end != (start + 1) % 100 || start < 1900) return std::nullopt;
    return FiscalYear(start);
}

std::string FiscalYear::to_string() const {
    return fmt::format("{:04}/{:02}", start_, (start_ + 1) % 100);
}

}  // namespace mtfp

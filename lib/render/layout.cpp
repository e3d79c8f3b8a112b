#include "render/layout.hpp"

#include "render/display_units.hpp"

namespace mtfp::render {

std::string display_cell(const Cell& cell, DisplayUnits units) {
    if (cell.money) return format_amount(*cell.money, units);
    if (cell.rate) return format_rate(*cell.rate);
    return "";
}

std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;  // not a continuation byte
    }
    return width;
}

std::string units_note(DisplayUnits units) {
    if (units == DisplayUnits::pounds) return "Amounts in £ (whole pounds).";
    return "Amounts in " + unit_label(units) + ". Figures may not sum because of rounding.";
}

}  // namespace mtfp::render

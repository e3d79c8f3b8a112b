#include "render/layout.hpp"

#include "money/money_text.hpp"

namespace mtfp::render {

std::string rate_text(Rate rate, const Cell& cell) {
    return cell.rate_decimals ? rate.to_percent_string(*cell.rate_decimals) : format_rate(rate);
}

std::string display_cell(const Cell& cell, DisplayUnits units) {
    if (cell.money) return format_amount(*cell.money, units);
    if (cell.rate) return rate_text(*cell.rate, cell);
    if (cell.hundredths) return format_hundredths(*cell.hundredths);
    if (cell.text) return *cell.text;
    return blank_text(cell.blank);
}

std::string blank_text(Blank blank) {
    switch (blank) {
        case Blank::absent:
            return "absent";
        case Blank::not_applicable:
            return "n/a";
        case Blank::empty:
            break;
    }
    return "";
}

std::string column_unit(const Table& table, std::size_t c, DisplayUnits units) {
    return c < table.column_units.size() && !table.column_units[c].empty() ? table.column_units[c]
                                                                           : unit_label(units);
}

std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;  // not a continuation byte
    }
    return width;
}

std::string own_unit(const Table& table) {
    if (table.columns.empty() || table.column_units.size() < table.columns.size()) return "";
    const std::string& first = table.column_units.front();
    if (first.find_first_not_of(' ') == std::string::npos) return "";
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (table.column_units[c] != first) return "";
    return first;
}

std::string units_note(DisplayUnits units) {
    if (units == DisplayUnits::pounds) return "Amounts in £ (whole pounds).";
    return "Amounts in " + unit_label(units) + ". Figures may not sum because of rounding.";
}

std::string sentence_case(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace mtfp::render

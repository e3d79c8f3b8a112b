// Draws tables into an .xlsx workbook with libxlsxwriter. Each table is a block: its
// title, a header row (label header, then the columns' headers), its rows, then its
// notes; blocks follow one another down the sheet. A cell with a Formula becomes an
// Excel formula over the cells its terms name (same table, same or previous column),
// with the model's exact figure as the cached result, so the file opens showing the
// right figures and recalculates when an input is changed.
//
// libxlsxwriter 1.1 writes only to a named file, so the workbook is built in a
// private temporary folder and read back; the caller writes the bytes atomically.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "model/diagnostic.hpp"
#include "money/money_text.hpp"
#include "render/layout.hpp"
#include "render/scratch_folder.hpp"
#include "render/xlsx.hpp"
#include "render/xlsx_display.hpp"
#include "render/xlsx_placements.hpp"

namespace mtfp::render {

namespace {

// Doubles hold whole pounds exactly up to 2^53; Excel shows 15 significant digits.
constexpr std::int64_t exact_limit = std::int64_t{1} << 53;

[[noreturn]] void fail(const std::string& what) {
    throw InputError({Diagnostic{"mtfp", 0, 0, what}});
}

double pounds(Money amount) {
    if (amount.in_pounds() >= exact_limit || amount.in_pounds() <= -exact_limit)
        fail("a figure is too large for a spreadsheet to hold exactly: " + pounds_phrase(amount));
    return static_cast<double>(amount.in_pounds());
}

double fraction(Rate rate) {
    return static_cast<double>(rate.units()) / static_cast<double>(Rate::scale);
}

// The width of every figure's column, in characters; the header row is as tall as the
// longest header wrapped in it.
constexpr double figure_width = 16;

struct Formats {
    lxw_format* title;
    lxw_format* header;
    lxw_format* label_header;
    lxw_format* label;
    lxw_format* label_total;
    lxw_format* heading;
    lxw_format* money;
    lxw_format* money_total;
    lxw_format* rate;
    lxw_format* pence;  // Band D and tax base: two decimals whatever the units
    lxw_format* note;
    lxw_format* text;
    lxw_format* fail;
    lxw_format* small_negative;  // given by a conditional format, see xlsx_display.hpp
};

Formats make_formats(lxw_workbook* workbook, DisplayUnits units) {
    const std::string amount = money_format(units);
    Formats f{};
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_RIGHT);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_BOTTOM);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.label_header = workbook_add_format(workbook);
    format_set_bold(f.label_header);
    format_set_align(f.label_header, LXW_ALIGN_VERTICAL_BOTTOM);
    format_set_bottom(f.label_header, LXW_BORDER_THIN);
    f.label = workbook_add_format(workbook);
    f.label_total = workbook_add_format(workbook);
    format_set_bold(f.label_total);
    format_set_top(f.label_total, LXW_BORDER_THIN);
    f.heading = workbook_add_format(workbook);
    format_set_italic(f.heading);
    f.money = workbook_add_format(workbook);
    format_set_num_format(f.money, amount.c_str());
    f.money_total = workbook_add_format(workbook);
    format_set_num_format(f.money_total, amount.c_str());
    format_set_bold(f.money_total);
    format_set_top(f.money_total, LXW_BORDER_THIN);
    f.rate = workbook_add_format(workbook);
    format_set_num_format(f.rate, "0.00%");
    f.pence = workbook_add_format(workbook);
    format_set_num_format(f.pence, "#,##0.00");
    f.note = workbook_add_format(workbook);
    format_set_italic(f.note);
    format_set_font_color(f.note, 0x595959);
    f.text = workbook_add_format(workbook);
    f.fail = workbook_add_format(workbook);
    format_set_bold(f.fail);
    format_set_font_color(f.fail, 0xC00000);
    f.small_negative = workbook_add_format(workbook);
    format_set_num_format(f.small_negative, small_negative_format(units).c_str());
    return f;
}

class SheetWriter {
public:
    SheetWriter(lxw_worksheet* sheet, const Formats& formats, DisplayUnits units,
                const Placements* placements = nullptr)
        : sheet_(sheet), f_(formats), units_(units), placements_(placements) {}

    // Returns the row after the block.
    std::size_t table(const Table& table, std::size_t top) {
        std::size_t r = top;
        ++tables_;
        string(r, 0, table.title, f_.title);
        ++r;
        header_row_ = header_row_ ? header_row_ : r;
        string(r, 0, table.label_header, f_.label_header);
        std::size_t lines = 1;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const std::string header = table.columns[c].header + "\n" + unit_label(units_);
            string(r, c + 1, header, f_.header);
            lines = std::max(lines, header_lines(header, figure_width));
        }
        worksheet_set_row(sheet_, static_cast<lxw_row_t>(r), header_row_height(lines), nullptr);
        widest_columns_ = std::max(widest_columns_, table.columns.size());
        ++r;
        for (const Row& row : table.rows) {
            const bool total = row.style == RowStyle::total || row.style == RowStyle::subtotal;
            label_width_ = std::max(label_width_, display_width(row.label));
            string(r, 0, row.label,
                   row.style == RowStyle::heading ? f_.heading
                   : total                        ? f_.label_total
                                                  : f_.label);
            for (std::size_t c = 0; c < row.cells.size() && c < table.columns.size(); ++c) {
                cell(table, row.cells[c], r, c, total);
            }
            ++r;
        }
        if (!table.notes.empty()) ++r;
        for (const std::string& note : table.notes) string(r++, 0, note, f_.note);
        if (own_unit(table).empty()) string(r++, 0, units_note(units_), f_.note);
        return r + 1;
    }

    void string(std::size_t row, std::size_t column, const std::string& text, lxw_format* format) {
        if (text.empty()) return;
        check(worksheet_write_string(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                     text.c_str(), format));
    }

    void value(std::size_t row, std::size_t column, const Cell& cell, lxw_format* money) {
        const auto r = static_cast<lxw_row_t>(row);
        const auto c = static_cast<lxw_col_t>(column);
        if (cell.money) {
            amounts_.add(row, column);
            check(worksheet_write_number(sheet_, r, c, pounds(*cell.money), money));
        }
        if (cell.rate) check(worksheet_write_number(sheet_, r, c, fraction(*cell.rate), f_.rate));
        if (cell.hundredths)
            check(worksheet_write_number(sheet_, r, c, static_cast<double>(*cell.hundredths) / 100.0,
                                         f_.pence));
        if (cell.text) string(row, column, *cell.text, f_.text);
    }

    // Frozen headers and label column, widths, A4 landscape fitted to the page width,
    // the header rows and the label column printed on every page.
    void finish(const std::string& page_title) {
        const auto header = static_cast<lxw_row_t>(header_row_ ? header_row_ : 0);
        worksheet_freeze_panes(sheet_, header + 1, 1);
        worksheet_set_column(sheet_, 0, 0, static_cast<double>(std::min<std::size_t>(label_width_ + 2, 60)),
                             nullptr);
        if (widest_columns_ > 0)
            worksheet_set_column(sheet_, 1, static_cast<lxw_col_t>(widest_columns_), figure_width, nullptr);
        amounts_.show_small_negatives(sheet_, f_.small_negative, units_);
        worksheet_set_landscape(sheet_);
        worksheet_set_paper(sheet_, 9);  // A4
        worksheet_fit_to_pages(sheet_, 1, 0);
        // Title and header repeat on printed pages only on a one-table sheet: on Table 4
        // or Gap they would name the first table over the others' pages.
        if (tables_ <= 1) worksheet_repeat_rows(sheet_, 0, header);
        worksheet_repeat_columns(sheet_, 0, 0);
        std::string escaped;  // "&" starts a code in a page header
        for (char c : page_title) escaped += c == '&' ? std::string("&&") : std::string(1, c);
        const std::string page_header = "&L" + escaped + "&R&A";
        if (page_header.size() < 255) worksheet_set_header(sheet_, page_header.c_str());
        worksheet_set_footer(sheet_, "&CPage &P of &N");
    }

    void widen(std::size_t columns, std::size_t label_width) {
        widest_columns_ = std::max(widest_columns_, columns);
        label_width_ = std::max(label_width_, label_width);
    }
    void mark_header(std::size_t row) { header_row_ = row; }

    static void check(lxw_error error) {
        if (error != LXW_NO_ERROR) fail(std::string("cannot build the workbook: ") + lxw_strerror(error));
    }

private:
    // Column `column` of the table is sheet column column + 1 (the labels are first).
    void cell(const Table& table, const Cell& cell, std::size_t row, std::size_t column, bool total) {
        lxw_format* money = total ? f_.money_total : f_.money;
        std::optional<std::string> formula;
        if (cell.formula && cell.money && placements_)
            formula = placements_->formula(table, column, *cell.formula);
        if (!formula) return value(row, column + 1, cell, money);
        amounts_.add(row, column + 1);
        check(worksheet_write_formula_num(sheet_, static_cast<lxw_row_t>(row),
                                          static_cast<lxw_col_t>(column + 1), formula->c_str(), money,
                                          pounds(*cell.money)));
    }

    lxw_worksheet* sheet_;
    const Formats& f_;
    DisplayUnits units_;
    const Placements* placements_;
    std::size_t header_row_ = 0;
    std::size_t tables_ = 0;
    std::size_t label_width_ = 10;
    std::size_t widest_columns_ = 0;
    AmountCells amounts_;
};

void checks_sheet(lxw_workbook* workbook, const Formats& f, const CheckReport& report, DisplayUnits units,
                  const std::string& title) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Checks");
    if (!sheet) fail("cannot add the Checks sheet");
    SheetWriter writer(sheet, f, units);
    writer.string(0, 0, "Checks", f.title);
    const std::vector<std::string> headers{"Rule", "Year", "Subject", "Result", "Value", "Limit", "Message"};
    for (std::size_t c = 0; c < headers.size(); ++c)
        writer.string(1, c, headers[c], c < 4 ? f.label_header : f.header);
    std::size_t r = 2;
    std::size_t rule_width = 10;
    for (const CheckLine& line : report.lines) {
        writer.string(r, 0, line.rule, f.text);
        writer.string(r, 1, line.year, f.text);
        writer.string(r, 2, line.subject, f.text);
        writer.string(r, 3, line.verdict_word(),
                      line.verdict() == CheckLine::Verdict::fail ? f.fail : f.text);
        writer.value(r, 4, line.value, f.money);
        writer.value(r, 5, line.limit, f.money);
        writer.string(r, 6, line.message, f.text);
        rule_width = std::max(rule_width, line.rule.size());
        ++r;
    }
    ++r;
    const CheckTally tally = report.tally();
    writer.string(r++, 0, tally.sentence(), tally.failed == 0 ? f.text : f.fail);
    writer.string(r, 0, units_note(units), f.note);
    writer.mark_header(1);
    writer.finish(title);
    worksheet_set_column(sheet, 0, 0, static_cast<double>(rule_width + 2), nullptr);
    worksheet_set_column(sheet, 1, 3, 10, nullptr);
    worksheet_set_column(sheet, 4, 5, 16, nullptr);
    worksheet_set_column(sheet, 6, 6, 90, nullptr);
}

}  // namespace

std::string xlsx_workbook(const WorkbookContent& content, DisplayUnits units) {
    ScratchFolder scratch;
    const std::string file = (scratch.path() / "workbook.xlsx").string();
    const std::string tmpdir = scratch.path().string();
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(tmpdir.c_str());  // the C API takes char*, only reads it
    lxw_workbook* workbook = workbook_new_opt(file.c_str(), &options);
    if (!workbook) fail("cannot create the workbook");
    try {
        const Formats formats = make_formats(workbook, units);
        const Placements placements(content.sheets);
        if (content.checks) checks_sheet(workbook, formats, *content.checks, units, content.title);
        for (const Sheet& sheet : content.sheets) {
            lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.c_str());
            if (!worksheet) fail("cannot add the sheet " + sheet.name);
            SheetWriter writer(worksheet, formats, units, &placements);
            std::size_t top = 0;
            for (const Table* table : sheet.tables) top = writer.table(*table, top);
            writer.finish(content.title);
        }
    } catch (...) {
        workbook_close(workbook);
        throw;
    }
    SheetWriter::check(workbook_close(workbook));
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) fail("cannot read back the workbook");
    return bytes.str();
}

}  // namespace mtfp::render

// Table 3 for each line: one column per business-group and corporate line (business
// groups first, then corporate, each in scenario order), Total MPS last. The rows are
// Table 3's own (built by build_table3, so labels and keys are one source); each line
// column holds that line's figures, and the Total MPS column is Table 3's, stated as the
// sum of the line columns.
#include "project/sum.hpp"
#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

// The MPS lines in the order of the Summary: business groups, then corporate.
std::vector<std::size_t> mps_lines(const Scenario& scenario) {
    std::vector<std::size_t> lines;
    for (Section section : {Section::business_group, Section::corporate}) {
        for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
            if (scenario.lines[l].section == section) lines.push_back(l);
        }
    }
    return lines;
}

// One line's figure for a row of Table 3, the row named by its position in the table:
// budget book, in-year, base budget, then per plan year a spacer, the movement rows in
// PlanMovement's order and the draft.
class LineFigures {
public:
    LineFigures(const Scenario& scenario, const Plan& plan, std::size_t line)
        : book_(scenario.lines[line].budget_book.total()), lines_(plan.lines), line_(line) {}

    std::optional<Money> at(std::size_t row) const {
        if (row == 0) return book_;
        if (row == 1) return lines_.total(line_, 0) - book_;
        if (row == 2) return lines_.total(line_, 0);
        const std::size_t block = plan_movement_count + 2;  // spacer, movements, draft
        const YearIndex year = (row - 3) / block + 1;
        const std::size_t within = (row - 3) % block;
        if (within == 0) return std::nullopt;
        if (within <= plan_movement_count) return lines_.movements(line_, year)[within - 1];
        return lines_.total(line_, year);
    }

private:
    Money book_;
    const PlanLines& lines_;
    std::size_t line_;
};

std::string column_key(const BudgetLine& line) {
    return "line:" + line.id;
}

}  // namespace

Table build_table3_lines(const Scenario& scenario, const Plan& plan) {
    const Table mps = build_table3(scenario, plan);
    const std::vector<std::size_t> lines = mps_lines(scenario);

    Table table;
    table.key = "table3_lines";
    table.title = "Table 3 by line: Business Group budget setting";
    table.layout = TableLayout::paths;
    for (std::size_t l : lines) {
        const BudgetLine& line = scenario.lines[l];
        table.columns.push_back(Column{column_key(line), line.name, {line.id}});
    }
    table.columns.push_back(Column{"total_mps", mps.columns[0].header, mps.columns[0].text_header});

    std::vector<LineFigures> figures;
    for (std::size_t l : lines) figures.emplace_back(scenario, plan, l);
    std::vector<FormulaTerm> over_lines;
    for (std::size_t l : lines)
        over_lines.push_back(FormulaTerm{"", Sign::plus, ColumnRef::same, {}, column_key(scenario.lines[l])});

    for (std::size_t r = 0; r < mps.rows.size(); ++r) {
        const Row& published = mps.rows[r];
        Row result = row(published.key, published.label, published.style, {});
        if (published.style != RowStyle::spacer) {
            for (std::size_t c = 0; c < lines.size(); ++c) {
                JsonPath path{"lines", scenario.lines[lines[c]].id};
                const JsonPath& tail = published.cells[0].json_path;
                path.insert(path.end(), tail.begin(), tail.end());
                result.cells.push_back(money_cell(*figures[c].at(r), std::move(path)));
                result.cells.back().formula = published.cells[0].formula;
            }
            Cell total = published.cells[0];
            total.json_path.insert(total.json_path.begin(), "total_mps");
            std::vector<FormulaTerm> terms = over_lines;
            for (FormulaTerm& term : terms) term.row = published.key;
            total.formula = Formula{std::move(terms), {}};
            result.cells.push_back(std::move(total));
        }
        table.rows.push_back(std::move(result));
    }
    table.notes.push_back("Total MPS is Table 3: the sum of the line columns.");
    return table;
}

}  // namespace mtfp::report

#include <algorithm>
#include <utility>

#include "project/stages.hpp"

namespace mtfp::stages {

namespace {

bool is_base_year_kind(MovementKind kind) {
    return kind == MovementKind::in_year || kind == MovementKind::virement;
}

// The (line, subjective) pairs a movement or the capital financing touches, in order.
// There are few (movements are typed in the scenario), so sorting them costs little.
std::vector<std::pair<std::size_t, std::size_t>> touched_cells(const Scenario& scenario) {
    std::vector<std::pair<std::size_t, std::size_t>> touched;
    touched.reserve(scenario.movements.size() + 1);
    for (const Movement& movement : scenario.movements)
        touched.emplace_back(movement.line, movement.subjective);
    if (scenario.capital)
        touched.emplace_back(scenario.capital->financing_line, scenario.capital->financing_subjective);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    return touched;
}

// Each line's cells: the non-zero subjectives of its budget book merged with those
// touched, in subjective order; the base year's draft is the budget book.
void lay_out_cells(const Scenario& scenario, PlanLines& lines) {
    const auto touched = touched_cells(scenario);
    auto next = touched.begin();
    lines.first_cell.reserve(scenario.lines.size() + 1);
    lines.section.reserve(scenario.lines.size());
    lines.budget_book.reserve(scenario.lines.size());
    std::vector<Money> book;  // by cell: the budget book's amount
    for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
        lines.first_cell.push_back(lines.subjective.size());
        lines.section.push_back(scenario.lines[l].section);
        lines.budget_book.push_back(scenario.lines[l].budget_book.total());
        const std::vector<BudgetCell>& cells = scenario.lines[l].budget_book.cells();
        auto cell = cells.begin();
        while (cell != cells.end() || (next != touched.end() && next->first == l)) {
            const bool from_touched = next != touched.end() && next->first == l &&
                                      (cell == cells.end() || next->second <= cell->subjective);
            if (from_touched) {
                const std::size_t s = (next++)->second;
                const bool in_book = cell != cells.end() && cell->subjective == s;
                book.push_back(in_book ? (cell++)->amount : Money{});
                lines.subjective.push_back(static_cast<std::uint32_t>(s));
            } else if (cell->amount.is_zero()) {
                ++cell;
            } else {
                book.push_back(cell->amount);
                lines.subjective.push_back(static_cast<std::uint32_t>((cell++)->subjective));
            }
        }
    }
    lines.first_cell.push_back(lines.subjective.size());
    lines.draft.assign(lines.subjective.size() * lines.years, Money{});
    for (std::size_t c = 0; c < book.size(); ++c) lines.draft_at(c, 0) = book[c];
}

}  // namespace

// Base budget = budget book + in-year movements + virements, per line and subjective.
// The base year has no one-off items (in-year items and virements cannot be one-off),
// so its recurring budget is the whole base budget.
void project_base_year(const Scenario& scenario, Plan& plan) {
    PlanLines& lines = plan.lines;
    lines.years = scenario.year_count();
    lay_out_cells(scenario, lines);
    lines.movement_rows.assign(scenario.lines.size() * lines.years, MovementTotals{});
    for (const Movement& movement : scenario.movements) {
        if (!is_base_year_kind(movement.kind)) continue;
        lines.draft_at(lines.cell_of(movement.line, movement.subjective), 0) += movement.amount_by_year[0];
    }
    lines.recurring.assign(lines.draft.size(), Money{});
    for (std::size_t c = 0; c < lines.cell_count(); ++c) lines.recurring_at(c, 0) = lines.draft_at(c, 0);
}

// Each line's draft over every subjective, every year, once the capital financing is in.
void total_lines(Plan& plan) {
    PlanLines& lines = plan.lines;
    lines.line_total.assign(lines.size() * lines.years, Money{});
    for (std::size_t l = 0; l < lines.size(); ++l) {
        Money* total = &lines.line_total[l * lines.years];
        for (std::size_t c = lines.begin(l); c < lines.end(l); ++c) {
            const Money* draft = &lines.draft[c * lines.years];
            for (std::size_t y = 0; y < lines.years; ++y) total[y] += draft[y];
        }
    }
}

}  // namespace mtfp::stages

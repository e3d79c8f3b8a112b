#pragma once
// Each line's budget by subjective, every year: only the cells a line has. A line has a
// cell for each subjective of its budget book that is not zero, and for each subjective
// a movement or the capital programme's financing touches; a cell it lacks is zero in
// every year. The cells are stored in one block (line by line, each line's in subjective
// order) with each cell's years side by side, so the projection walks memory once and
// the plan's size follows the cells, not lines x subjectives: a ledger-fed plan of
// 100,000 cost-centre lines with a few subjectives each is a few hundred thousand cells.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/scenario.hpp"
#include "money/money.hpp"

namespace mtfp {

// The rows of Table 3, in order; reversals of last year's one-off items count in the
// row of the original item.
enum class PlanMovement {
    inflation,
    committed_increases,
    committed_decreases,
    efficiency,
    new_initiatives,
    pensions
};
inline constexpr std::size_t plan_movement_count = 6;
using MovementTotals = std::array<Money, plan_movement_count>;

struct PlanLines {
    std::size_t years = 0;                      // YearIndex count: base year and plan years
    std::vector<std::size_t> first_cell;        // by line, and one past the last line
    std::vector<std::uint32_t> subjective;      // by cell: its position in Scenario::subjectives
    std::vector<Money> draft;                   // by cell x year: draft (or base) budget
    std::vector<Money> recurring;               // by cell x year: the same less this year's one-off items
    std::vector<MovementTotals> movement_rows;  // by line x year: this year's movements by Table 3 row
    // By line, copied or summed once so that the totals over lines walk small arrays
    // rather than each line's record and cells again.
    std::vector<Section> section;
    std::vector<Money> budget_book;  // the budget book over every subjective
    std::vector<Money> line_total;   // by line x year: the draft over every subjective

    std::size_t size() const { return first_cell.empty() ? 0 : first_cell.size() - 1; }
    std::size_t cell_count() const { return subjective.size(); }

    // Line l's cells are [begin(l), end(l)).
    std::size_t begin(std::size_t line) const { return first_cell[line]; }
    std::size_t end(std::size_t line) const { return first_cell[line + 1]; }

    Money& draft_at(std::size_t cell, std::size_t year) { return draft[cell * years + year]; }
    Money draft_at(std::size_t cell, std::size_t year) const { return draft[cell * years + year]; }
    Money& recurring_at(std::size_t cell, std::size_t year) { return recurring[cell * years + year]; }
    Money recurring_at(std::size_t cell, std::size_t year) const { return recurring[cell * years + year]; }

    MovementTotals& movements(std::size_t line, std::size_t year) {
        return movement_rows[line * years + year];
    }
    const MovementTotals& movements(std::size_t line, std::size_t year) const {
        return movement_rows[line * years + year];
    }

    // The cell of a line and subjective; cell_count() when the line has none.
    std::size_t cell_of(std::size_t line, std::size_t subjective_position) const {
        auto first = this->subjective.begin() + static_cast<std::ptrdiff_t>(begin(line));
        auto last = this->subjective.begin() + static_cast<std::ptrdiff_t>(end(line));
        auto it = std::lower_bound(first, last, subjective_position);
        if (it == last || *it != subjective_position) return cell_count();
        return static_cast<std::size_t>(it - this->subjective.begin());
    }

    // A line's draft budget for a subjective and year: zero where the line has no cell.
    Money budget(std::size_t line, std::size_t subjective_position, std::size_t year) const {
        const std::size_t cell = cell_of(line, subjective_position);
        return cell == cell_count() ? Money{} : draft_at(cell, year);
    }
    Money recurring_budget(std::size_t line, std::size_t subjective_position, std::size_t year) const {
        const std::size_t cell = cell_of(line, subjective_position);
        return cell == cell_count() ? Money{} : recurring_at(cell, year);
    }

    // A line's draft budget over every subjective (summed once by total_lines).
    Money total(std::size_t line, std::size_t year) const { return line_total[line * years + year]; }

    // By subjective position, zeros included: for tests and single-line views.
    std::vector<Money> by_subjective(std::size_t line, std::size_t year, std::size_t subjectives) const {
        std::vector<Money> amounts(subjectives);
        for (std::size_t c = begin(line); c < end(line); ++c)
            if (subjective[c] < subjectives) amounts[subjective[c]] = draft_at(c, year);
        return amounts;
    }
    std::vector<Money> recurring_by_subjective(std::size_t line, std::size_t year,
                                               std::size_t subjectives) const {
        std::vector<Money> amounts(subjectives);
        for (std::size_t c = begin(line); c < end(line); ++c)
            if (subjective[c] < subjectives) amounts[subjective[c]] = recurring_at(c, year);
        return amounts;
    }
};

}  // namespace mtfp

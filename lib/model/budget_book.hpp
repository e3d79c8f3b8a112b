#pragma once
// A line's budget book: an amount for each subjective the line has, in subjective order.
// Sparse, because a plan read from a ledger can have a line per cost centre (100,000 of
// them) each with a few of the scenario's subjectives: the plan's memory and the
// projection's time then follow the cells a line has, not lines x subjectives. A
// subjective the line has no cell for has a budget of zero.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/source_ref.hpp"
#include "money/money.hpp"

namespace mtfp {

struct BudgetCell {
    std::size_t subjective = 0;  // position in Scenario::subjectives
    Money amount;
    // Where the amount was written: a file of the book's own list (see BudgetBook::files,
    // kept once per book rather than once per cell), its line and column.
    std::uint32_t file = 0;
    int line = 0;
    int column = 0;
};

class BudgetBook {
public:
    // In subjective order, one per subjective at most.
    const std::vector<BudgetCell>& cells() const { return cells_; }

    // The amount for a subjective: zero when the book has no cell for it.
    Money operator[](std::size_t subjective) const {
        const BudgetCell* cell = find(subjective);
        return cell ? cell->amount : Money{};
    }

    const BudgetCell* find(std::size_t subjective) const {
        auto it = lower(subjective);
        return it != cells_.end() && it->subjective == subjective ? &*it : nullptr;
    }

    // Sets a subjective's amount, written at `where`; adds the cell if the book lacks it.
    void set(std::size_t subjective, Money amount, const SourceRef& where) {
        BudgetCell& cell = cell_for(subjective);
        cell.amount = amount;
        cell.file = file_index(where.file);
        cell.line = where.line;
        cell.column = where.column;
    }

    // Sets an amount and keeps where the cell was written (a what-if changes the figure,
    // not its source); a new cell is placed at `fallback`.
    void set_amount(std::size_t subjective, Money amount, const SourceRef& fallback) {
        if (find(subjective)) {
            cell_for(subjective).amount = amount;
        } else {
            set(subjective, amount, fallback);
        }
    }

    SourceRef where(const BudgetCell& cell) const {
        return SourceRef{cell.file < files_.size() ? files_[cell.file] : std::string{}, cell.line,
                         cell.column};
    }

    Money total() const {
        Money sum;
        for (const BudgetCell& cell : cells_) sum += cell.amount;
        return sum;
    }

    // By subjective position, zeros included: for tests and the few places that want
    // every subjective of one line.
    std::vector<Money> dense(std::size_t subjectives) const {
        std::vector<Money> amounts(subjectives);
        for (const BudgetCell& cell : cells_)
            if (cell.subjective < subjectives) amounts[cell.subjective] = cell.amount;
        return amounts;
    }

    // Equal amounts for every subjective (a missing cell counts as zero); where each was
    // written does not matter.
    friend bool operator==(const BudgetBook& a, const BudgetBook& b) {
        auto x = a.cells_.begin(), y = b.cells_.begin();
        while (x != a.cells_.end() || y != b.cells_.end()) {
            if (y == b.cells_.end() || (x != a.cells_.end() && x->subjective < y->subjective)) {
                if (!(x++)->amount.is_zero()) return false;
            } else if (x == a.cells_.end() || y->subjective < x->subjective) {
                if (!(y++)->amount.is_zero()) return false;
            } else if ((x++)->amount != (y++)->amount) {
                return false;
            }
        }
        return true;
    }

private:
    std::vector<BudgetCell>::const_iterator lower(std::size_t subjective) const {
        return std::lower_bound(cells_.begin(), cells_.end(), subjective,
                                [](const BudgetCell& cell, std::size_t s) { return cell.subjective < s; });
    }

    BudgetCell& cell_for(std::size_t subjective) {
        auto it = std::lower_bound(cells_.begin(), cells_.end(), subjective,
                                   [](const BudgetCell& cell, std::size_t s) { return cell.subjective < s; });
        if (it == cells_.end() || it->subjective != subjective)
            it = cells_.insert(it, BudgetCell{.subjective = subjective, .amount = Money{}});
        return *it;
    }

    std::uint32_t file_index(const std::string& file) {
        auto it = std::find(files_.begin(), files_.end(), file);
        if (it == files_.end()) it = files_.insert(files_.end(), file);
        return static_cast<std::uint32_t>(it - files_.begin());
    }

    std::vector<BudgetCell> cells_;
    std::vector<std::string> files_;  // the files the cells were written in (usually one)
};

}  // namespace mtfp

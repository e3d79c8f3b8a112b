#pragma once
// The ledger summed: each row's budget (and revised budget and outturn, where the
// extract has those columns) added exactly, in pence, to its line and subjective. Codes
// are resolved once each and cached; rows are never kept. Every problem is collected
// (bounded), with its ledger line and column, so one run reports them all.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/ledger_patterns.hpp"
#include "model/ledger.hpp"

namespace mtfp::load {

// The header names of the columns the ledger is read from.
struct LedgerColumns {
    std::string cost_centre;
    std::string account;
    std::string budget;
    std::optional<std::string> revised;
    std::optional<std::string> outturn;
};

// Cost centre -> line, account -> subjective; ids for messages.
struct LedgerMapping {
    PatternSet lines;
    PatternSet subjectives;
    std::vector<std::string> line_ids;
    std::vector<std::string> subjective_ids;
    // By line: each of its cost centres becomes a line of its own (base_budget.cost_centre_lines).
    std::vector<bool> line_per_cost_centre = {};
};

// One line and subjective's rows.
struct LedgerCell {
    std::size_t subjective = 0;
    std::int64_t budget = 0;   // pence
    std::int64_t revised = 0;  // pence
    std::size_t rows = 0;
    int first_line = 0;
    int last_line = 0;
};

struct LedgerProblem {
    int line = 0;
    int column = 0;
    std::string message;
};

// A cost centre that is a line of its own: its code and the line whose cost centres it is.
struct CostCentreLine {
    std::string code;
    std::size_t line = 0;
};

// Sums by line "slot": the mapping's lines first, then one slot per cost centre of a line
// with line_per_cost_centre, in the order the ledger first names them. Each slot holds
// only the subjectives its rows carry, so a ledger of 100,000 cost-centre lines is sized
// by its cells, not lines x subjectives.
struct LedgerSums {
    std::size_t rows = 0;
    std::int64_t budget_pence = 0;
    std::vector<std::vector<LedgerCell>> cells;     // by slot, in subjective order
    std::vector<CostCentreLine> cost_centre_lines;  // the slots after the mapping's lines
    std::vector<std::int64_t> outturn_by_line;      // by slot, pence; only with an outturn column
    std::vector<std::vector<LedgerCostCentre>> largest_by_line;  // by slot: a few, largest first
    std::vector<LedgerProblem> problems;  // at most limits::max_problems, in the order found
    std::size_t unlisted = 0;             // problems beyond those

    // A slot's cell for a subjective; one with no rows where the ledger has none.
    const LedgerCell& cell(std::size_t slot, std::size_t subjective) const {
        static const LedgerCell none;
        for (const LedgerCell& cell : cells[slot])
            if (cell.subjective == subjective) return cell;
        return none;
    }
};

// How many cost centres `explain` names per line.
inline constexpr std::size_t largest_cost_centres = 5;

// Nothing read (and a problem at line 0) when the file cannot be opened.
LedgerSums sum_ledger_file(const std::string& path, const LedgerColumns& columns,
                           const LedgerMapping& mapping);
LedgerSums sum_ledger_text(std::string_view text, const LedgerColumns& columns, const LedgerMapping& mapping);

}  // namespace mtfp::load

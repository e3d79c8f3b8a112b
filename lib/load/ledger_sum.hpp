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
};

// One line and subjective's rows.
struct LedgerCell {
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

struct LedgerSums {
    std::size_t rows = 0;
    std::int64_t budget_pence = 0;
    std::vector<LedgerCell> cells;                               // [line x subjectives + subjective]
    std::vector<std::int64_t> outturn_by_line;                   // pence; only with an outturn column
    std::vector<std::vector<LedgerCostCentre>> largest_by_line;  // a few per line, largest first
    std::vector<LedgerProblem> problems;  // at most limits::max_problems, in the order found
    std::size_t unlisted = 0;             // problems beyond those

    const LedgerCell& cell(std::size_t line, std::size_t subjective) const {
        return cells[line * subjectives + subjective];
    }
    std::size_t subjectives = 0;
};

// How many cost centres `explain` names per line.
inline constexpr std::size_t largest_cost_centres = 5;

// Nothing read (and a problem at line 0) when the file cannot be opened.
LedgerSums sum_ledger_file(const std::string& path, const LedgerColumns& columns,
                           const LedgerMapping& mapping);
LedgerSums sum_ledger_text(std::string_view text, const LedgerColumns& columns, const LedgerMapping& mapping);

}  // namespace mtfp::load

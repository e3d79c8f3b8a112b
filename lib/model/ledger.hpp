#pragma once
// What a general-ledger extract gave the scenario (`base_budget:`), kept so that the
// reconciliation under the Summary and `explain` can say exactly where the base year's
// budget book came from: the rows, their exact total in pence, and the rounding to
// whole pounds (once per line and subjective).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "money/money.hpp"

namespace mtfp {

// One cost centre's share of a line, for "the largest contributing cost centres".
struct LedgerCostCentre {
    std::string code;
    std::int64_t pence = 0;  // its budget rows summed exactly
    std::size_t rows = 0;
};

// The rows that fed one line's budget book.
struct LedgerLineTrace {
    std::size_t rows = 0;
    int first_line = 0;  // ledger file line numbers (1-based; the header is line 1)
    int last_line = 0;
    std::int64_t pence = 0;                 // exact total of the line's budget rows
    Money budget_book;                      // the line's budget book: each subjective rounded once, summed
    std::vector<LedgerCostCentre> largest;  // at most a few, largest absolute pence first
};

struct Ledger {
    std::string file;  // as reported in messages: the scenario's folder joined with `ledger:`
    std::size_t rows = 0;
    std::int64_t budget_pence = 0;  // every row's budget, exactly
    Money budget_book;              // the budget book of the ledger-fed lines, rounded per cell
    bool has_revised = false;
    bool has_outturn = false;
    std::vector<LedgerLineTrace> by_line;  // by line position; rows == 0 where the ledger feeds none

    // Budget book (pounds) minus the exact ledger total, in pence: what rounding once per
    // line and subjective added or took away.
    std::int64_t rounding_pence() const { return budget_book.in_pounds() * 100 - budget_pence; }
};

}  // namespace mtfp

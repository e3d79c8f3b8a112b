#include "explain/ledger_trace.hpp"

#include <fmt/format.h>

#include "money/money_text.hpp"

namespace mtfp {

std::string ledger_trace_label(const Ledger& ledger, const LedgerLineTrace& line) {
    std::string largest;
    for (const LedgerCostCentre& centre : line.largest)
        largest += fmt::format("{}{} {} ({} rows)", largest.empty() ? "" : ", ", centre.code,
                               pence_phrase(centre.pence), centre.rows);
    return fmt::format(
        "budget book from the ledger {}: {} rows (lines {} to {}), exact total {}, rounded once per "
        "subjective "
        "to {} (rounding {}); largest cost centres: {}",
        ledger.file, line.rows, line.first_line, line.last_line, pence_phrase(line.pence),
        pounds_phrase(line.budget_book), pence_phrase(line.budget_book.in_pounds() * 100 - line.pence),
        largest);
}

}  // namespace mtfp

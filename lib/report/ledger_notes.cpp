// The ledger reconciliation under the Summary: the rows read, their exact total in
// pounds and pence, the budget book they became and what rounding once per line and
// subjective added, so that the Treasurer can tie the plan back to the ledger.
#include <fmt/format.h>

#include "money/money_text.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

std::vector<std::string> ledger_notes(const Ledger& ledger) {
    std::string rows = pounds_phrase(Money::pounds(static_cast<std::int64_t>(ledger.rows))).substr(2);
    return {
        fmt::format("Ledger: {}, {} rows.", ledger.file, rows),
        fmt::format("Ledger total: {}.", pence_phrase(ledger.budget_pence)),
        fmt::format(
            "Budget book total from the ledger: {} (each line and subjective rounded once to the pound).",
            pounds_phrase(ledger.budget_book)),
        fmt::format("Rounding difference: {} (budget book - ledger total).",
                    pence_phrase(ledger.rounding_pence())),
    };
}

}  // namespace mtfp::report

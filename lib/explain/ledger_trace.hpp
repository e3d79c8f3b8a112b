#pragma once
// How `explain` names the ledger rows behind a line's budget book: the file, how many
// rows and which lines of it, their exact total in pence and what rounding once per
// subjective made of it, and the largest contributing cost centres.
#include <string>

#include "model/ledger.hpp"

namespace mtfp {

std::string ledger_trace_label(const Ledger& ledger, const LedgerLineTrace& line);

}  // namespace mtfp

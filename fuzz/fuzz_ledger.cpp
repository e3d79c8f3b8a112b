// libFuzzer target: any bytes as a general-ledger extract (CSV), read with a fixed
// mapping of two lines and two subjectives and every optional column named. Problems are
// the expected outcome for most inputs; each must have a message, a line and a column.
// Anything else escaping (an exception, a crash, a sanitizer report, a hang) is a bug,
// and so are sums that disagree with the row count (a row counted but not added) or
// slots without their cost centre.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "load/ledger_patterns.hpp"
#include "load/ledger_sum.hpp"

namespace {

mtfp::load::CodePattern pattern(std::string_view text) {
    std::string why;
    auto compiled = mtfp::load::CodePattern::compile(text, why);
    if (!compiled) __builtin_trap();
    return *compiled;
}

// Cost centres A* and B01-B99 to two lines, each of line B's a line of its own
// (cost_centre_lines); accounts 1000-1999 and 2* to two subjectives: exact, prefix and
// range patterns, and the slots of cost-centre lines, all in play.
mtfp::load::LedgerMapping mapping() {
    mtfp::load::LedgerMapping result;
    result.line_ids = {"A", "B"};
    result.subjective_ids = {"pay", "supplies"};
    result.lines.add(pattern("A*"), 0);
    result.lines.add(pattern("B01-B99"), 1);
    result.lines.add(pattern("C7"), 1);
    result.subjectives.add(pattern("1000-1999"), 0);
    result.subjectives.add(pattern("2*"), 1);
    result.line_per_cost_centre = {false, true};
    return result;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const mtfp::load::LedgerMapping ledger_mapping = mapping();
    static const mtfp::load::LedgerColumns columns{"CostCentre", "Account", "Budget", "Revised", "Outturn"};
    std::string_view text(reinterpret_cast<const char*>(data), size);
    mtfp::load::LedgerSums sums = mtfp::load::sum_ledger_text(text, columns, ledger_mapping);
    for (const mtfp::load::LedgerProblem& problem : sums.problems)
        if (problem.message.empty() || problem.line < 0 || problem.column < 0) __builtin_trap();
    if (sums.problems.empty()) {
        std::size_t counted = 0;
        for (const auto& slot : sums.cells)
            for (const mtfp::load::LedgerCell& cell : slot) counted += cell.rows;
        if (counted != sums.rows) __builtin_trap();
        // Every slot has its trace and, past the mapping's lines, its cost centre.
        if (sums.cells.size() != 2 + sums.cost_centre_lines.size()) __builtin_trap();
        if (sums.largest_by_line.size() != sums.cells.size()) __builtin_trap();
    }
    return 0;
}

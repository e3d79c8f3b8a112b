// The ledger reader: code patterns, amounts in pence and their rounding, every problem a
// malformed extract can have (each at its line and column), and a property test that the
// reader's sums equal an independent aggregation of a generated ledger.
#include <doctest/doctest.h>

#include <map>
#include <random>
#include <string>

#include "load/ledger_amount.hpp"
#include "load/ledger_patterns.hpp"
#include "load/ledger_sum.hpp"
#include "money/limits.hpp"

using namespace mtfp;
using namespace mtfp::load;

namespace {

CodePattern pattern(std::string_view text) {
    std::string why;
    auto compiled = CodePattern::compile(text, why);
    REQUIRE_MESSAGE(compiled, why);
    return *compiled;
}

std::string refused(std::string_view text) {
    std::string why;
    CHECK_FALSE(CodePattern::compile(text, why));
    return why;
}

std::int64_t pence(std::string_view text) {
    auto parsed = parse_pence(text);
    REQUIRE_MESSAGE(std::holds_alternative<std::int64_t>(parsed), text);
    return std::get<std::int64_t>(parsed);
}

std::string amount_problem(std::string_view text) {
    auto parsed = parse_pence(text);
    REQUIRE(std::holds_alternative<std::string>(parsed));
    return std::get<std::string>(parsed);
}

// Two lines (A, B) and two subjectives (pay, supplies): A* and B01 to the lines,
// accounts 1000-1999 to pay and 2* to supplies.
LedgerMapping two_by_two() {
    LedgerMapping mapping;
    mapping.line_ids = {"A", "B"};
    mapping.subjective_ids = {"pay", "supplies"};
    mapping.lines.add(pattern("A*"), 0);
    mapping.lines.add(pattern("B01"), 1);
    mapping.subjectives.add(pattern("1000-1999"), 0);
    mapping.subjectives.add(pattern("2*"), 1);
    return mapping;
}

LedgerColumns columns() {
    return LedgerColumns{"CostCentre", "Account", "Budget", std::nullopt, std::nullopt};
}

std::vector<std::string> messages(const LedgerSums& sums) {
    std::vector<std::string> out;
    for (const LedgerProblem& p : sums.problems)
        out.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + p.message);
    return out;
}

}  // namespace

TEST_CASE("ledger patterns: exact, prefix and range codes") {
    CHECK(pattern("NPT01").matches("NPT01"));
    CHECK_FALSE(pattern("NPT01").matches("NPT011"));
    CHECK_FALSE(pattern("NPT01").matches("NPT0"));
    CHECK(pattern("LP*").matches("LP"));
    CHECK(pattern("LP*").matches("LP0042"));
    CHECK_FALSE(pattern("LP*").matches("L"));
    CHECK_FALSE(pattern("LP*").matches("XLP1"));
    CHECK(pattern("*").matches("anything"));
    // Digit ranges compare as numbers: 999 and 10000 are outside 1000-1099 whatever the text order.
    CHECK(pattern("1000-1099").matches("1000"));
    CHECK(pattern("1000-1099").matches("1099"));
    CHECK(pattern("1000-1099").matches("01050"));
    CHECK_FALSE(pattern("1000-1099").matches("999"));
    CHECK_FALSE(pattern("1000-1099").matches("1100"));
    CHECK_FALSE(pattern("1000-1099").matches("10000"));
    CHECK_FALSE(pattern("1000-1099").matches("10A0"));
    // Other ranges compare character by character.
    CHECK(pattern("AA-AZ").matches("AM"));
    CHECK_FALSE(pattern("AA-AZ").matches("BA"));
    CHECK(refused("2000-1000") == "the range starts after it ends");
    CHECK(refused("1*0") == "'*' may only end a pattern (PREFIX*)");
    CHECK(refused("") == "a code pattern is empty");
    CHECK(refused("1-2-3") == "a range is written FROM-TO, with one '-'");
    CHECK(refused("-5") == "a range is written FROM-TO, with one '-'");
}

TEST_CASE("ledger patterns: overlaps, first in file order, and codes two targets claim") {
    PatternSet set;
    set.add(pattern("TP01*"), 0);
    set.add(pattern("TP*"), 0);  // the same line again: harmless
    set.add(pattern("SC*"), 1);
    set.add(pattern("SCD9"), 2);
    Resolution tp = set.resolve("TP0105");
    CHECK(tp.target == 0u);
    CHECK(tp.first_pattern == 0u);
    CHECK_FALSE(tp.conflicting);
    Resolution sc = set.resolve("SC1");
    CHECK(sc.target == 1u);
    Resolution both = set.resolve("SCD9");
    CHECK(both.target == 1u);
    CHECK(both.conflicting == 3u);
    CHECK_FALSE(set.resolve("XX").target);
}

TEST_CASE("ledger amounts: pounds and pence exactly, rounded once half away from zero") {
    CHECK(pence("0") == 0);
    CHECK(pence("12") == 1200);
    CHECK(pence("12.5") == 1250);
    CHECK(pence("12.05") == 1205);
    CHECK(pence("-87.25") == -8725);
    CHECK(pence("+3.10") == 310);
    CHECK(pence("1000000000000.00") == 100'000'000'000'000);
    CHECK(amount_problem("12.345") == "'12.345' has more than two decimals (pounds and pence)");
    CHECK(amount_problem("1e5").find("is not an amount") != std::string::npos);
    CHECK(amount_problem("1,234").find("is not an amount") != std::string::npos);
    CHECK(amount_problem("12.").find("is not an amount") != std::string::npos);
    CHECK(amount_problem(".5").find("is not an amount") != std::string::npos);
    CHECK(amount_problem("-").find("is not an amount") != std::string::npos);
    CHECK(amount_problem("").find("is empty") != std::string::npos);
    CHECK(amount_problem("1000000000000.01").find("beyond") != std::string::npos);
    CHECK(amount_problem("99999999999999999999").find("beyond") != std::string::npos);

    CHECK(pence_to_pounds(149) == 1);
    CHECK(pence_to_pounds(150) == 2);  // half a pound: away from zero
    CHECK(pence_to_pounds(-150) == -2);
    CHECK(pence_to_pounds(-149) == -1);
    CHECK(pence_to_pounds(50) == 1);
    CHECK(pence_to_pounds(-50) == -1);
    CHECK(pence_to_pounds(49) == 0);
    CHECK(pence_to_pounds(0) == 0);
}

TEST_CASE("ledger: a well-formed extract summed in pence per line and subjective") {
    // A BOM, CRLF line ends, a quoted description with a comma and a doubled quote, a
    // blank line, and a last line without a line end.
    std::string text =
        "\xEF\xBB\xBF"
        "CostCentre,Description,Account,Budget\r\n"
        "A01,\"Patrol, north\",1000,100.25\r\n"
        "A02,\"The \"\"night\"\" shift\",1500,0.25\r\n"
        "\r\n"
        "B01,Stationery,2100,-10.10\r\n"
        "A01,\"two\nlines\",2000,5";
    LedgerSums sums = sum_ledger_text(text, columns(), two_by_two());
    CHECK(messages(sums).empty());
    CHECK(sums.rows == 4);
    CHECK(sums.budget_pence == 10025 + 25 - 1010 + 500);
    CHECK(sums.cell(0, 0).budget == 10050);
    CHECK(sums.cell(0, 0).rows == 2);
    CHECK(sums.cell(0, 0).first_line == 2);
    CHECK(sums.cell(0, 0).last_line == 3);
    CHECK(sums.cell(1, 1).budget == -1010);
    CHECK(sums.cell(1, 1).first_line == 5);
    CHECK(sums.cell(0, 1).budget == 500);
    CHECK(sums.cell(0, 1).first_line == 6);  // the quoted field's line break is inside the row
    CHECK(sums.cell(1, 0).rows == 0);
    REQUIRE(sums.largest_by_line[0].size() == 2);
    CHECK(sums.largest_by_line[0][0].code == "A01");
    CHECK(sums.largest_by_line[0][0].pence == 10525);
}

TEST_CASE("ledger: every problem reported, each at its line and column, in one run") {
    std::string text =
        "CostCentre,Account,Budget\n"
        "A01,1000,1.234\n"   // 2: three decimals
        "A01,1000,abc\n"     // 3: not a number
        "A01,1000\n"         // 4: too few fields
        "A01,1000,1,2\n"     // 5: too many
        "ZZ9,1000,1\n"       // 6: unmapped cost centre, first of two rows
        "A01,9999,1\n"       // 7: unmapped account
        "ZZ9,1000,1\n"       // 8
        "A01,1000,\"1\"x\n"  // 9: text after a closing quote
        "A01,,1\n"           // 10: empty account
        "A01,1000,\"5\n";    // 11: a quote never closed
    LedgerSums sums = sum_ledger_text(text, columns(), two_by_two());
    std::vector<std::string> expected{
        "2:10: Budget: '1.234' has more than two decimals (pounds and pence)",
        "3:10: Budget: 'abc' is not an amount in pounds (digits, an optional '-' and at most two decimals)",
        "4:1: the row has 2 fields; the header has 3",
        "5:12: the row has 4 fields; the header has 3",
        "9:13: malformed quoting: a quote inside an unquoted field, or text after a closing quote (a quote "
        "inside a quoted field is written twice)",
        "10:5: the account is empty",
        "11:10: a quoted field is never closed (a quote inside a quoted field is written twice)",
        "6:1: cost centre 'ZZ9' maps to no line (base_budget.lines); 2 rows carry it, this the first",
        "7:5: account '9999' maps to no subjective (base_budget.subjectives); 1 row carries it, this the "
        "first",
    };
    CHECK(messages(sums) == expected);
}

TEST_CASE("ledger: a header without a named column, a code two lines claim") {
    LedgerSums missing = sum_ledger_text("CostCentre,Acct,Budget\nA01,1000,1\n", columns(), two_by_two());
    CHECK(messages(missing) ==
          std::vector<std::string>{
              "1:1: the header has no column 'Account' (named by base_budget.columns.account)"});

    LedgerMapping mapping = two_by_two();
    mapping.lines.add(pattern("B*"), 1);
    mapping.lines.add(pattern("AB1"), 1);  // also under A*
    LedgerSums both = sum_ledger_text("CostCentre,Account,Budget\nB02,1000,1\nAB1,1000,2\nAB1,2000,3\n",
                                      columns(), mapping);
    CHECK(messages(both) ==
          std::vector<std::string>{
              "3:1: cost centre 'AB1' matches 'A*' (line A) and 'AB1' (line B); a code maps "
              "to one line: narrow one pattern (2 rows carry it, this the first)"});
    CHECK(sum_ledger_text("", columns(), two_by_two()).problems.size() == 1);
}

TEST_CASE("ledger: problems are bounded, the rest counted") {
    std::string text = "CostCentre,Account,Budget\n";
    for (int i = 0; i < 500; ++i) text += "A01,1000,x\n";
    LedgerSums sums = sum_ledger_text(text, columns(), two_by_two());
    CHECK(sums.problems.size() == limits::max_problems);
    CHECK(sums.unlisted == 500 - limits::max_problems);
}

TEST_CASE("ledger: revised and outturn columns summed beside the budget") {
    LedgerColumns both = columns();
    both.revised = "Revised";
    both.outturn = "Outturn";
    LedgerSums sums = sum_ledger_text(
        "CostCentre,Account,Budget,Revised,Outturn\nA1,1000,10.50,11.00,9.99\nB01,2000,1,2,3\nA2,1000,0.5,0,"
        "0\n",
        both, two_by_two());
    CHECK(messages(sums).empty());
    CHECK(sums.cell(0, 0).budget == 1100);
    CHECK(sums.cell(0, 0).revised == 1100);
    CHECK(sums.cell(1, 1).revised == 200);
    CHECK(sums.outturn_by_line == std::vector<std::int64_t>{999, 300});
}

// Property: for random ledgers (random codes, amounts, quoting and line ends), the
// reader's sums per line and subjective equal a plain aggregation of the same rows.
TEST_CASE("ledger property: the reader's sums equal an independent aggregation") {
    std::mt19937_64 random(20070401);
    for (int round = 0; round < 40; ++round) {
        std::map<std::pair<int, int>, std::int64_t> expected;
        std::map<std::pair<int, int>, std::size_t> rows;
        std::string eol = round % 2 ? "\r\n" : "\n";
        std::string text = "Account,CostCentre,Note,Budget" + eol;
        int count = static_cast<int>(random() % 300) + 1;
        for (int r = 0; r < count; ++r) {
            int line = static_cast<int>(random() % 2);
            int subjective = static_cast<int>(random() % 2);
            std::string centre = line == 0 ? "A" + std::to_string(random() % 50) : "B01";
            std::string account = subjective == 0 ? std::to_string(1000 + random() % 1000)
                                                  : "2" + std::to_string(random() % 100);
            std::int64_t amount = static_cast<std::int64_t>(random() % 20'000'000) - 10'000'000;
            std::string shown = (amount < 0 ? "-" : "") + std::to_string(std::abs(amount) / 100);
            switch (random() % 3) {
                case 0:
                    shown += "." + std::to_string(std::abs(amount) % 100 / 10) +
                             std::to_string(std::abs(amount) % 10);
                    break;
                case 1:
                    amount -= amount % 10;  // one decimal
                    shown += "." + std::to_string(std::abs(amount) % 100 / 10);
                    break;
                default:
                    amount -= amount % 100;  // whole pounds
            }
            std::string note = random() % 2 ? "\"a, \"\"quoted\"\" note\"" : "plain";
            text += account + "," + centre + "," + note + "," + (random() % 4 ? shown : "\"" + shown + "\"");
            if (r + 1 < count || round % 3) text += eol;
            expected[{line, subjective}] += amount;
            ++rows[{line, subjective}];
        }
        LedgerSums sums = sum_ledger_text(text, columns(), two_by_two());
        REQUIRE(messages(sums).empty());
        CHECK(sums.rows == static_cast<std::size_t>(count));
        std::int64_t total = 0;
        for (int l = 0; l < 2; ++l) {
            for (int s = 0; s < 2; ++s) {
                CHECK(sums.cell(l, s).budget == expected[{l, s}]);
                CHECK(sums.cell(l, s).rows == rows[{l, s}]);
                total += expected[{l, s}];
            }
        }
        CHECK(sums.budget_pence == total);
    }
}

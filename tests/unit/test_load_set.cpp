// --set PATH=VALUE: every kind of path, values read as in the file, and a path that
// names nothing is an error with "did you mean".
#include <doctest/doctest.h>

#include "load/load.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

Scenario with(std::initializer_list<const char*> arguments) {
    std::vector<Override> overrides;
    for (const char* argument : arguments) overrides.push_back(parse_override(argument));
    return load_scenario(load_data("minimal.yaml"), overrides);
}

std::vector<std::string> problems_with(std::initializer_list<const char*> arguments) {
    std::vector<Override> overrides;
    for (const char* argument : arguments) overrides.push_back(parse_override(argument));
    return load_problems(load_data("minimal.yaml"), overrides);
}

Rate pct(std::string_view text) {
    return *Rate::parse_percent(text);
}

}  // namespace

TEST_CASE("load --set: paths into maps, lists by id and years") {
    Scenario s =
        with({"lines.A.budget_book.supplies=250000", "grants.specific.ct.amounts.2008/09=280",
              "indices.pay.2008/09=3.5%", "precept.band_d_increase=4.9%", "grants.general.growth.2008/09=2%",
              "reserves.general.opening=1,000", "checks.efficiency_minimum=2.5%",
              "movements.save.amounts.2008/09=-7", "lines.A.outturn=0.5"});
    CHECK(s.lines[0].budget_book[1] == Money::pounds(250'000'000));
    CHECK(s.specific_grants[0].by_year[2].amount == Money::pounds(280'000));
    CHECK(s.indices[0].rate_by_year == std::vector<Rate>{Rate{}, pct("3%"), pct("3.5%")});
    CHECK(s.precept.band_d_increase_by_year == std::vector<Rate>{Rate{}, pct("4.9%"), pct("4.9%")});
    CHECK(s.general_grant.by_year[2].growth == pct("2%"));
    CHECK(s.reserves[0].opening == Money::pounds(1'000'000));
    CHECK(s.checks.efficiency_minimum == pct("2.5%"));
    CHECK(s.movements[3].amount_by_year[2] == Money::pounds(-7'000));
    CHECK(s.lines[0].outturn == Money::pounds(500));
}

TEST_CASE("load --set: a single rate is expanded to every plan year before one year is set") {
    Scenario s = with({"indices.prices.2008-09=4%"});
    CHECK(s.indices[1].rate_by_year == std::vector<Rate>{Rate{}, pct("2%"), pct("4%")});
    Scenario whole = with({"indices.pay=3%"});
    CHECK(whole.indices[0].rate_by_year == std::vector<Rate>{Rate{}, pct("3%"), pct("3%")});
}

TEST_CASE("load --set: a single-amount budget book takes a subjective path") {
    Scenario s = with({"lines.F.budget_book.supplies=80"});
    CHECK(s.lines[1].budget_book.dense(2) == std::vector<Money>{Money::pounds(0), Money::pounds(80'000)});
    // a second subjective makes the line's movement without a subjective ambiguous
    std::vector<std::string> problems = problems_with({"lines.F.budget_book.pay=1"});
    REQUIRE(problems.size() == 2);  // the virement and the saving on line F
    CHECK(
        problems[0].ends_with("minimal.yaml:31:5: error: movement is missing 'subjective': line F has 2 "
                              "subjectives in its budget book, so say which one this changes"));
}

TEST_CASE("load --set: one precept mode drops the other") {
    Scenario balance = with({"precept.mode=balance"});
    CHECK(balance.precept.mode == PreceptMode::balance);
    Scenario lists = with({"checks.balanced_years=[2007/08]"});
    CHECK(lists.checks.balanced_by_year == std::vector<bool>{true, true, false});
}

TEST_CASE("load --set: a path that names nothing is an error, with did-you-mean") {
    CHECK(problems_with({"lines.AA.budget_book=1"}) ==
          std::vector<std::string>{
              "command line: error: --set lines.AA.budget_book=1: 'lines' has no item with id "
              "'AA' (did you mean 'A'?)"});
    CHECK(
        problems_with({"indices.pya=1%"}) ==
        std::vector<std::string>{"command line: error: --set indices.pya=1%: 'indices' has no 'pya' (did you "
                                 "mean 'pay'?)"});
    CHECK(
        problems_with({"precept.band_d_incrase=3%"}) ==
        std::vector<std::string>{"command line: error: --set precept.band_d_incrase=3%: 'precept' has no key "
                                 "'band_d_incrase' (did you mean 'band_d_increase'?)"});
    CHECK(problems_with({"lines.A.budget_book.supplie=1"}) ==
          std::vector<std::string>{"command line: error: --set lines.A.budget_book.supplie=1: there is no "
                                   "subjective 'supplie' (did you mean 'supplies'?)"});
    CHECK(problems_with({"precept.cap.2007/08=1%"}) ==
          std::vector<std::string>{"command line: error: --set precept.cap.2007/08=1%: 'precept.cap' holds a "
                                   "single value; it has no '2007/08'"});
    CHECK(problems_with({"units=£"}) ==
          std::vector<std::string>{
              "command line: error: --set units=£: 'units' cannot be set from the command line"});
    CHECK(
        problems_with({"uncertainty.x.sd=1%"}) ==
        std::vector<std::string>{"command line: error: --set uncertainty.x.sd=1%: the items of 'uncertainty' "
                                 "have no ids, so --set cannot address one"});
    CHECK(
        problems_with({"indices.pay.2007/8=1%"}) ==
        std::vector<std::string>{"command line: error: --set indices.pay.2007/8=1%: '2007/8' is not a fiscal "
                                 "year (write it as YYYY/YY, e.g. 2007/08)"});
}

TEST_CASE("load --set: values are validated as if written in the file") {
    CHECK(problems_with({"indices.pay=3"}) ==
          std::vector<std::string>{
              "command line: error: --set indices.pay=3: the rate '3' has no '%': a bare 3 "
              "would mean 300%; write 3%"});
    CHECK(problems_with({"grants.general.growth.2012/13=1%"}) ==
          std::vector<std::string>{
              "command line: error: --set grants.general.growth.2012/13=1%: 2012/13 is not a "
              "plan year: only 2007/08 to 2008/09 are allowed here"});
    CHECK(
        problems_with({"precept.base=0.0001"}) ==
        std::vector<std::string>{"command line: error: --set precept.base=0.0001: 0.0001 £000 is not a whole "
                                 "number of pounds"});
}

// --set PATH+=DELTA, PATH-=DELTA, PATH*=FACTOR: parsing, every path shape a handle
// reaches, the file's units, the years a path covers, and the refusals (the ambiguous
// PATH=+X among them). Figures worked by hand from tests/unit/data/minimal.yaml (£000).
#include <doctest/doctest.h>

#include "commands/guard_output.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

Scenario with(std::initializer_list<const char*> arguments) {
    PlanRequest request;
    request.scenario_file = load_data("minimal.yaml");
    for (const char* argument : arguments) request.overrides.push_back(parse_override(argument));
    return load_for_output(request);
}

std::string refusal(std::initializer_list<const char*> arguments) {
    try {
        with(arguments);
    } catch (const InputError& error) {
        return format_diagnostic(error.diagnostics().front());
    }
    return "";
}

Rate pct(std::string_view text) {
    return *Rate::parse_percent(text);
}

}  // namespace

TEST_CASE("--set operators: parsed from PATH+=, PATH-=, PATH*=, PATH=+X refused as ambiguous") {
    Override add = parse_override("indices.pay+=1%");
    CHECK(add.path == "indices.pay");
    CHECK(add.operation == SetOperator::add);
    CHECK(add.value == "1%");
    Override year = parse_override("indices.pay.2008-09-=0.5%");
    CHECK(year.path == "indices.pay.2008-09");
    CHECK(year.operation == SetOperator::subtract);
    CHECK(parse_override("grants.general.amounts*=98%").operation == SetOperator::scale);
    Override negative = parse_override("indices.pay=-1%");  // a negative value, not a change
    CHECK(negative.operation == SetOperator::assign);
    CHECK(negative.value == "-1%");
    try {
        parse_override("indices.pay=+1%");
        FAIL("=+ accepted");
    } catch (const InputError& error) {
        const std::string message = format_diagnostic(error.diagnostics().front());
        CHECK(message.find("ambiguous") != std::string::npos);
        CHECK(message.find("indices.pay+=1%") != std::string::npos);
        CHECK(message.find("indices.pay=1%") != std::string::npos);
    }
    CHECK_THROWS_AS(parse_override("+=1%"), InputError);
}

TEST_CASE("--set operators: a rate moves by points in every year the path covers, or the one named") {
    Scenario s = with({"indices.pay+=1%", "indices.prices-=0.5%", "grants.general.growth.2008/09+=0.25%"});
    CHECK(s.indices[0].rate_by_year == std::vector<Rate>{Rate{}, pct("4%"), pct("3.5%")});
    CHECK(s.indices[1].rate_by_year == std::vector<Rate>{Rate{}, pct("1.5%"), pct("1.5%")});
    CHECK(s.general_grant.by_year[1].growth == pct("3.6%"));
    CHECK(s.general_grant.by_year[2].growth == pct("2.75%"));
    Scenario one = with({"indices.pay.2008-09+=1%"});
    CHECK(one.indices[0].rate_by_year == std::vector<Rate>{Rate{}, pct("3%"), pct("3.5%")});
    Scenario precept = with({"precept.band_d_increase-=1.5%"});
    CHECK(precept.precept.band_d_increase_by_year == std::vector<Rate>{Rate{}, pct("3%"), pct("3%")});
}

TEST_CASE("--set operators: amounts in the file's units (or m / k), every year, signs kept") {
    Scenario s = with({"movements.save.amounts-=5", "movements.growth.amounts+=10",
                       "reserves.general.opening+=1m", "lines.A.budget_book.supplies+=0.5"});
    // save: nothing in 2007/08, -10 in 2008/09; growth: 50 in 2007/08 only
    CHECK(s.movements[3].amount_by_year ==
          std::vector<Money>{Money{}, Money::pounds(-5'000), Money::pounds(-15'000)});
    CHECK(s.movements[2].amount_by_year ==
          std::vector<Money>{Money{}, Money::pounds(60'000), Money::pounds(10'000)});
    CHECK(s.reserves[0].opening == Money::pounds(1'045'000));
    CHECK(s.lines[0].budget_book[1] == Money::pounds(2'501'000));
}

TEST_CASE("--set operators: *= scales each year's amount, a year given as growth by its projected cash") {
    // general: 3,000,000 x 1.036 = 3,108,000; x 1.025 = 3,185,700; each x 98%
    Scenario s = with({"grants.general.amounts*=98%", "grants.specific.ct.amounts*=0.5",
                       "lines.A.budget_book.supplies*=0.9", "precept.base*=1.1"});
    CHECK(s.general_grant.by_year[1].amount == Money::pounds(3'045'840));
    CHECK(s.general_grant.by_year[2].amount == Money::pounds(3'121'986));
    // ct: 271,800 given; 2008/09 is 271,800 x 1.01 = 274,518; halved
    CHECK(s.specific_grants[0].by_year[1].amount == Money::pounds(135'900));
    CHECK(s.specific_grants[0].by_year[2].amount == Money::pounds(137'259));
    CHECK(s.lines[0].budget_book[1] == Money::pounds(2'250'450));  // 2,500,500 x 0.9 = 2,250,450
    CHECK(s.precept.base == Money::pounds(660'000));
    // half away from zero: 45 x 1.5% of a pound... 45,000 x 0.00001 = 0.45 -> 0; 50,000 x 0.00001 = 0.5 -> 1
    CHECK(with({"reserves.earmarked.ops.opening*=0.00001"}).reserves[1].opening == Money::pounds(0));
    CHECK(with({"reserves.general.opening+=5", "reserves.general.opening*=0.00001"}).reserves[0].opening ==
          Money::pounds(1));
}

TEST_CASE("--set operators: = first, then the changes in the order given") {
    CHECK(with({"indices.pay+=1%", "indices.pay=2%"}).indices[0].rate_by_year[1] == pct("3%"));
    CHECK(with({"indices.pay=2%", "indices.pay+=1%", "indices.pay.2007/08-=0.5%"}).indices[0].rate_by_year ==
          std::vector<Rate>{Rate{}, pct("2.5%"), pct("3%")});
}

TEST_CASE("--set operators: refusals say what and why") {
    CHECK(refusal({"indices.pay*=2"}).find("*= scales amounts; indices.pay is a rate") != std::string::npos);
    CHECK(refusal({"movements.save.amounts+=20"}).find("in 2007/08 would be £20,000, outside") !=
          std::string::npos);
    CHECK(refusal({"indices.pya+=1%"}).find("did you mean 'pay'") != std::string::npos);
    CHECK(refusal({"precept.cap+=1%"}).find("'precept' has no 'cap' that solve, sensitivity or --set") !=
          std::string::npos);
    CHECK(refusal({"indices.pay+=1"}).find("expected a rate with '%'") != std::string::npos);
    CHECK(refusal({"reserves.general.opening*=-2"}).find("expected a factor") != std::string::npos);
    CHECK(refusal({"indices.pay-=104%"}).find("outside") != std::string::npos);
}

// The loader on a good scenario: every field of the typed Scenario, exactly.
#include <doctest/doctest.h>

#include "load/load.hpp"
#include "money/amount_text.hpp"
#include "money/money_text.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

Money gbp(std::int64_t pounds) {
    return Money::pounds(pounds);
}

Rate pct(std::string_view text) {
    return *Rate::parse_percent(text);
}

void check_minimal(const Scenario& s) {
    CHECK(s.name == "Test plan");
    CHECK(s.base_year == *FiscalYear::parse("2006/07"));
    CHECK(s.plan_years == 2);

    REQUIRE(s.indices.size() == 2);
    CHECK(s.indices[0].id == "pay");
    CHECK(s.indices[0].rate_by_year == std::vector<Rate>{Rate{}, pct("3%"), pct("2.5%")});
    CHECK(s.indices[1].rate_by_year == std::vector<Rate>{Rate{}, pct("2%"), pct("2%")});
    CHECK(s.indices[0].where.line == 10);

    REQUIRE(s.subjectives.size() == 2);
    CHECK(s.subjectives[1].id == "supplies");
    CHECK(s.subjectives[1].name == "Supplies");
    CHECK(s.subjectives[1].index == 1);

    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].id == "A");
    CHECK(s.lines[0].section == Section::business_group);
    CHECK(s.lines[0].budget_book.dense(2) == std::vector<Money>{gbp(1'000'000), gbp(2'500'500)});
    CHECK(s.lines[0].outturn == gbp(3'400'000));
    CHECK(s.lines[1].section == Section::financing);
    CHECK(s.lines[1].budget_book.dense(2) == std::vector<Money>{gbp(0), gbp(72'980)});
    CHECK_FALSE(s.lines[1].outturn.has_value());
    CHECK(s.lines[1].where.line == 23);
    CHECK(s.lines[1].where.column == 5);

    REQUIRE(s.movements.size() == 4);
    CHECK(s.movements[0].kind == MovementKind::virement);
    CHECK(s.movements[0].amount_by_year == std::vector<Money>{gbp(-100'000), gbp(0), gbp(0)});
    CHECK(s.movements[1].line == 1);
    CHECK(s.movements[1].subjective == 1);  // left out: the line has one subjective
    CHECK(s.movements[2].id == "growth");
    CHECK(s.movements[2].one_off);
    CHECK(s.movements[2].label == "Growth");
    CHECK(s.movements[2].amount_by_year == std::vector<Money>{gbp(0), gbp(50'000), gbp(0)});
    CHECK(s.movements[3].kind == MovementKind::efficiency);
    CHECK(s.movements[3].label == "save");  // no label: the id
    CHECK(s.movements[3].amount_by_year == std::vector<Money>{gbp(0), gbp(0), gbp(-10'000)});

    CHECK(s.general_grant.id == "general");
    CHECK(s.general_grant.name == "Central funding");
    CHECK(s.general_grant.base == gbp(3'000'000));
    CHECK(s.general_grant.by_year[1].growth == pct("3.6%"));
    CHECK(s.general_grant.by_year[2].growth == pct("2.5%"));
    REQUIRE(s.specific_grants.size() == 1);
    const Grant& ct = s.specific_grants[0];
    CHECK(ct.base == gbp(256'800));
    CHECK(ct.by_year[1].amount == gbp(271'800));
    CHECK_FALSE(ct.by_year[2].amount.has_value());
    CHECK(ct.by_year[2].growth == pct("1%"));
    CHECK(s.real_terms_index == std::optional<std::size_t>{1});

    CHECK(s.precept.base == gbp(600'000));
    CHECK(s.precept.mode == PreceptMode::band_d_increase);
    CHECK(s.precept.band_d_increase_by_year == std::vector<Rate>{Rate{}, pct("4.5%"), pct("4.5%")});
    CHECK(s.precept.tax_base_growth_by_year == std::vector<Rate>(3, Rate{}));
    CHECK(s.precept.cap == pct("5%"));

    REQUIRE(s.reserves.size() == 2);
    CHECK(s.reserves[0].id == "general");
    CHECK(s.reserves[0].name == "General");
    CHECK(s.reserves[0].opening == gbp(45'000));
    REQUIRE(s.reserves[0].floor.has_value());
    CHECK(std::get<Rate>(*s.reserves[0].floor) == pct("2%"));
    CHECK(s.reserves[1].id == "ops");
    CHECK(s.reserves[1].opening == gbp(20'000));
    REQUIRE(s.transfers.size() == 1);
    CHECK(s.transfers[0].reserve == 1);
    CHECK(s.transfers[0].year == 0);
    CHECK(s.transfers[0].amount == gbp(-5'000));
    CHECK(s.transfers[0].label == "Draw");

    CHECK(s.checks.balanced_by_year == std::vector<bool>{true, false, true});
    CHECK(s.checks.nre_growth_limit == pct("3%"));
    CHECK(s.checks.efficiency_minimum == pct("3%"));

    REQUIRE(s.uncertainty.size() == 2);
    CHECK(s.uncertainty[0].param == "indices.pay");
    CHECK(s.uncertainty[0].dist == Distribution::normal);
    CHECK(s.uncertainty[0].shape == std::vector<std::int64_t>{pct("2.75%").units(), pct("0.5%").units()});
    CHECK_FALSE(s.uncertainty[0].amount);
    CHECK(s.uncertainty[0].per_year);
    CHECK(s.uncertainty[1].dist == Distribution::triangular);
    CHECK(s.uncertainty[1].shape ==
          std::vector<std::int64_t>{pct("1%").units(), pct("2%").units(), pct("3%").units()});
    CHECK_FALSE(s.uncertainty[1].per_year);
}

}  // namespace

TEST_CASE("load: a good scenario loads into exactly the expected Scenario") {
    std::string path = load_data("minimal.yaml");
    Scenario s = load_scenario(path);
    CHECK(s.file == path);
    CHECK(s.lines[0].where.file == path);
    check_minimal(s);
}

TEST_CASE("load: a byte-order mark and CRLF line endings simply work") {
    check_minimal(load_scenario(load_data("bom.yaml")));
    check_minimal(load_scenario(load_data("crlf.yaml")));
}

TEST_CASE("load: name defaults to the file's stem") {
    std::string path = scratch_scenario("no-name.yaml", small_scenario);
    CHECK(load_scenario(path).name == "no-name");
}

TEST_CASE("load: amounts scale exactly by units, on the digit string") {
    Units pounds{"£", 0};
    Units thousands{"£000", 3};
    Units millions{"£m", 6};
    auto value = [](std::string_view text, const Units& units) {
        auto parsed = parse_amount_text(text, units);
        return std::holds_alternative<Money>(parsed) ? std::get<Money>(parsed).in_pounds() : -999;
    };
    auto problem = [](std::string_view text, const Units& units) {
        auto parsed = parse_amount_text(text, units);
        return std::holds_alternative<AmountProblem>(parsed) ? std::get<AmountProblem>(parsed).message
                                                             : std::string("loaded");
    };
    CHECK(value("72.98", millions) == 72'980'000);
    CHECK(value("54.723", millions) == 54'723'000);
    CHECK(value("0.000001", millions) == 1);
    CHECK(value("249170", thousands) == 249'170'000);
    CHECK(value("-24,972", thousands) == -24'972'000);
    CHECK(value("1_000_000", pounds) == 1'000'000);
    CHECK(value("+5", pounds) == 5);
    CHECK(value("-0", pounds) == 0);
    CHECK(value("12.000", pounds) == 12);
    CHECK(value("1000000000000", pounds) == 1'000'000'000'000);
    CHECK(value("1000000", millions) == 1'000'000'000'000);
    CHECK(problem("0.5", pounds) == "0.5 £ is not a whole number of pounds");
    CHECK(problem("0.0000001", millions) == "0.0000001 £m is not a whole number of pounds");
    CHECK(problem("1000000000001", pounds).find("beyond the largest amount") != std::string::npos);
    CHECK(problem("1000000.000001", millions).find("beyond the largest amount") != std::string::npos);
    CHECK(problem("99999999999999999999999999", pounds).find("beyond") != std::string::npos);
    for (std::string_view bad : {".inf", "-.inf", ".nan", "NaN", "true", "1e6", "0x10", "", "1.", ".5", ",1",
                                 "1,", "1,,0", "£5", "5%", "1 000"})
        CHECK_MESSAGE(problem(bad, pounds).starts_with("expected an amount"), bad);
}

TEST_CASE("money_text: pounds_phrase groups thousands") {
    CHECK(pounds_phrase(Money::pounds(1200)) == "£1,200");
    CHECK(pounds_phrase(Money::pounds(-1234567)) == "-£1,234,567");
    CHECK(pounds_phrase(Money::pounds(12)) == "£12");
}

TEST_CASE("load: format_diagnostic omits an unknown location") {
    CHECK(format_diagnostic({"a.yaml", 3, 7, "bad"}) == "a.yaml:3:7: error: bad");
    CHECK(format_diagnostic({"a.yaml", 0, 0, "bad"}) == "a.yaml: error: bad");
    CHECK(format_diagnostic({"command line", 0, 0, "bad"}) == "command line: error: bad");
}

TEST_CASE("load: parse_override splits at the first '='") {
    Override o = parse_override("precept.band_d_increase=4.9%");
    CHECK(o.path == "precept.band_d_increase");
    CHECK(o.value == "4.9%");
    CHECK(parse_override("a=b=c").value == "b=c");
    CHECK_THROWS_AS(parse_override("no-equals"), InputError);
    CHECK_THROWS_AS(parse_override("=5"), InputError);
}

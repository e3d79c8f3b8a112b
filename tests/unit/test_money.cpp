// Money, Rate, FiscalYear and the one place rounding happens.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <random>

#include "money/fiscal_year.hpp"
#include "money/money.hpp"
#include "money/rate.hpp"
#include "money/rounding.hpp"
#include "scenario_builder.hpp"

using namespace mtfp;
using mtfp::testing::gbp;
using mtfp::testing::pct;

TEST_CASE("money: whole pounds with plain integer arithmetic") {
    CHECK((gbp(5) + gbp(-7)).in_pounds() == -2);
    CHECK((gbp(5) - gbp(7)).in_pounds() == -2);
    CHECK((-gbp(5)).in_pounds() == -5);
    Money total;
    total += gbp(10);
    total -= gbp(3);
    CHECK(total == gbp(7));
    CHECK(Money{}.is_zero());
    CHECK(gbp(-1) < Money{});
}

TEST_CASE("rate: parse_percent reads exact decimals and requires the percent sign") {
    CHECK(pct("2.5%").units() == 250'000'000);
    CHECK(pct("100%").units() == Rate::scale);
    CHECK(pct("-1%").units() == -100'000'000);
    CHECK(pct("+0.125%").units() == 12'500'000);
    CHECK(pct("0.00000001%").units() == 1);
    CHECK(pct("0%").units() == 0);
    CHECK_FALSE(Rate::parse_percent("2.5"));
    CHECK_FALSE(Rate::parse_percent("%"));
    CHECK_FALSE(Rate::parse_percent("-%"));
    CHECK_FALSE(Rate::parse_percent(".%"));
    CHECK_FALSE(Rate::parse_percent("1.2.3%"));
    CHECK_FALSE(Rate::parse_percent("1.123456789%"));  // finer than Rate holds exactly
    CHECK_FALSE(Rate::parse_percent("2,5%"));
    CHECK_FALSE(Rate::parse_percent("+-1%"));
}

TEST_CASE("rate: to_percent_string, exact and rounded for display") {
    CHECK(pct("2.5%").to_percent_string() == "2.5%");
    CHECK(pct("-1%").to_percent_string() == "-1%");
    CHECK(pct("0%").to_percent_string() == "0%");
    CHECK(pct("0.00000001%").to_percent_string() == "0.00000001%");
    CHECK(pct("-3.125%").to_percent_string() == "-3.125%");

    CHECK(pct("2.5%").to_percent_string(2) == "2.50%");
    CHECK(pct("2.345%").to_percent_string(2) == "2.35%");    // half away from zero
    CHECK(pct("-2.345%").to_percent_string(2) == "-2.35%");  // both signs
    CHECK(pct("2.344%").to_percent_string(2) == "2.34%");
    CHECK(pct("-0.004%").to_percent_string(2) == "0.00%");  // no "-0.00%"
    CHECK(pct("2.5%").to_percent_string(0) == "3%");
    CHECK(pct("-2.5%").to_percent_string(0) == "-3%");
    CHECK(pct("0.05%").to_percent_string(1) == "0.1%");
    // More decimals than a Rate holds: padded, not a division by zero
    CHECK(pct("2.5%").to_percent_string(10) == "2.5000000000%");
    CHECK(pct("-0.00000001%").to_percent_string(9) == "-0.000000010%");
    CHECK(pct("2.5%").to_percent_string(-1) == "3%");
}

TEST_CASE("fiscal year: parse and to_string") {
    CHECK(FiscalYear::parse("2006/07")->start_year() == 2006);
    CHECK(FiscalYear::parse("2006-07")->start_year() == 2006);
    CHECK(FiscalYear::parse("1999/00")->start_year() == 1999);
    CHECK_FALSE(FiscalYear::parse("2007/09"));
    CHECK_FALSE(FiscalYear::parse("2006/7"));
    CHECK_FALSE(FiscalYear::parse("06/07"));
    CHECK_FALSE(FiscalYear::parse("2006_07"));
    CHECK_FALSE(FiscalYear::parse("20a6/07"));
    CHECK_FALSE(FiscalYear::parse("2006/07 "));
    CHECK(FiscalYear::parse("2006-07")->to_string() == "2006/07");
    CHECK(FiscalYear::parse("1999/00")->to_string() == "1999/00");
    const FiscalYear base = *FiscalYear::parse("2006/07");
    CHECK((base + 3).to_string() == "2009/10");
    CHECK((base + 3) - base == 3);
    CHECK(base < base + 1);
}

TEST_CASE("rounding: round_half_away takes halves away from zero in both signs") {
    CHECK(round_half_away(5, 2) == 3);    // 2.5
    CHECK(round_half_away(-5, 2) == -3);  // -2.5
    CHECK(round_half_away(7, 2) == 4);    // 3.5
    CHECK(round_half_away(-7, 2) == -4);
    CHECK(round_half_away(4, 2) == 2);
    CHECK(round_half_away(5, 3) == 2);  // 1.67
    CHECK(round_half_away(4, 3) == 1);  // 1.33
    CHECK(round_half_away(-4, 3) == -1);
    CHECK(round_half_away(-5, 3) == -2);
    CHECK(round_half_away(0, 7) == 0);
    CHECK(round_half_away(1, 3) == 0);
    CHECK(round_half_away(-1, 3) == 0);
}

TEST_CASE("rounding: apply_rate rounds amount x rate once to the pound") {
    CHECK(apply_rate(gbp(1000), pct("2.5%")) == gbp(25));
    CHECK(apply_rate(gbp(20), pct("2.5%")) == gbp(1));    // 0.5
    CHECK(apply_rate(gbp(-20), pct("2.5%")) == gbp(-1));  // -0.5
    CHECK(apply_rate(gbp(19), pct("2.5%")) == gbp(0));    // 0.475
    CHECK(apply_rate(gbp(1'249'170'000), pct("3%")) == gbp(37'475'100));
    CHECK(apply_rate(gbp(1'000'000'000'000), pct("-1000%")) == gbp(-10'000'000'000'000));
}

// apply_rate and grow divide in 64 bits when the product fits and in 128 bits when it
// does not; whichever path, the result is round_half_away of the exact product. Amounts
// and rates from every magnitude, both signs, and the edges around 2^63.
TEST_CASE("rounding: apply_rate and grow equal the 128-bit quotient on either side of 64 bits") {
    std::mt19937_64 random(20261202);
    const auto reference = [](std::int64_t pounds, wide_int units) {
        return static_cast<std::int64_t>(round_half_away(wide_int{pounds} * units, Rate::scale));
    };
    std::size_t wide = 0;
    for (int i = 0; i < 200'000; ++i) {
        const std::int64_t pounds = static_cast<std::int64_t>(random() >> (random() % 64)) *
                                    (random() % 2 ? 1 : -1) % 1'000'000'000'000'000;
        const std::int64_t units = static_cast<std::int64_t>(random() >> (random() % 64)) *
                                   (random() % 2 ? 1 : -1) % (100 * Rate::scale);
        wide_int product = wide_int{pounds} * units;
        if (product > INT64_MAX || product < INT64_MIN) ++wide;
        CAPTURE(pounds);
        CAPTURE(units);
        CHECK(apply_rate(Money::pounds(pounds), Rate::from_units(units)).in_pounds() ==
              reference(pounds, units));
        CHECK(grow(Money::pounds(pounds), Rate::from_units(units)).in_pounds() ==
              reference(pounds, wide_int{Rate::scale} + units));
    }
    CHECK(wide > 10'000);  // both paths were taken
    // Halves at the 64-bit edge: 922,337,203 x 10,000,000,000 fits; one pound more does not.
    for (std::int64_t pounds : {922'337'203LL, 922'337'204LL, -922'337'203LL, -922'337'204LL})
        for (std::int64_t units : {Rate::scale, Rate::scale / 2, Rate::scale - 1, -Rate::scale / 2})
            CHECK(apply_rate(Money::pounds(pounds), Rate::from_units(units)).in_pounds() ==
                  reference(pounds, units));
}

TEST_CASE("rounding: grow, with one and two rates rounded once") {
    CHECK(grow(gbp(100), pct("2.5%")) == gbp(103));  // 102.5
    CHECK(grow(gbp(-100), pct("2.5%")) == gbp(-103));
    CHECK(grow(gbp(72'980'000), pct("2.5%")) == gbp(74'804'500));
    CHECK(grow(gbp(100), pct("-100%")) == gbp(0));
    // 100 x 1.005 x 1.005 = 101.0025; rounding in between would give 102
    CHECK(grow(gbp(100), pct("0.5%"), pct("0.5%")) == gbp(101));
    CHECK(grow(grow(gbp(100), pct("0.5%")), pct("0.5%")) == gbp(102));
    // 607,380,000 x 1.045 x 1.01 = 641,059,220.6
    CHECK(grow(gbp(607'380'000), pct("4.5%"), pct("1%")) == gbp(641'059'221));
    CHECK(grow(gbp(-607'380'000), pct("4.5%"), pct("1%")) == gbp(-641'059'221));
    CHECK(grow(gbp(1000), pct("0%"), pct("0%")) == gbp(1000));
}

TEST_CASE("rounding: compound is round(amount x (1 + rate)^k), rounded once") {
    // 1,000,000 x 1.03^k, computed by hand (1.03^4 = 1.12550881, 1.03^10 = 1.3439163793...)
    constexpr std::array<std::int64_t, 11> expected = {1'000'000, 1'030'000, 1'060'900, 1'092'727,
                                                       1'125'509, 1'159'274, 1'194'052, 1'229'874,
                                                       1'266'770, 1'304'773, 1'343'916};
    for (int k = 0; k <= 10; ++k) {
        CAPTURE(k);
        CHECK(compound(gbp(1'000'000), pct("3%"), k) == gbp(expected[static_cast<std::size_t>(k)]));
    }
    // Beyond 128 bits: 1.03^10 has a denominator of 1e100 in Rate units.
    CHECK(compound(gbp(2'449'600'000), pct("3%"), 10) == gbp(3'292'057'563));
    CHECK(compound(gbp(-2'449'600'000), pct("3%"), 3) == gbp(-2'676'744'059));
    CHECK(compound(gbp(0), pct("3%"), 5) == gbp(0));
}

TEST_CASE("rounding: implied_increase is amount / base - 1 to Rate's resolution") {
    CHECK(implied_increase(gbp(105), gbp(100)) == pct("5%"));
    CHECK(implied_increase(gbp(95), gbp(100)) == pct("-5%"));
    CHECK(implied_increase(gbp(100), gbp(100)) == pct("0%"));
    CHECK(implied_increase(gbp(1), gbp(3)).units() == -6'666'666'667);  // -66.666666667%, half away
    CHECK(implied_increase(gbp(2), gbp(3)).units() == -3'333'333'333);
    CHECK(implied_increase(gbp(-105), gbp(-100)) == pct("5%"));
    CHECK(implied_increase(gbp(271'800'000), gbp(256'800'000)).units() == 584'112'150);  // 5.8411214953%
}

// Display rounding: half away from zero from the exact pounds, in £m, £000 and £,
// with thousands separators; the one place rounding for display happens.
#include <doctest/doctest.h>

#include "money/money_text.hpp"

using namespace mtfp;

namespace {

std::string m(std::int64_t pounds) {
    return format_amount(Money::pounds(pounds), DisplayUnits::millions);
}
std::string k(std::int64_t pounds) {
    return format_amount(Money::pounds(pounds), DisplayUnits::thousands);
}

}  // namespace

TEST_CASE("display units: £m to one decimal, half away from zero, both signs") {
    CHECK(m(1'249'150'000) == "1,249.2");  // exactly half: away from zero
    CHECK(m(1'249'149'999) == "1,249.1");
    CHECK(m(-1'818'250'000) == "-1,818.3");
    CHECK(m(-1'818'249'999) == "-1,818.2");
    CHECK(m(-49'999) == "0.0");  // never "-0.0"
    CHECK(m(-50'000) == "-0.1");
    CHECK(m(0) == "0.0");
    CHECK(m(999'950'000) == "1,000.0");
    CHECK(m(2'425'700'000'000) == "2,425,700.0");
}

TEST_CASE("display units: £000 whole thousands and £ whole pounds, with separators") {
    CHECK(k(1'249'500) == "1,250");
    CHECK(k(1'249'499) == "1,249");
    CHECK(k(-1'249'500) == "-1,250");
    CHECK(k(-499) == "0");
    CHECK(k(999) == "1");
    CHECK(format_amount(Money::pounds(-2'425'700'123), DisplayUnits::pounds) == "-2,425,700,123");
    CHECK(format_amount(Money::pounds(999), DisplayUnits::pounds) == "999");
    CHECK(format_amount(Money::pounds(1000), DisplayUnits::pounds) == "1,000");
    CHECK(format_amount(Money::pounds(INT64_MIN), DisplayUnits::pounds) == "-9,223,372,036,854,775,808");
}

TEST_CASE("display units: plain figures for CSV have no separators") {
    CHECK(plain_amount(Money::pounds(-1'818'250'000), DisplayUnits::millions) == "-1818.3");
    CHECK(plain_amount(Money::pounds(72'980'000), DisplayUnits::thousands) == "72980");
    CHECK(plain_amount(Money::pounds(1'234'567), DisplayUnits::pounds) == "1234567");
}

TEST_CASE("display units: labels, phrases and rates") {
    CHECK(unit_label(DisplayUnits::millions) == "£m");
    CHECK(unit_label(DisplayUnits::thousands) == "£000");
    CHECK(unit_label(DisplayUnits::pounds) == "£");
    CHECK(money_phrase(Money::pounds(2'520'100'000)) == "£2,520.1m");
    CHECK(money_phrase(Money::pounds(-23'900'000)) == "-£23.9m");
    CHECK(money_phrase(Money::pounds(375'000)) == "£375,000");
    CHECK(pounds_phrase(Money::pounds(-1)) == "-£1");
    CHECK(format_rate(*Rate::parse_percent("4.5%")) == "4.5%");
    CHECK(format_rate(*Rate::parse_percent("4.53217%")) == "4.53%");
    CHECK(format_rate(*Rate::parse_percent("-0.005%")) == "-0.01%");
}

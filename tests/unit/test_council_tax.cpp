// Council tax in pounds (domain.md, "Council tax in pounds"): hand-worked figures.
#include <doctest/doctest.h>

#include "project/checks.hpp"
#include "project/council_tax.hpp"
#include "project/plan.hpp"
#include "scenario_builder.hpp"

namespace mtfp {
namespace {

using testing::gbp;
using testing::pct;

// One line of £1,000,000 supplies at 0% inflation, central funding £400,000; Band D
// £100.00 on a tax base of 6,000.00 (precept £600,000), so the base year balances.
Scenario council_tax_scenario(int plan_years = 2) {
    Scenario s = testing::ScenarioBuilder(plan_years)
                     .index("none", pct("0%"))
                     .subjective("supplies", "none")
                     .line("A", Section::business_group, {1'000'000})
                     .general_grant(400'000)
                     .build();
    CouncilTax& tax = s.precept.council_tax;
    tax.band_d_pence = 10000;
    tax.tax_base_hundredths = 600000;
    tax.tax_base_by_year.assign(s.year_count(), std::nullopt);
    tax.cash_increase_pence.assign(s.year_count(), std::nullopt);
    return s;
}

TEST_CASE("council tax: Band D to the penny, half away from zero") {
    // £100.00 x 1.005% more = 10100.5 pence -> 10101; a fall of the same, 9899.5, to 9900.
    CHECK(council_tax::band_d_after(10000, pct("1.005%")) == 10101);
    CHECK(council_tax::band_d_after(10000, pct("-1.005%")) == 9900);  // 9899.5 -> 9900
}

TEST_CASE("council tax: precept = round(Band D x tax base), tax base to two decimals") {
    // £287.85 x 201,500.37 = £58,001,881.5045 -> £58,001,882.
    CHECK(council_tax::precept_of(28785, 20150037) == gbp(58'001'882));
    // 201,500.37 x 1.01 = 203,515.3737 -> 203,515.37.
    CHECK(council_tax::tax_base_after(20150037, pct("1%")) == 20351537);
    // Exactly half a pound: £0.01 x 50.00 = £0.50 -> £1.
    CHECK(council_tax::precept_of(1, 5000) == gbp(1));
}

TEST_CASE("council tax: balance mode rounds Band D up to the penny, also for a negative need") {
    // £1,000,001 over 100,000.00 properties = £10.00001 -> £10.01.
    CHECK(council_tax::band_d_to_raise(gbp(1'000'001), 10'000'000) == 1001);
    CHECK(council_tax::band_d_to_raise(gbp(1'000'000), 10'000'000) == 1000);  // exact: no round-up
    CHECK(council_tax::band_d_to_raise(gbp(-1'000'001), 10'000'000) == -1000);
}

TEST_CASE("council tax: a year by rate, a year by a cash increase, the collection fund in funding") {
    Scenario s = council_tax_scenario();
    s.precept.band_d_increase_by_year[1] = pct("2.5%");   // 10250 pence
    s.precept.council_tax.cash_increase_pence[2] = 1400;  // + £14.00 = 11650 pence
    s.precept.tax_base_growth_by_year[1] = pct("1%");     // 6,060.00
    s.precept.council_tax.tax_base_by_year[2] = 610050;   // 6,100.50 published
    s.precept.council_tax.collection_fund = {gbp(5'000), gbp(-2'000), gbp(0)};
    const Plan plan = project(s);
    CHECK(plan.council_tax.band_d_pence == std::vector<std::int64_t>{10000, 10250, 11650});
    CHECK(plan.council_tax.tax_base_hundredths == std::vector<std::int64_t>{600000, 606000, 610050});
    CHECK(plan.precept[0] == gbp(600'000));
    CHECK(plan.precept[1] == gbp(621'150));  // 102.50 x 6,060 = 621,150
    CHECK(plan.precept[2] == gbp(710'708));  // 116.50 x 6,100.50 = 710,708.25
    // The increase the plan reports: the entered rate, then the actual one for the cash year.
    CHECK(plan.band_d_increase[1] == pct("2.5%"));
    CHECK(plan.band_d_increase[2] == Rate::from_units(1'365'853'659));  // 116.50 / 102.50 - 1
    // Funding = central + precept + collection fund, published negative.
    CHECK(plan.years[0].collection_fund == gbp(-5'000));
    CHECK(plan.years[0].total_funding == gbp(-400'000 - 600'000 - 5'000));
    CHECK(plan.years[1].total_funding == gbp(-400'000 - 621'150 + 2'000));
}

TEST_CASE("council tax: balance mode leaves a gap of zero or a surplus under a penny per property") {
    Scenario s = council_tax_scenario(1);
    s.precept.mode = PreceptMode::balance;
    s.precept.council_tax.collection_fund = {gbp(0), gbp(1'000)};
    s.lines[0].budget_book.set(0, gbp(1'001'001), {});  // need 1,001,001 - 400,000 - 1,000 = 600,001
    const Plan plan = project(s);
    // 600,001 / 6,000.00 = 100.000166... -> £100.01; precept 100.01 x 6,000 = 600,060.
    CHECK(plan.council_tax.band_d_pence[1] == 10001);
    CHECK(plan.precept[1] == gbp(600'060));
    CHECK(plan.years[1].budget_gap == gbp(-59));
    CHECK(plan.band_d_increase[1] == pct("0.01%"));
}

TEST_CASE("council tax: a cash cap tests B(Y) - B(Y-1) in pence, inclusive") {
    Scenario s = council_tax_scenario();
    s.precept.council_tax.cap_pence = 1400;
    s.precept.council_tax.cash_increase_pence[1] = 1400;
    s.precept.council_tax.cash_increase_pence[2] = 1401;
    const CheckOutcome outcome = check_plan(s, project(s));
    std::vector<bool> verdicts;
    for (const RuleResult& r : outcome.results)
        if (r.rule == Rule::council_tax_cap) verdicts.push_back(r.passed);
    CHECK(verdicts == std::vector<bool>{true, false});
}

TEST_CASE("council tax: a rate cap tests the entered rate, else the actual increase exactly") {
    Scenario s = council_tax_scenario();
    s.precept.cap = pct("2.99%");
    // Entered 2.99%: Band D 10299 pence; passes on the entered rate.
    s.precept.band_d_increase_by_year[1] = pct("2.99%");
    // A cash increase of £3.08 on £102.99 is 2.9906...%: the actual exceeds 2.99%.
    s.precept.council_tax.cash_increase_pence[2] = 308;
    const CheckOutcome outcome = check_plan(s, project(s));
    std::vector<bool> verdicts;
    for (const RuleResult& r : outcome.results)
        if (r.rule == Rule::council_tax_cap) verdicts.push_back(r.passed);
    CHECK(verdicts == std::vector<bool>{true, false});
    CHECK(council_tax::within_rate_cap(10299 + 307, 10299, pct("2.99%")));   // 2.9809%
    CHECK(!council_tax::within_rate_cap(10299 + 308, 10299, pct("2.99%")));  // 2.9906%
}

}  // namespace
}  // namespace mtfp

// check_plan(): each rule passing, failing and at its boundary.
#include <doctest/doctest.h>

#include "project/checks.hpp"
#include "scenario_builder.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

std::vector<RuleResult> results_for(const CheckOutcome& outcome, Rule rule) {
    std::vector<RuleResult> found;
    for (const RuleResult& r : outcome.results) {
        if (r.rule == rule) found.push_back(r);
    }
    return found;
}

CheckOutcome check(const Scenario& s) {
    return check_plan(s, project(s));
}

// Base year: one line of 1000, no inflation, general grant 600 and precept 400.
ScenarioBuilder balanced_base(int plan_years = 2) {
    return ScenarioBuilder(plan_years)
        .index("none", pct("0%"))
        .subjective("supplies", "none")
        .line("A", Section::business_group, {1000})
        .general_grant(600)
        .precept(400);
}

}  // namespace

TEST_CASE("checks: balanced budget in the base year always, and in each year listed") {
    const CheckOutcome balanced = check(balanced_base().build());
    auto rules = results_for(balanced, Rule::balanced_budget);
    REQUIRE(rules.size() == 1);  // only the base year unless more are listed
    CHECK(rules[0].year == 0);
    CHECK(rules[0].passed);
    CHECK(rules[0].value.money == gbp(1000));
    CHECK(rules[0].limit.money == gbp(1000));
    CHECK(balanced.passed);

    // One pound short in the base year; 2008/09 listed, where a 10 increase is unfunded
    const CheckOutcome failing =
        check(balanced_base()
                  .precept(399)
                  .band_d_increase(pct("0%"))
                  .movement("A", "supplies", MovementKind::committed_increase, {{2, 10}})
                  .balanced_year(2)
                  .build());
    rules = results_for(failing, Rule::balanced_budget);
    REQUIRE(rules.size() == 2);
    CHECK_FALSE(rules[0].passed);
    CHECK(rules[0].limit.money == gbp(999));
    CHECK(rules[1].year == 2);
    CHECK_FALSE(rules[1].passed);
    CHECK(rules[1].value.money == gbp(1010));
    CHECK_FALSE(failing.passed);

    // over-funded is not balanced either
    CHECK_FALSE(check(balanced_base().precept(401).build()).passed);
}

TEST_CASE("checks: council-tax cap is inclusive, for an assumed increase") {
    auto with = [](Rate increase) {
        return results_for(
            check(balanced_base(1).band_d_increase(increase).council_tax_cap(pct("5%")).build()),
            Rule::council_tax_cap);
    };
    REQUIRE(with(pct("5%")).size() == 1);
    CHECK(with(pct("5%"))[0].passed);
    CHECK(with(pct("5%"))[0].year == 1);
    CHECK(with(pct("5%"))[0].value.rate == pct("5%"));
    CHECK(with(pct("5%"))[0].limit.rate == pct("5%"));
    CHECK(with(pct("4.9%"))[0].passed);
    CHECK_FALSE(with(pct("5.00000001%"))[0].passed);
    CHECK(results_for(check(balanced_base().band_d_increase(pct("9%")).build()), Rule::council_tax_cap)
              .empty());
}

TEST_CASE(
    "checks: council-tax cap in balance mode tests the implied increase with tax-base growth divided out") {
    // requirement 1000 + extra; general 600 flat; so precept = 400 + extra; tax base +1%:
    // 400 x 1.01 x 1.05 = 424.2 is not whole, so use a base of 40,000: cap 5% allows 42,420
    auto with = [](std::int64_t extra) {
        const Scenario s = ScenarioBuilder(1)
                               .index("none", pct("0%"))
                               .subjective("supplies", "none")
                               .line("A", Section::business_group, {100'000})
                               .movement("A", "supplies", MovementKind::committed_increase, {{1, extra}})
                               .general_grant(60'000)
                               .precept(40'000)
                               .balance_precept()
                               .tax_base_growth(1, pct("1%"))
                               .council_tax_cap(pct("5%"))
                               .build();
        return results_for(check(s), Rule::council_tax_cap).at(0);
    };
    CHECK(with(2'420).passed);  // 42,420 / 40,400 = exactly 1.05
    CHECK(with(2'420).value.rate == pct("5%"));
    CHECK_FALSE(with(2'421).passed);
    CHECK(with(400).passed);  // 40,800: 0.99% after the tax base's 1%
}

TEST_CASE("checks: the cap in balance mode is exact, not judged on the rounded implied increase") {
    // precept 300bn -> 315bn + 1: 5% + 3.3e-12, which rounds to exactly 5% yet is above the cap
    auto with = [](std::int64_t extra) {
        const Scenario s = ScenarioBuilder(1)
                               .index("none", pct("0%"))
                               .subjective("supplies", "none")
                               .line("A", Section::business_group, {400'000'000'000})
                               .movement("A", "supplies", MovementKind::committed_increase, {{1, extra}})
                               .general_grant(100'000'000'000)
                               .precept(300'000'000'000)
                               .balance_precept()
                               .council_tax_cap(pct("5%"))
                               .build();
        return results_for(check(s), Rule::council_tax_cap).at(0);
    };
    CHECK(with(15'000'000'000).passed);
    const RuleResult above = with(15'000'000'001);
    CHECK(above.value.rate == pct("5%"));  // as reported, rounded
    CHECK_FALSE(above.passed);
}

TEST_CASE("checks: NRE guidance against the revised base compounded, rounded once") {
    // NRE(base) 1000; 3% a year allows 1030 then 1060.9 -> 1061
    auto with = [](std::int64_t year1, std::int64_t year2) {
        return results_for(
            check(balanced_base()
                      .movement("A", "supplies", MovementKind::committed_increase, {{1, year1}, {2, year2}})
                      .nre_growth_limit(pct("3%"))
                      .build()),
            Rule::nre_guidance);
    };
    auto rules = with(30, 31);
    REQUIRE(rules.size() == 2);
    CHECK(rules[0].passed);
    CHECK(rules[0].value.money == gbp(1030));
    CHECK(rules[0].limit.money == gbp(1030));
    CHECK(rules[1].passed);
    CHECK(rules[1].limit.money == gbp(1061));
    rules = with(31, 30);
    CHECK_FALSE(rules[0].passed);
    CHECK(rules[1].passed);
    CHECK_FALSE(with(30, 32)[1].passed);
    CHECK(results_for(check(balanced_base().build()), Rule::nre_guidance).empty());
}

TEST_CASE("checks: efficiency savings against the previous year's NSE, reversals included") {
    // NSE(base) 1000 + financing excluded; 3% needs 30 in 2007/08. A one-off saving of 30
    // reverses in 2008/09 (+30), so 2008/09's savings are the new 29 less 30.
    auto with = [](std::int64_t saving) {
        return results_for(
            check(balanced_base()
                      .line("F", Section::financing, {500})
                      .movement("A", "supplies", MovementKind::efficiency, {{1, -saving}}, true)
                      .movement("A", "supplies", MovementKind::efficiency, {{2, -29}})
                      .efficiency_minimum(pct("3%"))
                      .build()),
            Rule::efficiency);
    };
    auto rules = with(30);
    REQUIRE(rules.size() == 2);
    CHECK(rules[0].passed);  // equal passes
    CHECK(rules[0].value.money == gbp(30));
    CHECK(rules[0].limit.money == gbp(30));
    CHECK_FALSE(with(29)[0].passed);
    // 2008/09: savings 29 - 30 = -1 against 3% of NSE(2007/08) = 970 -> 29.1 -> 29
    CHECK_FALSE(rules[1].passed);
    CHECK(rules[1].value.money == gbp(-1));
    CHECK(rules[1].limit.money == gbp(29));
    CHECK(results_for(check(balanced_base().build()), Rule::efficiency).empty());
}

TEST_CASE("checks: reserves never below zero, the general reserve at or above its floor") {
    auto rules = results_for(check(balanced_base(1)
                                       .general_reserve(100)
                                       .earmarked_reserve("ops", 50)
                                       .transfer("general", 0, -40)
                                       .transfer("ops", 1, -51)
                                       .general_reserve_floor(gbp(60))
                                       .build()),
                             Rule::reserves);
    REQUIRE(rules.size() == 4);  // by year, then reserve
    CHECK(rules[0].subject == "general");
    CHECK(rules[0].year == 0);
    CHECK(rules[0].passed);  // 60 at a floor of 60
    CHECK(rules[0].value.money == gbp(60));
    CHECK(rules[0].limit.money == gbp(60));
    CHECK(rules[1].subject == "ops");
    CHECK(rules[1].passed);
    CHECK(rules[3].subject == "ops");
    CHECK(rules[3].year == 1);
    CHECK_FALSE(rules[3].passed);  // 50 - 51 = -1
    CHECK(rules[3].value.money == gbp(-1));
    CHECK(rules[3].limit.money == gbp(0));

    rules = results_for(check(balanced_base(1)
                                  .general_reserve(100)
                                  .transfer("general", 1, -41)
                                  .general_reserve_floor(gbp(60))
                                  .build()),
                        Rule::reserves);
    CHECK(rules[0].passed);
    CHECK_FALSE(rules[1].passed);  // 59 below the floor of 60

    // a share of NRE: 6% of 1000 = 60
    rules = results_for(check(balanced_base(1).general_reserve(60).general_reserve_floor(pct("6%")).build()),
                        Rule::reserves);
    CHECK(rules[0].passed);
    CHECK(rules[0].limit.money == gbp(60));
    rules = results_for(check(balanced_base(1).general_reserve(59).general_reserve_floor(pct("6%")).build()),
                        Rule::reserves);
    CHECK_FALSE(rules[0].passed);
    // no floor: zero is the limit, and zero passes
    rules = results_for(check(balanced_base(1).general_reserve(0).build()), Rule::reserves);
    CHECK(rules[0].passed);
    CHECK(rules[0].limit.money == gbp(0));
}

TEST_CASE("checks: the outcome passes only when every rule does, in rule order") {
    const CheckOutcome outcome = check(balanced_base()
                                           .nre_growth_limit(pct("0%"))
                                           .efficiency_minimum(pct("0%"))
                                           .council_tax_cap(pct("0%"))
                                           .build());
    CHECK(outcome.passed);
    std::vector<Rule> order;
    for (const RuleResult& r : outcome.results) {
        if (order.empty() || order.back() != r.rule) order.push_back(r.rule);
    }
    CHECK(order == std::vector<Rule>{Rule::balanced_budget, Rule::council_tax_cap, Rule::nre_guidance,
                                     Rule::efficiency, Rule::reserves});
    CHECK_FALSE(check(balanced_base().council_tax_cap(pct("-1%")).build()).passed);
}

// Reserves that carry the gap (domain.md; interface.md, "Resolved details (1.1)"):
// hand-worked figures.
#include <doctest/doctest.h>

#include "project/plan.hpp"
#include "scenario_builder.hpp"

namespace mtfp {
namespace {

using testing::gbp;
using testing::pct;

// One line of £1,000 at 0% inflation, balanced in the base year by central funding £600
// and a precept of £400 (flat); growth of £300 in 2007/08 and £100 in 2008/09 makes gaps.
testing::ScenarioBuilder two_years() {
    testing::ScenarioBuilder b(2);
    b.index("none", pct("0%"))
        .subjective("supplies", "none")
        .line("A", Section::business_group, {1'000})
        .movement("A", "supplies", MovementKind::committed_increase, {{1, 300}, {2, 100}})
        .general_grant(600)
        .precept(400)
        .band_d_increase(pct("0%"))
        .general_reserve(1'000)
        .general_reserve_floor(ReserveFloor{gbp(800)});
    return b;
}

TEST_CASE("reserves policy: the general reserve drawn exactly to its floor, the rest left as gap") {
    Scenario s = two_years().build();
    s.reserves_policy.fund_gap_from = 0;
    const Plan plan = project(s);
    // 2007/08: gap 300, reserve 1,000 down to its floor of 800: 200 used, 100 left.
    CHECK(plan.reserves_policy.gap_before_reserves[1] == gbp(300));
    CHECK(plan.reserves_policy.use_of_reserves[1] == gbp(-200));
    CHECK(plan.years[1].use_of_reserves == gbp(-200));
    CHECK(plan.years[1].budget_requirement == gbp(1'100));
    CHECK(plan.gaps[1].gap == gbp(100));
    CHECK(plan.gaps[1].gap_before_reserves == gbp(300));
    CHECK(plan.reserves[0][1].closing == gbp(800));
    // 2008/09: gap 400 with nothing above the floor: nothing used.
    CHECK(plan.reserves_policy.use_of_reserves[2] == gbp(0));
    CHECK(plan.gaps[2].gap == gbp(400));
    // Drawn exactly to the floor is not below it.
    CHECK(!plan.reserves_policy.first_below[0]);
    // The use counts among the general reserve's transfers in Table 4, not in the Summary's rows.
    CHECK(plan.general_transfers[1] == gbp(-200));
    CHECK(plan.years[1].transfer_from_reserves == gbp(0));
}

TEST_CASE("reserves policy: down to zero, and the first year-end below the floor") {
    Scenario s = two_years().build();
    s.reserves_policy.fund_gap_from = 0;
    s.reserves_policy.down_to_zero = true;
    const Plan plan = project(s);
    CHECK(plan.reserves_policy.use_of_reserves[1] == gbp(-300));
    CHECK(plan.reserves[0][1].closing == gbp(700));
    CHECK(plan.reserves_policy.use_of_reserves[2] == gbp(-400));
    CHECK(plan.reserves[0][2].closing == gbp(300));
    CHECK(plan.gaps[2].gap == gbp(0));
    REQUIRE(plan.reserves_policy.first_below[0]);
    CHECK(*plan.reserves_policy.first_below[0] == 1);
}

TEST_CASE("reserves policy: a surplus is paid in, an earmarked reserve goes down to zero") {
    testing::ScenarioBuilder b = two_years();
    b.earmarked_reserve("ops", 250).general_grant(600).general_amount(1, 1'100);
    Scenario s = b.build();
    s.reserves_policy.fund_gap_from = 1;
    const Plan plan = project(s);
    // 2007/08: funding 1,500 against a requirement of 1,300: a surplus of 200 paid in.
    CHECK(plan.reserves_policy.use_of_reserves[1] == gbp(200));
    CHECK(plan.reserves[1][1].closing == gbp(450));
    CHECK(plan.gaps[1].gap == gbp(0));
    // 2008/09: central funding back to growth on 1,100 (flat): gap 1,400 - 1,500 = -100 paid in.
    CHECK(plan.reserves_policy.use_of_reserves[2] == gbp(100));
    CHECK(plan.earmarked_transfers[2] == gbp(100));
}

TEST_CASE("reserves policy: an outturn underspend is added at the end of the base year") {
    Scenario s = two_years().outturn("A", 900).build();
    s.reserves_policy.outturn_to = 0;
    const Plan plan = project(s);
    CHECK(plan.reserves_policy.outturn == gbp(100));
    CHECK(plan.reserves[0][0].outturn == gbp(100));
    CHECK(plan.reserves[0][0].closing == gbp(1'100));
    CHECK(plan.reserves[0][1].opening == gbp(1'100));
    // Not a Summary row: the base year's requirement is untouched.
    CHECK(plan.years[0].budget_requirement == gbp(1'000));
}

TEST_CASE("reserves policy: an overspend taken first, then the gap met from what is left") {
    Scenario s = two_years().outturn("A", 1'150).build();
    s.reserves_policy.outturn_to = 0;
    s.reserves_policy.fund_gap_from = 0;
    const Plan plan = project(s);
    CHECK(plan.reserves[0][0].closing == gbp(850));
    CHECK(plan.reserves_policy.use_of_reserves[1] == gbp(-50));  // down to the floor of 800
    CHECK(plan.gaps[1].gap == gbp(250));
}

}  // namespace
}  // namespace mtfp

// A savings programme with delivery risk (domain.md): hand-worked figures.
#include <doctest/doctest.h>

#include "project/checks.hpp"
#include "project/plan.hpp"
#include "scenario_builder.hpp"

namespace mtfp {
namespace {

using testing::gbp;
using testing::pct;

testing::ScenarioBuilder with_savings() {
    testing::ScenarioBuilder b(2);
    b.index("none", pct("0%"))
        .subjective("supplies", "none")
        .line("A", Section::business_group, {100'000})
        .movement("A", "supplies", MovementKind::efficiency, {{1, -1'001}}, true)  // one-off
        .movement("A", "supplies", MovementKind::efficiency, {{1, -3'000}, {2, -2'000}})
        .general_grant(60'000)
        .precept(40'000)
        .band_d_increase(pct("0%"));
    return b;
}

TEST_CASE("savings: risk on a one-off saving counts its entered amount, not its reversal") {
    Scenario s = with_savings().build();
    s.movements[0].savings.status = SavingStatus::amber;  // 50%
    s.movements[1].savings.status = SavingStatus::red;    // 90%
    const Plan plan = project(s);
    // 2007/08: round(1,001 x 50%) = 501 (500.5, half away) + 2,700; 2008/09: 1,800 only.
    CHECK(plan.savings.item_at_risk[0] == std::vector<Money>{gbp(0), gbp(501), gbp(0)});
    CHECK(plan.savings.at_risk[1] == gbp(3'201));
    CHECK(plan.savings.at_risk[2] == gbp(1'800));
    // Gap 2007/08: 100,000 - 4,001 - 100,000 = -4,001; risk-adjusted -800.
    CHECK(plan.gaps[1].gap == gbp(-4'001));
    CHECK(plan.gaps[1].risk_adjusted_gap == gbp(-800));
    // 2008/09: the one-off's reversal (+1,001) and -2,000: gap -4,000; at risk 1,800.
    CHECK(plan.gaps[2].risk_adjusted_gap == plan.gaps[2].gap + gbp(1'800));
}

TEST_CASE("savings: an item without a status counts as green, the risks are the scenario's") {
    Scenario s = with_savings().build();
    Plan plan = project(s);
    CHECK(plan.savings.at_risk[1] == gbp(100 + 300));  // 10% of 1,001 -> 100; of 3,000 -> 300
    s.savings_risk.by_status[static_cast<std::size_t>(SavingStatus::green)] = pct("20%");
    plan = project(s);
    CHECK(plan.savings.at_risk[1] == gbp(200 + 600));
}

TEST_CASE("savings: a non-cashable item moves no budget figure and no rule") {
    Scenario s = with_savings().efficiency_minimum(pct("3%")).build();
    const Plan cashable = project(s);
    s.movements[1].savings.cashable = false;
    const Plan freed = project(s);
    const Scenario without = [&] {
        Scenario w = s;
        w.movements.erase(w.movements.begin() + 1);
        return w;
    }();
    const Plan expected = project(without);
    for (YearIndex y = 0; y < 3; ++y) {
        CHECK(freed.years[y].budget_requirement == expected.years[y].budget_requirement);
        CHECK(freed.gaps[y].gap_before_savings == expected.gaps[y].gap_before_savings);
        CHECK(freed.all_movements[y] == expected.all_movements[y]);
        CHECK(freed.savings.at_risk[y] == expected.savings.at_risk[y]);
    }
    CHECK(cashable.gaps[1].efficiency == gbp(-4'001));
    CHECK(freed.gaps[1].efficiency == gbp(-1'001));
    // Rule 4 counts the cashable savings only: 1,001 < 3% of 100,000.
    const CheckOutcome outcome = check_plan(s, freed);
    for (const RuleResult& r : outcome.results)
        if (r.rule == Rule::efficiency && r.year == 1) CHECK(r.value.money == gbp(1'001));
}

}  // namespace
}  // namespace mtfp

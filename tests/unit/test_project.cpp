// project() on small hand-built scenarios; every expected figure is worked by hand in
// the comments beside it.
#include <doctest/doctest.h>

#include "dense_line.hpp"
#include "money/rounding.hpp"
#include "project/band_d.hpp"
#include "project/plan.hpp"
#include "scenario_builder.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

Money row(const MovementTotals& totals, PlanMovement movement) {
    return totals[static_cast<std::size_t>(movement)];
}

Money line_total(const Plan& plan, std::size_t line, YearIndex year) {
    return plan.lines.total(line, year);
}

}  // namespace

TEST_CASE("project: inflation per line and subjective, rounded each, with a negative budget") {
    const Scenario s = ScenarioBuilder(2)
                           .index("pay", std::vector<Rate>{pct("3%"), pct("2.5%")})
                           .index("prices", pct("2.5%"))
                           .subjective("officer_pay", "pay")
                           .subjective("supplies", "prices")
                           .subjective("income", "prices")
                           .line("TP", Section::business_group, {1'000'000, 200'020, -100'020})
                           .line("CS", Section::business_group, {0, 20, 0})
                           .line("HR", Section::business_group, {0, 20, 0})
                           .build();
    const Plan plan = project(s);
    const DenseLine tp(plan, 0, s.subjectives.size());
    // 2007/08: 1,000,000 x 3% = 30,000; 200,020 x 2.5% = 5,000.5 -> 5,001; -100,020 x 2.5% = -2,500.5 ->
    // -2,501
    CHECK(tp[1].by_subjective == std::vector<Money>{gbp(1'030'000), gbp(205'021), gbp(-102'521)});
    CHECK(row(tp[1].movements, PlanMovement::inflation) == gbp(32'500));
    // 2008/09: 1,030,000 x 2.5% = 25,750; 205,021 x 2.5% = 5,125.525 -> 5,126; -102,521 x 2.5% = -2,563.025
    // -> -2,563
    CHECK(tp[2].by_subjective == std::vector<Money>{gbp(1'055'750), gbp(210'147), gbp(-105'084)});
    CHECK(row(tp[2].movements, PlanMovement::inflation) == gbp(28'313));
    CHECK(line_total(plan, 0, 2) == gbp(1'160'813));

    // 20 x 2.5% = 0.5 -> 1 on each line: rounding is per line, so 2 in all (not round(40 x 2.5%) = 1).
    CHECK(plan.lines.budget(1, 1, 1) == gbp(21));
    CHECK(plan.subjective_totals[1][1] == gbp(205'021 + 21 + 21));
    CHECK(plan.subjective_totals[2][1] == gbp(-102'521));
    CHECK(plan.subjective_grand_total[1] == plan.years[1].net_expenditure);
    CHECK(row(plan.mps_movements[1], PlanMovement::inflation) == gbp(32'502));
}

TEST_CASE("project: items are not inflated in their own year, one-offs reverse the next year in their row") {
    const Scenario s = ScenarioBuilder(3)
                           .index("prices", pct("10%"))
                           .subjective("supplies", "prices")
                           .line("A", Section::business_group, {1000})
                           .movement("A", "supplies", MovementKind::committed_increase, {{1, 100}})
                           .movement("A", "supplies", MovementKind::new_initiative, {{1, 50}}, true)
                           .movement("A", "supplies", MovementKind::committed_decrease, {{2, -30}})
                           .movement("A", "supplies", MovementKind::efficiency, {{3, -20}}, true)
                           .build();
    const Plan plan = project(s);
    const DenseLine a(plan, 0, s.subjectives.size());
    // 2007/08: inflation 1000 x 10% = 100; +100 recurring; +50 one-off -> 1250, recurring 1200
    CHECK(row(a[1].movements, PlanMovement::inflation) == gbp(100));
    CHECK(row(a[1].movements, PlanMovement::committed_increases) == gbp(100));
    CHECK(row(a[1].movements, PlanMovement::new_initiatives) == gbp(50));
    CHECK(a[1].by_subjective[0] == gbp(1250));
    CHECK(a[1].recurring_by_subjective[0] == gbp(1200));
    // 2008/09: inflation on 1200 (not 1250) = 120; -30; the one-off 50 reverses as -50 in new initiatives
    CHECK(row(a[2].movements, PlanMovement::inflation) == gbp(120));
    CHECK(row(a[2].movements, PlanMovement::committed_decreases) == gbp(-30));
    CHECK(row(a[2].movements, PlanMovement::new_initiatives) == gbp(-50));
    CHECK(a[2].by_subjective[0] == gbp(1290));
    CHECK(a[2].recurring_by_subjective[0] == gbp(1290));
    // 2009/10: inflation 129; a one-off saving of -20 in the final year, with nothing to reverse it
    CHECK(row(a[3].movements, PlanMovement::inflation) == gbp(129));
    CHECK(row(a[3].movements, PlanMovement::efficiency) == gbp(-20));
    CHECK(a[3].by_subjective[0] == gbp(1399));
    CHECK(a[3].recurring_by_subjective[0] == gbp(1419));

    CHECK(plan.mps_draft_budget == std::vector<Money>{gbp(1000), gbp(1250), gbp(1290), gbp(1399)});
    CHECK(plan.mps_movements[0] == MovementTotals{});
}

TEST_CASE("project: base year, budget book and outturn columns") {
    const Scenario s = ScenarioBuilder(1)
                           .index("none", pct("0%"))
                           .subjective("supplies", "none")
                           .line("A", Section::business_group, {1000})
                           .line("B", Section::corporate, {500})
                           .line("M", Section::authority, {100})
                           .line("F", Section::financing, {-50})
                           .outturn("A", 1250)
                           .movement("A", "supplies", MovementKind::in_year, {{0, 200}})
                           .movement("A", "supplies", MovementKind::virement, {{0, -30}})
                           .movement("B", "supplies", MovementKind::virement, {{0, 30}})
                           .specific_grant("ct", 200)
                           .earmarked_reserve("ops", 50)
                           .general_reserve(500)
                           .transfer("general", 0, -100)
                           .transfer("ops", 0, 30)
                           .transfer("ops", 0, -20)
                           .general_grant(1000)
                           .precept(460)
                           .build();
    const Plan plan = project(s);

    const SummaryColumn& book = plan.budget_book;
    CHECK(book.line_budget == std::vector<Money>{gbp(1000), gbp(500), gbp(100), gbp(-50)});
    CHECK(book.total_mps == gbp(1500));
    CHECK(book.net_expenditure == gbp(1550));
    CHECK(book.net_revenue_expenditure == gbp(1350));
    CHECK(book.budget_requirement == gbp(1260));  // 1350 - 120 + 30
    CHECK(book.budget_gap == gbp(-200));

    const SummaryColumn& revised = plan.revised;
    CHECK(revised.line_budget == std::vector<Money>{gbp(1170), gbp(530), gbp(100), gbp(-50)});
    CHECK(revised.total_business_groups == gbp(1170));
    CHECK(revised.total_corporate == gbp(530));
    CHECK(revised.total_mps == gbp(1700));
    CHECK(revised.total_authority == gbp(100));
    CHECK(revised.net_service_expenditure == gbp(1800));
    CHECK(revised.total_financing == gbp(-50));
    CHECK(revised.net_expenditure == gbp(1750));
    CHECK(revised.specific_grants == gbp(-200));
    CHECK(revised.net_revenue_expenditure == gbp(1550));
    CHECK(revised.transfer_from_reserves == gbp(-120));  // items, not each reserve's net
    CHECK(revised.transfer_to_reserves == gbp(30));
    CHECK(revised.budget_requirement == gbp(1460));
    CHECK(revised.general_grant == gbp(-1000));
    CHECK(revised.precept == gbp(-460));
    CHECK(revised.total_funding == gbp(-1460));
    CHECK(revised.budget_gap == gbp(0));
    CHECK(plan.years[0].line_budget == revised.line_budget);
    CHECK(plan.years[0].budget_gap == revised.budget_gap);

    const SummaryColumn& outturn = plan.outturn;
    CHECK(outturn.line_budget == std::vector<Money>{gbp(1250), gbp(530), gbp(100), gbp(-50)});
    CHECK(outturn.budget_requirement == gbp(1540));
    CHECK(outturn.budget_gap == gbp(80));  // the forecast overspend

    CHECK(plan.mps_budget_book == gbp(1500));
    CHECK(plan.mps_in_year == gbp(200));  // the virement nets out across A and B
    CHECK(plan.mps_base_budget == gbp(1700));
}

TEST_CASE("project: grants by amount or growth, and real-terms change (the seed's figures)") {
    const Scenario s = ScenarioBuilder(3)
                           .index("prices", pct("2.5%"))
                           .general_grant(1'818'300'000)
                           .general_growth(1, pct("3.6%"))
                           .general_amount(2, 1'900'000'000)
                           .general_growth(3, pct("2.5%"))
                           .specific_grant("ct", 256'800'000)
                           .specific_amount("ct", 1, 271'800'000)
                           .specific_grant("cff", 72'980'000)
                           .specific_grant("sfg", 54'723'000)
                           .real_terms_index("prices")
                           .build();
    const Plan plan = project(s);
    // 1,818,300,000 x 1.036 = 1,883,758,800; then the settlement figure; then x 1.025
    CHECK(plan.general_grant ==
          std::vector<Money>{gbp(1'818'300'000), gbp(1'883'758'800), gbp(1'900'000'000), gbp(1'947'500'000)});
    CHECK(plan.specific_grants[0] ==
          std::vector<Money>{gbp(256'800'000), gbp(271'800'000), gbp(271'800'000), gbp(271'800'000)});
    CHECK(plan.specific_grants[1][3] == gbp(72'980'000));  // flat cash by default

    // CT: 271.8m - 256.8m x 1.025 = +8.58m; CFF and SFG flat: -1,824,500 and -1,368,075
    CHECK(plan.specific_real_terms_change[0][1] == gbp(8'580'000));
    CHECK(plan.specific_real_terms_change[1][1] == gbp(-1'824'500));
    CHECK(plan.specific_real_terms_change[2][1] == gbp(-1'368'075));
    CHECK(plan.specific_real_terms_change[1][1] + plan.specific_real_terms_change[2][1] == gbp(-3'192'575));
    CHECK(plan.specific_real_terms_change[0][2] == gbp(-6'795'000));
    CHECK(plan.specific_real_terms_change[0][0] == gbp(0));
    // 1,883,758,800 - 1,818,300,000 x 1.025 (1,863,757,500)
    CHECK(plan.general_real_terms_change[1] == gbp(20'001'300));

    CHECK(plan.years[1].specific_grants == gbp(-399'503'000));
    CHECK(plan.years[1].general_grant == gbp(-1'883'758'800));

    const Plan nominal = project(ScenarioBuilder(3).specific_grant("cff", 72'980'000).build());
    CHECK(nominal.specific_real_terms_change[0] == std::vector<Money>(4, Money{}));
    CHECK(nominal.general_real_terms_change == std::vector<Money>(4, Money{}));
}

TEST_CASE("project: precept from an assumed Band D increase, rounded once with tax-base growth") {
    const Scenario s = ScenarioBuilder(2)
                           .precept(607'380'000)
                           .band_d_increase(1, pct("4.5%"))
                           .tax_base_growth(1, pct("1%"))
                           .band_d_increase(2, pct("5%"))
                           .build();
    const Plan plan = project(s);
    // 607,380,000 x 1.045 x 1.01 = 641,059,220.6; then x 1.05 = 673,112,182.05
    CHECK(plan.precept == std::vector<Money>{gbp(607'380'000), gbp(641'059'221), gbp(673'112'182)});
    CHECK(plan.band_d_increase == std::vector<Rate>{Rate{}, pct("4.5%"), pct("5%")});
    CHECK(plan.years[2].precept == gbp(-673'112'182));
}

TEST_CASE("project: precept in balance mode closes the gap and reports the implied Band D increase") {
    const Scenario s =
        ScenarioBuilder(2)
            .index("none", pct("0%"))
            .subjective("supplies", "none")
            .line("A", Section::business_group, {1'000'000})
            .movement("A", "supplies", MovementKind::committed_increase, {{1, 60'000}, {2, 5'600}})
            .general_grant(500'000)
            .precept(500'000)
            .balance_precept()
            .tax_base_growth(1, pct("1%"))
            .build();
    const Plan plan = project(s);
    // requirement 1,060,000 - general 500,000 = 560,000; then 1,065,600 - 500,000 = 565,600
    CHECK(plan.precept == std::vector<Money>{gbp(500'000), gbp(560'000), gbp(565'600)});
    CHECK(plan.years[1].budget_gap == gbp(0));
    CHECK(plan.years[2].budget_gap == gbp(0));
    // 560,000 / (500,000 x 1.01) - 1 = 10.891089108910...%; 565,600 / 560,000 - 1 = 1%
    CHECK(plan.band_d_increase[1].units() == 1'089'108'911);
    CHECK(plan.band_d_increase[2] == pct("1%"));
}

TEST_CASE("band D: implied increase and the exact cap comparison") {
    CHECK(implied_band_d_increase(gbp(525'000), gbp(500'000), pct("0%")) == pct("5%"));
    CHECK(implied_band_d_increase(gbp(530'250), gbp(500'000), pct("1%")) ==
          pct("5%"));  // 500,000 x 1.01 x 1.05
    CHECK(implied_band_d_increase(gbp(450'000), gbp(500'000), pct("0%")) == pct("-10%"));
    CHECK(implied_band_d_increase(gbp(-525'000), gbp(-500'000), pct("0%")) == pct("5%"));
    CHECK(implied_band_d_increase(gbp(1), gbp(0), pct("0%")) == Rate{});
    CHECK(implied_band_d_increase(gbp(1), gbp(100), pct("-100%")) == Rate{});

    CHECK(band_d_increase_within(gbp(525'000), gbp(500'000), pct("0%"), pct("5%")));  // equal passes
    CHECK_FALSE(band_d_increase_within(gbp(525'001), gbp(500'000), pct("0%"), pct("5%")));
    CHECK(band_d_increase_within(gbp(530'250), gbp(500'000), pct("1%"), pct("5%")));  // growth divided out
    CHECK_FALSE(band_d_increase_within(gbp(530'251), gbp(500'000), pct("1%"), pct("5%")));
    // 315,000,000,001 / 300,000,000,000 - 1 = 5% + 3.3e-12: rounds to exactly 5%, yet is above it
    CHECK(implied_band_d_increase(gbp(315'000'000'001), gbp(300'000'000'000), pct("0%")) == pct("5%"));
    CHECK_FALSE(band_d_increase_within(gbp(315'000'000'001), gbp(300'000'000'000), pct("0%"), pct("5%")));
    // A negative base turns the inequality round: -525,000 from -500,000 is +5%
    CHECK(band_d_increase_within(gbp(-525'000), gbp(-500'000), pct("0%"), pct("5%")));
    CHECK_FALSE(band_d_increase_within(gbp(-525'001), gbp(-500'000), pct("0%"), pct("5%")));
    CHECK_FALSE(band_d_increase_within(gbp(1), gbp(0), pct("0%"), pct("5%")));
    CHECK(band_d_increase_within(gbp(0), gbp(0), pct("0%"), pct("5%")));
}

TEST_CASE("project: reserves roll forward, totals split general and earmarked") {
    const Scenario s = ScenarioBuilder(3)
                           .general_reserve(45'000'000)
                           .earmarked_reserve("ops", 20'000'000)
                           .earmarked_reserve("other", 5'000'000)
                           .transfer("general", 0, -23'900'000)
                           .transfer("general", 1, -5'000'000)
                           .transfer("general", 1, 1'000'000)
                           .transfer("ops", 1, -20'000'000)
                           .transfer("ops", 2, 3'000'000)
                           .build();
    const Plan plan = project(s);
    const auto& general = plan.reserves[0];
    CHECK(general[0].opening == gbp(45'000'000));
    CHECK(general[0].transfers == gbp(-23'900'000));
    CHECK(general[0].closing == gbp(21'100'000));
    CHECK(general[1].opening == gbp(21'100'000));
    CHECK(general[1].transfers == gbp(-4'000'000));
    CHECK(general[1].closing == gbp(17'100'000));
    CHECK(general[3].closing == gbp(17'100'000));
    const auto& ops = plan.reserves[1];
    CHECK(ops[1].closing == gbp(0));
    CHECK(ops[2].opening == gbp(0));
    CHECK(ops[2].closing == gbp(3'000'000));
    CHECK(plan.reserves[2][3].closing == gbp(5'000'000));

    CHECK(plan.reserve_totals[0].opening == gbp(70'000'000));
    CHECK(plan.reserve_totals[0].closing == gbp(46'100'000));
    CHECK(plan.reserve_totals[1].transfers == gbp(-24'000'000));
    CHECK(plan.reserve_totals[2].closing == gbp(25'100'000));
    CHECK(plan.general_transfers == std::vector<Money>{gbp(-23'900'000), gbp(-4'000'000), gbp(0), gbp(0)});
    CHECK(plan.earmarked_transfers == std::vector<Money>{gbp(0), gbp(-20'000'000), gbp(3'000'000), gbp(0)});
    // The Summary sums items: -5m and -20m drawn, +1m contributed, in 2007/08
    CHECK(plan.years[1].transfer_from_reserves == gbp(-25'000'000));
    CHECK(plan.years[1].transfer_to_reserves == gbp(1'000'000));
    CHECK(plan.general_reserve_floor == std::vector<std::optional<Money>>(4, std::nullopt));
}

TEST_CASE("project: general reserve floor as an amount or a share of each year's NRE") {
    ScenarioBuilder builder = ScenarioBuilder(1)
                                  .index("prices", pct("10%"))
                                  .subjective("supplies", "prices")
                                  .line("A", Section::business_group, {1'000'025})
                                  .movement("A", "supplies", MovementKind::in_year, {{0, 1'000}});
    const Plan fixed = project(ScenarioBuilder(builder).general_reserve_floor(gbp(30'000)).build());
    CHECK(fixed.general_reserve_floor == std::vector<std::optional<Money>>{gbp(30'000), gbp(30'000)});
    // 2% of the revised NRE 1,001,025 = 20,020.5 -> 20,021; then 2% of 1,101,128 (+100,103) = 22,022.56
    const Plan share = project(builder.general_reserve_floor(pct("2%")).build());
    CHECK(share.general_reserve_floor == std::vector<std::optional<Money>>{gbp(20'021), gbp(22'023)});
}

TEST_CASE("project: gap report, new gap, gap before savings and a bridge that adds up") {
    const Scenario s = ScenarioBuilder(2)
                           .index("prices", pct("10%"))
                           .subjective("supplies", "prices")
                           .line("A", Section::business_group, {1000})
                           .line("F", Section::financing, {100})
                           .movement("A", "supplies", MovementKind::efficiency, {{1, -50}})
                           .movement("A", "supplies", MovementKind::efficiency, {{1, -10}}, true)
                           .movement("A", "supplies", MovementKind::committed_increase, {{2, 30}})
                           .specific_grant("s", 200)
                           .specific_amount("s", 2, 150)
                           .general_grant(600)
                           .general_growth(1, pct("5%"))
                           .general_growth(2, pct("5%"))
                           .precept(300)
                           .general_reserve(1000)
                           .transfer("general", 0, -100)
                           .transfer("general", 1, -50)
                           .build();
    const Plan plan = project(s);
    // Base: NE 1100, NRE 900, requirement 800; funding 600 + 300
    CHECK(plan.gaps[0].budget_requirement == gbp(800));
    CHECK(plan.gaps[0].total_funding == gbp(900));
    CHECK(plan.gaps[0].gap == gbp(-100));
    CHECK(plan.gaps[0].new_gap == gbp(-100));
    CHECK(plan.gaps[0].bridge.empty());
    // 2007/08: A 1000 + 100 - 60 = 1040, F 110; NRE 950; requirement 900; funding 630 + 300
    CHECK(plan.gaps[1].budget_requirement == gbp(900));
    CHECK(plan.gaps[1].total_funding == gbp(930));
    CHECK(plan.gaps[1].gap == gbp(-30));
    CHECK(plan.gaps[1].efficiency == gbp(-60));
    CHECK(plan.gaps[1].gap_before_savings == gbp(30));
    CHECK(plan.gaps[1].new_gap == gbp(70));
    // 2008/09: A 1040 + 105 + 30 + 10 (reversal) = 1185, F 121; NRE 1306 - 150; funding 662 + 300
    CHECK(plan.gaps[2].budget_requirement == gbp(1156));
    CHECK(plan.gaps[2].total_funding == gbp(962));
    CHECK(plan.gaps[2].gap == gbp(194));
    CHECK(plan.gaps[2].efficiency == gbp(10));
    CHECK(plan.gaps[2].gap_before_savings == gbp(184));
    CHECK(plan.gaps[2].new_gap == gbp(224));

    using Kind = GapBridgeStep::Kind;
    const auto& bridge = plan.gaps[2].bridge;
    REQUIRE(bridge.size() == 10);
    const std::vector<Money> expected = {gbp(116), gbp(30), gbp(0),  gbp(10), gbp(0),
                                         gbp(0),   gbp(50), gbp(50), gbp(32), gbp(0)};
    const std::vector<Kind> kinds = {
        Kind::movement, Kind::movement,        Kind::movement,         Kind::movement,      Kind::movement,
        Kind::movement, Kind::specific_grants, Kind::reserve_transfer, Kind::general_grant, Kind::precept};
    Money requirement = plan.gaps[1].budget_requirement;
    Money funding = plan.gaps[1].total_funding;
    for (std::size_t i = 0; i < bridge.size(); ++i) {
        CAPTURE(i);
        CHECK(bridge[i].kind == kinds[i]);
        CHECK(bridge[i].amount == expected[i]);
        CHECK(bridge[i].changes_funding() == (i >= 8));
        if (i < 6) CHECK(bridge[i].movement == static_cast<PlanMovement>(i));
        (bridge[i].changes_funding() ? funding : requirement) += bridge[i].amount;
    }
    CHECK(requirement == plan.gaps[2].budget_requirement);
    CHECK(funding == plan.gaps[2].total_funding);
}

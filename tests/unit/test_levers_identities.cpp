// Property tests of the 1.1 identities (issue 11) over generated scenarios: the random
// plans of random_plan.hpp with council tax in pounds, a collection fund, a reserves
// policy and a savings programme switched on at random.
#include <doctest/doctest.h>

#include <random>

#include "money/rounding.hpp"
#include "project/council_tax.hpp"
#include "project/plan.hpp"
#include "random_plan.hpp"

namespace mtfp {
namespace {

using testing::gbp;

Scenario random_levers_scenario(std::mt19937_64& random) {
    auto between = [&random](std::int64_t low, std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(low, high)(random);
    };
    Scenario s = testing::random_scenario(random);
    const std::size_t years = s.year_count();
    CouncilTax& tax = s.precept.council_tax;
    if (between(0, 1) == 0) {
        tax.band_d_pence = between(10'000, 40'000);
        tax.tax_base_hundredths = between(1'000'000, 30'000'000);
        tax.tax_base_by_year.assign(years, std::nullopt);
        tax.cash_increase_pence.assign(years, std::nullopt);
        for (YearIndex y = 1; y < years; ++y) {
            if (between(0, 3) == 0) tax.tax_base_by_year[y] = between(1'000'000, 30'000'000);
            if (between(0, 2) == 0) tax.cash_increase_pence[y] = between(-500, 2'500);
        }
    }
    if (between(0, 1) == 0) {
        tax.collection_fund.assign(years, Money{});
        for (Money& amount : tax.collection_fund) amount = gbp(between(-900'000, 900'000));
    }
    if (s.precept.mode != PreceptMode::balance && between(0, 2) > 0) {
        s.reserves_policy.fund_gap_from = static_cast<std::size_t>(between(0, 1));
        s.reserves_policy.down_to_zero = between(0, 1) == 0;
    }
    if (between(0, 1) == 0) s.reserves_policy.outturn_to = static_cast<std::size_t>(between(0, 1));
    if (between(0, 1) == 0) {
        s.reserves[0].floor = ReserveFloor{gbp(between(0, 10'000'000))};
        s.lines[0].outturn = s.lines[0].budget_book[0] + gbp(between(-2'000'000, 2'000'000));
    }
    for (Movement& movement : s.movements) {
        if (movement.kind != MovementKind::efficiency) continue;
        if (between(0, 4) > 0) movement.savings.status = static_cast<SavingStatus>(between(0, 3));
        movement.savings.cashable = between(0, 3) > 0;
    }
    return s;
}

constexpr int scenario_count = 400;

TEST_CASE("levers identities: funding, gap after reserves, risk-adjusted gap, reserves roll") {
    std::mt19937_64 random(20250401);
    int in_pounds = 0, funding_gap = 0, used = 0, non_cashable = 0, at_risk = 0;
    for (int i = 0; i < scenario_count; ++i) {
        const Scenario s = random_levers_scenario(random);
        const Plan p = project(s);
        CAPTURE(i);
        const std::size_t years = s.year_count();
        for (YearIndex y = 0; y < years; ++y) {
            const SummaryColumn& c = p.years[y];
            // Funding = central + precept + collection fund (published negative).
            CHECK(c.total_funding == c.general_grant + c.precept + c.collection_fund);
            CHECK(c.collection_fund == -p.council_tax.collection_fund[y]);
            // Requirement includes the use of reserves; gap after = gap before + use.
            CHECK(c.budget_requirement == c.net_revenue_expenditure + c.transfer_from_reserves +
                                              c.transfer_to_reserves + c.use_of_reserves);
            CHECK(p.gaps[y].gap == p.gaps[y].gap_before_reserves + p.reserves_policy.use_of_reserves[y]);
            // Risk-adjusted gap = gap + savings at risk, the items summed.
            CHECK(p.gaps[y].risk_adjusted_gap == p.gaps[y].gap + p.gaps[y].savings_at_risk);
            Money items;
            for (const std::vector<Money>& item : p.savings.item_at_risk)
                if (!item.empty()) items += item[y];
            CHECK(items == p.savings.at_risk[y]);
            at_risk += p.savings.at_risk[y] > Money{};
            // Reserves roll, each and in total.
            for (std::size_t r = 0; r < s.reserves.size(); ++r) {
                const ReserveYear& ry = p.reserves[r][y];
                CHECK(ry.closing == ry.opening + ry.transfers + ry.outturn);
                CHECK(ry.opening == (y == 0 ? s.reserves[r].opening : p.reserves[r][y - 1].closing));
            }
            CHECK(p.reserve_totals[y].closing == p.reserve_totals[y].opening + p.earmarked_transfers[y] +
                                                     p.general_transfers[y] + p.reserve_totals[y].outturn);
            if (s.precept.council_tax.in_pounds())
                CHECK(p.precept[y] == council_tax::precept_of(p.council_tax.band_d_pence[y],
                                                              p.council_tax.tax_base_hundredths[y]));
        }
        // The policy's transfer: a shortfall met down to the limit, a surplus paid in.
        if (s.reserves_policy.fund_gap_from) {
            ++funding_gap;
            const std::size_t r = *s.reserves_policy.fund_gap_from;
            for (YearIndex y = 1; y < years; ++y) {
                const Money before = p.gaps[y].gap_before_reserves;
                const Money use = p.reserves_policy.use_of_reserves[y];
                used += !use.is_zero();
                if (before <= Money{}) {
                    CHECK(use == -before);
                    continue;
                }
                CHECK(use <= Money{});
                CHECK(-use <= before);
                Money limit;
                if (r == 0 && !s.reserves_policy.down_to_zero && p.general_reserve_floor[y])
                    limit = *p.general_reserve_floor[y];
                // Either the gap is closed or the reserve stands at (or below, untouched) its limit.
                if (p.gaps[y].gap > Money{}) CHECK((p.reserves[r][y].closing <= limit || use.is_zero()));
            }
        }
        // Balance mode with Band D: gap zero or a surplus under a penny per property (+ rounding).
        if (s.precept.council_tax.in_pounds()) {
            ++in_pounds;
            if (s.precept.mode == PreceptMode::balance)
                for (YearIndex y = 1; y < years; ++y) {
                    CHECK(p.years[y].budget_gap <= Money{});
                    CHECK(-p.years[y].budget_gap.in_pounds() * 10'000 <=
                          p.council_tax.tax_base_hundredths[y] + 10'000);
                }
        }
        for (const Movement& m : s.movements) non_cashable += !m.savings.cashable;
    }
    // The generator covers what it claims to.
    CHECK(in_pounds > scenario_count / 4);
    CHECK(funding_gap > scenario_count / 4);
    CHECK(used > scenario_count / 4);
    CHECK(non_cashable > 20);
    CHECK(at_risk > scenario_count / 4);
}

}  // namespace
}  // namespace mtfp

// Reserves that carry the gap (docs/levers.md).
#include <algorithm>

#include "project/stages.hpp"

namespace mtfp::stages {

namespace {

// The overspend is outturn - revised over the lines that give an outturn; the others'
// outturn is their revised budget, so the difference of the two columns is exactly that.
Money outturn_transfer(const Plan& plan) {
    return -(plan.outturn.net_expenditure - plan.revised.net_expenditure);
}

// The least the reserve may fall to when it meets a gap: the general reserve's floor of
// the year (unless told down to zero), else zero.
Money limit_of(const Scenario& scenario, std::size_t reserve, const SummaryColumn& year) {
    const ReservesPolicy& policy = scenario.reserves_policy;
    if (reserve != 0 || policy.down_to_zero || !scenario.reserves[0].floor) return Money{};
    return reserve_floor_in(*scenario.reserves[0].floor, year);
}

}  // namespace

// Per plan year, after every other transfer of that year, with G the gap so far: for
// G > 0 the transfer is -min(G, max(0, balance - limit)); for G < 0 it is -G. What the
// reserve cannot cover stays as the gap. The base year is never touched.
void fund_gap_from_reserves(const Scenario& scenario, Plan& plan) {
    const ReservesPolicy& policy = scenario.reserves_policy;
    const std::size_t years = scenario.year_count();
    ReservesPolicyPlan& out = plan.reserves_policy;
    out.use_of_reserves.assign(years, Money{});
    out.gap_before_reserves.assign(years, Money{});
    for (YearIndex y = 0; y < years; ++y) out.gap_before_reserves[y] = plan.years[y].budget_gap;
    out.outturn = policy.outturn_to ? outturn_transfer(plan) : Money{};
    if (!policy.fund_gap_from) return;

    const std::size_t reserve = *policy.fund_gap_from;
    std::vector<Money> transfers(years);
    for (const ReserveTransfer& transfer : scenario.transfers)
        if (transfer.reserve == reserve) transfers[transfer.year] += transfer.amount;
    Money balance = scenario.reserves[reserve].opening + transfers[0];
    if (policy.outturn_to == reserve) balance += out.outturn;
    for (YearIndex y = 1; y < years; ++y) {
        SummaryColumn& column = plan.years[y];
        balance += transfers[y];
        const Money gap = column.budget_gap;
        const Money available = std::max(Money{}, balance - limit_of(scenario, reserve, column));
        const Money use = gap > Money{} ? -std::min(gap, available) : -gap;
        balance += use;
        out.use_of_reserves[y] = use;
        column.use_of_reserves = use;
        column.budget_requirement += use;
        column.budget_gap += use;
    }
}

void add_reserves_policy(const Scenario& scenario, Plan& plan) {
    const ReservesPolicy& policy = scenario.reserves_policy;
    const ReservesPolicyPlan& done = plan.reserves_policy;
    if (policy.outturn_to) plan.reserves[*policy.outturn_to][0].outturn = done.outturn;
    if (!policy.fund_gap_from) return;
    for (YearIndex y = 1; y < scenario.year_count(); ++y)
        plan.reserves[*policy.fund_gap_from][y].transfers += done.use_of_reserves[y];
}

// "Falls below" is strictly below: a reserve drawn exactly to its floor has not.
void find_first_below(const Scenario& scenario, Plan& plan) {
    std::vector<std::optional<YearIndex>>& first = plan.reserves_policy.first_below;
    first.assign(scenario.reserves.size(), std::nullopt);
    for (std::size_t r = 0; r < scenario.reserves.size(); ++r) {
        for (YearIndex y = 0; y < scenario.year_count() && !first[r]; ++y) {
            Money limit;
            if (r == 0 && plan.general_reserve_floor[y] && *plan.general_reserve_floor[y] > limit)
                limit = *plan.general_reserve_floor[y];
            if (plan.reserves[r][y].closing < limit) first[r] = y;
        }
    }
}

}  // namespace mtfp::stages

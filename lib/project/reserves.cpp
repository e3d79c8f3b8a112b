#include "money/rounding.hpp"
#include "project/stages.hpp"

namespace mtfp::stages {

// A floor set as a share of NRE moves with each year's NRE (the revised column's in
// the base year, which years[0] is).
Money reserve_floor_in(const ReserveFloor& floor, const SummaryColumn& year) {
    if (const Money* amount = std::get_if<Money>(&floor)) return *amount;
    return apply_rate(year.net_revenue_expenditure, std::get<Rate>(floor));
}

// The opening balance is at the start of the base year; closing(Y) = opening(Y) +
// transfers(Y) and opening(Y+1) = closing(Y). Reserve 0 is the general reserve.
void project_reserves(const Scenario& scenario, Plan& plan) {
    const std::size_t years = scenario.year_count();
    plan.reserves.assign(scenario.reserves.size(), std::vector<ReserveYear>(years));
    for (const ReserveTransfer& transfer : scenario.transfers) {
        plan.reserves[transfer.reserve][transfer.year].transfers += transfer.amount;
    }
    add_reserves_policy(scenario, plan);

    plan.reserve_totals.assign(years, ReserveYear{});
    plan.earmarked_transfers.assign(years, Money{});
    plan.general_transfers.assign(years, Money{});
    for (std::size_t r = 0; r < scenario.reserves.size(); ++r) {
        Money balance = scenario.reserves[r].opening;
        for (YearIndex y = 0; y < years; ++y) {
            ReserveYear& year = plan.reserves[r][y];
            year.opening = balance;
            year.closing = year.opening + year.transfers + year.outturn;
            balance = year.closing;

            plan.reserve_totals[y].opening += year.opening;
            plan.reserve_totals[y].transfers += year.transfers;
            plan.reserve_totals[y].closing += year.closing;
            plan.reserve_totals[y].outturn += year.outturn;
            (r == 0 ? plan.general_transfers : plan.earmarked_transfers)[y] += year.transfers;
        }
    }

    plan.general_reserve_floor.assign(years, std::nullopt);
    if (!scenario.reserves.empty() && scenario.reserves[0].floor) {
        for (YearIndex y = 0; y < years; ++y)
            plan.general_reserve_floor[y] = reserve_floor_in(*scenario.reserves[0].floor, plan.years[y]);
    }
    find_first_below(scenario, plan);
}

}  // namespace mtfp::stages

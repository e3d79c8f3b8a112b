// solve: a value found, fed back through the real loader with --set, meets its target,
// and one unit further the other way does not; impossible requests say so.
#include <doctest/doctest.h>

#include "analysis/solve.hpp"
#include "analysis/value_text.hpp"
#include "load/load.hpp"
#include "model/diagnostic.hpp"
#include "project/plan.hpp"

using namespace mtfp;
using namespace mtfp::analysis;

namespace {

std::string shipped(const std::string& name) {
    return std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name;
}

// A value as a --set VALUE: a rate with '%', an amount in the scenario's units (exact:
// the decimal point moves, e.g. -15,023,280 pounds is -15023.28 in £000).
std::string set_text(std::int64_t value, ValueType type, const Units& units) {
    if (type == ValueType::rate) return Rate::from_units(value).to_percent_string();
    std::string digits = std::to_string(value < 0 ? -value : value);
    const auto shift = static_cast<std::size_t>(units.decimal_shift);
    if (digits.size() <= shift) digits.insert(0, shift - digits.size() + 1, '0');
    std::string text = digits.substr(0, digits.size() - shift);
    std::string fraction = digits.substr(digits.size() - shift);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    if (!fraction.empty()) text += "." + fraction;
    return (value < 0 ? "-" : "") + text;
}

// The --set path of the value a step varied.
std::string set_path(const Scenario& scenario, const ParameterHandle& handle, const SolveStep& step) {
    if (!step.varied_year || handle.years.size() == 1) return handle.path;
    return handle.path + "." + scenario.year(*step.varied_year).to_string();
}

bool met_in(const Scenario& scenario, const Target& target, const std::vector<YearIndex>& years) {
    const Plan plan = project(scenario);
    for (YearIndex y : years)
        if (!target_met(target, target_figures(target, scenario, plan, y))) return false;
    return true;
}

struct Case {
    const char* scenario;
    const char* target;
    const char* parameter;
    std::optional<YearIndex> year;
};

}  // namespace

TEST_CASE("solve: a solved value fed back with --set meets its target, one unit less does not") {
    const std::vector<Case> cases{
        {"mps-2007-10.yaml", "gap=0", "precept.band_d_increase", std::nullopt},
        {"mps-2007-10.yaml", "gap=0", "precept.band_d_increase", 1},
        {"mps-2007-10.yaml", "gap=0", "indices.pay", std::nullopt},
        {"mps-2007-10.yaml", "gap<=5000", "grants.general.growth", std::nullopt},
        {"mps-2007-10.yaml", "nre<=guidance", "movements.vfm.amounts", std::nullopt},
        {"mps-2007-10.yaml", "gap<=0", "lines.TP.budget_book.supplies", std::nullopt},
        {"mps-2007-10.yaml", "gap=0", "indices.prices.2008/09", std::nullopt},
        {"replenish-reserves.yaml", "gap=0", "reserves.transfers.replenish_general.amount", std::nullopt},
        {"replenish-reserves.yaml", "general_reserve>=floor", "reserves.transfers.replenish_general.amount",
         std::nullopt},
        {"pay-award-3.5.yaml", "gap<=-1000", "movements.tp_savings.amounts", 3},
    };
    for (const Case& c : cases) {
        CAPTURE(c.target);
        CAPTURE(c.parameter);
        const Scenario scenario = load_scenario(shipped(c.scenario));
        const ParameterHandle handle = resolve_parameter(scenario, c.parameter);
        const Target target = parse_target(c.target, scenario);
        const SolveResult result = solve(scenario, handle, target, c.year);
        REQUIRE(result.met());
        std::vector<Override> found;
        for (const SolveStep& step : result.steps) {
            REQUIRE(step.outcome == SolveOutcome::solved);
            const std::string path = set_path(scenario, handle, step);
            const std::string less = set_text(step.next_not_met, handle.type(), scenario.units);
            std::vector<Override> one_less = found;
            one_less.push_back(Override{path, less});
            found.push_back(Override{path, set_text(step.value, handle.type(), scenario.units)});
            CAPTURE(found.back().value);
            CHECK(met_in(load_scenario(shipped(c.scenario), found), target, step.target_years));
            CHECK_FALSE(met_in(load_scenario(shipped(c.scenario), one_less), target, step.target_years));
            CHECK((step.next_not_met - step.value == 1 || step.value - step.next_not_met == 1));
        }
    }
}

TEST_CASE("solve: the 2007/08 gap of the default scenario closes at a Band D increase of 6.97346455%") {
    const Scenario scenario = load_scenario(shipped("mps-2007-10.yaml"));
    const SolveResult result = solve(scenario, resolve_parameter(scenario, "precept.band_d_increase"),
                                     parse_target("gap=0", scenario), 1);
    REQUIRE(result.steps.size() == 1);
    CHECK(format_value(result.steps[0].value, ValueType::rate) == "6.97346455%");
    CHECK(result.plan.gaps[1].gap == Money{});
    CHECK(result.plan.gaps[2].gap > Money{});  // later years keep the scenario's increase
}

TEST_CASE("solve: no value in range is reported, the value left as it was, and later years still solved") {
    const Scenario scenario = load_scenario(shipped("mps-2007-10.yaml"));
    // A base-year draw does not reach the plan years' gap.
    const ParameterHandle draw = resolve_parameter(scenario, "reserves.transfers.overt_overamp.amount");
    const SolveResult result = solve(scenario, draw, parse_target("gap=0", scenario), std::nullopt);
    CHECK_FALSE(result.met());
    REQUIRE(result.steps.size() == 1);
    CHECK(result.steps[0].outcome == SolveOutcome::none_in_range);
    CHECK(result.steps[0].value == result.steps[0].before);
    CHECK(result.steps[0].message.find("does not move the gap") != std::string::npos);
    CHECK(result.scenario.transfers[0].amount == scenario.transfers[0].amount);
}

TEST_CASE("solve: a target met at every value leaves the parameter unchanged") {
    const Scenario scenario = load_scenario(shipped("mps-2007-10.yaml"));
    const ParameterHandle band_d = resolve_parameter(scenario, "precept.band_d_increase.2007/08");
    // NRE does not depend on the precept.
    const SolveResult result =
        solve(scenario, band_d, parse_target("gap<=1000000000", scenario), std::nullopt);
    REQUIRE(result.steps.size() == 1);
    CHECK(result.steps[0].outcome == SolveOutcome::met_throughout);
    CHECK(result.met());
}

TEST_CASE("solve: invalid requests are input errors on the command line") {
    const Scenario scenario = load_scenario(shipped("mps-2007-10.yaml"));
    CHECK_THROWS_AS(parse_target("gap>=0", scenario), InputError);
    CHECK_THROWS_AS(parse_target("gap<=five", scenario), InputError);
    const ParameterHandle pay = resolve_parameter(scenario, "indices.pay.2008/09");
    const ParameterHandle all_pay = resolve_parameter(scenario, "indices.pay");
    CHECK_NOTHROW(solve(scenario, pay, parse_target("gap=0", scenario), 2));
    CHECK_NOTHROW(solve(scenario, all_pay, parse_target("gap=0", scenario), 3));
    const Scenario balance = load_scenario(shipped("precept-balance.yaml"));
    CHECK_THROWS_AS(resolve_parameter(balance, "precept.band_d_increase"), InputError);
}

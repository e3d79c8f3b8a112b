// Parameter handles: resolved once (with "did you mean"), and setting a value through a
// handle gives the same plan as the same value through --set and the loader.
#include <doctest/doctest.h>

#include <algorithm>

#include "analysis/parameter.hpp"
#include "analysis/sensitivity.hpp"
#include "analysis/value_text.hpp"
#include "load/load.hpp"
#include "model/diagnostic.hpp"

using namespace mtfp;
using namespace mtfp::analysis;

namespace {

std::string shipped(const std::string& name) {
    return std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name;
}

std::string message_of(const Scenario& scenario, const std::string& path) {
    try {
        resolve_parameter(scenario, path);
    } catch (const InputError& error) {
        return format_diagnostic(error.diagnostics().front());
    }
    return "";
}

bool same_figures(const Plan& a, const Plan& b) {
    for (std::size_t y = 0; y < a.gaps.size(); ++y) {
        if (a.gaps[y].gap != b.gaps[y].gap || a.gaps[y].budget_requirement != b.gaps[y].budget_requirement)
            return false;
        if (a.reserve_totals[y].closing != b.reserve_totals[y].closing) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("parameter: a handle sets what --set sets") {
    const Scenario scenario = load_scenario(shipped("mps-2007-10.yaml"));
    const Plan plan = project(scenario);
    struct Case {
        const char* path;
        const char* value;
    };
    const std::vector<Case> cases{
        {"indices.pay.2008/09", "3.75%"},
        {"indices.prices", "3%"},
        {"grants.general.growth.2009/10", "1.5%"},
        {"grants.specific.cff.amounts.2008/09", "80000"},
        {"grants.specific.sfg.base", "50000"},
        {"precept.band_d_increase.2007/08", "4.99%"},
        {"precept.tax_base_growth", "0.5%"},
        {"precept.base", "600000"},
        {"movements.vfm.amounts.2008/09", "-7500.5"},
        {"movements.nya_allocation_tp.amounts.2006/07", "-1000"},
        {"reserves.transfers.pfi_support_0809.amount", "-4000"},
        {"lines.TP.budget_book.supplies", "60000"},
        {"reserves.general.opening", "40000"},
        {"reserves.earmarked.property.opening", "30000"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.path);
        const ParameterHandle handle = resolve_parameter(scenario, c.path);
        const std::int64_t value = parse_value(c.value, handle.type(), scenario.units, "test");
        Scenario changed = scenario;
        const std::vector<YearIndex> years = handle.by_year() ? handle.years : std::vector<YearIndex>{0};
        for (YearIndex y : years) set_value(changed, handle, y, value);
        for (YearIndex y : years) CHECK(value_in(changed, project(changed), handle, y) == value);
        const Scenario loaded = load_scenario(shipped("mps-2007-10.yaml"), {Override{c.path, c.value}});
        CHECK(same_figures(project(changed), project(loaded)));
        CHECK_FALSE(same_figures(project(changed), plan));
    }
}

TEST_CASE("parameter: types, years and ranges") {
    const Scenario scenario = load_scenario(shipped("mps-2007-10.yaml"));
    const ParameterHandle pay = resolve_parameter(scenario, "indices.pay");
    CHECK(pay.type() == ValueType::rate);
    CHECK(pay.years == std::vector<YearIndex>{1, 2, 3});
    CHECK(resolve_parameter(scenario, "indices.pay.2008/09").years == std::vector<YearIndex>{2});
    const ParameterHandle vfm = resolve_parameter(scenario, "movements.vfm.amounts");
    CHECK(vfm.type() == ValueType::money);
    CHECK(vfm.highest == 0);  // an efficiency is a saving: never positive
    CHECK(resolve_parameter(scenario, "reserves.transfers.overt_overamp.amount").years ==
          std::vector<YearIndex>{0});
    CHECK_FALSE(resolve_parameter(scenario, "lines.TP.budget_book.supplies").by_year());
    CHECK(parse_value("5m", ValueType::money, scenario.units, "t") == 5'000'000);
    CHECK(parse_value("5k", ValueType::money, scenario.units, "t") == 5'000);
    CHECK(parse_value("5", ValueType::money, scenario.units, "t") == 5'000);  // £000
}

TEST_CASE("parameter: a path that names nothing is an error on the command line, with did you mean") {
    const Scenario scenario = load_scenario(shipped("mps-2007-10.yaml"));
    CHECK(message_of(scenario, "indices.pya") ==
          "command line: error: there is no index with id 'pya' (did you mean 'pay'?)");
    CHECK(message_of(scenario, "grants.specific.cfff.growth").find("did you mean 'cff'") !=
          std::string::npos);
    CHECK(message_of(scenario, "precept.band_d_increse").find("did you mean 'band_d_increase'") !=
          std::string::npos);
    CHECK(message_of(scenario, "indices.pay.2012/13").find("is not a year of the plan") != std::string::npos);
    CHECK(message_of(scenario, "indices.pay.2006/07").find("base year") != std::string::npos);
    CHECK(message_of(scenario, "movements.it_charges_from_tp.amounts").find("virement") != std::string::npos);
    CHECK(message_of(scenario, "lines.TP.budget_book").find("add the id of subjective") != std::string::npos);
    CHECK(message_of(scenario, "checks.nre_growth_limit").find("it can vary indices") != std::string::npos);
    CHECK(message_of(scenario, "indices.pay.2007/08.x").find("has no 'x'") != std::string::npos);
    CHECK(message_of(scenario, "indices..pay").find("empty part") != std::string::npos);
}

TEST_CASE("sensitivity: a zero delta gives the base plan exactly, on each side") {
    for (const char* name : {"mps-2007-10.yaml", "precept-balance.yaml", "replenish-reserves.yaml"}) {
        CAPTURE(name);
        const Scenario scenario = load_scenario(shipped(name));
        std::vector<std::string> notes;
        std::vector<Variation> variations = default_variations(scenario, notes);
        for (const char* text : {"movements.vfm.amounts=±0", "reserves.general.opening=+0",
                                 "lines.TP.budget_book.supplies=-0k", "grants.specific.ct.amounts=±0"})
            variations.push_back(parse_variation(text, scenario));
        for (Variation& variation : variations) variation.delta = 0;
        const SensitivityResult result = sensitivity(scenario, variations);
        const Plan plan = project(scenario);
        for (std::size_t y = 0; y < plan.gaps.size(); ++y) {
            CHECK(result.base.gap[y] == plan.gaps[y].gap);
            CHECK(result.base.general_reserve[y] == plan.reserves[0][y].closing);
        }
        for (const SensitivityLine& line : result.lines) {
            CAPTURE(line.variation.label);
            if (line.low) CHECK(line.low->gap == result.base.gap);
            if (line.high) CHECK(line.high->gap == result.base.gap);
            if (line.low) CHECK(line.low->general_reserve == result.base.general_reserve);
            if (line.high) CHECK(line.high->general_reserve == result.base.general_reserve);
            CHECK(line.swing == Money{});
        }
    }
}

TEST_CASE("sensitivity: sides, defaults and order") {
    const Scenario scenario = load_scenario(shipped("mps-2007-10.yaml"));
    CHECK(parse_variation("indices.pay=+1%", scenario).sides == Sides::high_only);
    CHECK(parse_variation("indices.pay=-1%", scenario).sides == Sides::low_only);
    CHECK(parse_variation("indices.pay=+-1%", scenario).sides == Sides::both);
    CHECK(parse_variation("indices.pay=1%", scenario).label == "indices.pay \u00b11%");
    CHECK_THROWS_AS(parse_variation("indices.pay=1", scenario), InputError);
    CHECK_THROWS_AS(parse_variation("indices.pay", scenario), InputError);
    CHECK_THROWS_AS(parse_variation("indices.pay=+-+1%", scenario), InputError);

    std::vector<std::string> notes;
    const std::vector<Variation> defaults = default_variations(scenario, notes);
    // indices (pay and prices; `none: 0%` is left out), general grant, specific grants, Band D
    CHECK(defaults.size() == 2 + 1 + 4 + 1);
    const SensitivityResult result = sensitivity(scenario, defaults);
    CHECK(result.lines.front().variation.handle.path == "indices.pay");
    for (std::size_t i = 1; i < result.lines.size(); ++i)
        CHECK(result.lines[i - 1].swing >= result.lines[i].swing);
    // +1 point on pay raises the gap; +1 point on grant growth lowers it.
    CHECK(result.lines.front().high->gap[3] > result.base.gap[3]);

    const Scenario balance = load_scenario(shipped("precept-balance.yaml"));
    std::vector<std::string> balance_notes;
    const std::vector<Variation> without_band_d = default_variations(balance, balance_notes);
    CHECK(without_band_d.size() == defaults.size() - 1);
    CHECK(std::any_of(balance_notes.begin(), balance_notes.end(), [](const std::string& note) {
        return note.find("balance mode") != std::string::npos;
    }));
}

TEST_CASE(
    "parameter: every uncertainty entry of the shipped scenarios resolves to a handle of its type (for "
    "simulate)") {
    for (const char* name : {"mps-2007-10.yaml", "pay-award-3.5.yaml", "replenish-reserves.yaml"}) {
        CAPTURE(name);
        const Scenario scenario = load_scenario(shipped(name));
        REQUIRE_FALSE(scenario.uncertainty.empty());
        for (const UncertainParameter& entry : scenario.uncertainty) {
            CAPTURE(entry.param);
            const ParameterHandle handle = resolve_parameter(scenario, entry.param);
            CHECK(handle.type() == (entry.amount ? ValueType::money : ValueType::rate));
            CHECK(handle.years.size() == static_cast<std::size_t>(scenario.plan_years));
        }
    }
}

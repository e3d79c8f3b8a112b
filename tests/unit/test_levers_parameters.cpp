// The council tax levers as solve, sensitivity and --set +=/-= parameters (issue 11): the
// Band D increase of council tax in pounds varied in pence (a rate when written as one),
// the collection fund in pounds; checked by hand on the shipped shire scenario.
#include <doctest/doctest.h>

#include "analysis/parameter.hpp"
#include "analysis/parameter_restore.hpp"
#include "analysis/sensitivity.hpp"
#include "analysis/set_operation.hpp"
#include "analysis/solve.hpp"
#include "analysis/value_text.hpp"
#include "load/load.hpp"
#include "model/diagnostic.hpp"

using namespace mtfp;
using namespace mtfp::analysis;

namespace {

Scenario shipped(const std::string& name) {
    return load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name);
}

// The shire scenario with its gap left to the precept (no reserve meets it).
Scenario shire_without_policy() {
    Scenario scenario = shipped("shire-2025-29.yaml");
    scenario.reserves_policy.fund_gap_from.reset();
    return scenario;
}

std::string refusal(const Scenario& scenario, const std::string& path) {
    try {
        resolve_parameter(scenario, path);
    } catch (const InputError& error) {
        return error.diagnostics().front().message;
    }
    return "";
}

}  // namespace

TEST_CASE("levers: the Band D increase of council tax in pounds is varied in pence") {
    const Scenario scenario = shipped("shire-2025-29.yaml");
    const Plan plan = project(scenario);
    const ParameterHandle handle = resolve_parameter(scenario, "precept.band_d_increase");
    CHECK(handle.kind == ParameterKind::band_d_cash);
    CHECK(handle.type() == ValueType::pence);
    CHECK(handle.years == std::vector<YearIndex>{1, 2, 3});
    // £14 as written; 2028/29 is 2.99% of £315.85 = £9.443915, Band D to the penny: £9.44.
    CHECK(value_in(scenario, plan, handle, 1) == 1400);
    CHECK(value_in(scenario, plan, handle, 3) == 944);
    // Written as a rate, the same path is a rate: the £14 year as the rate it implies.
    const ParameterHandle rate = as_written(handle, "1%");
    CHECK(rate.kind == ParameterKind::band_d_increase);
    CHECK(value_in(scenario, plan, rate, 1) == plan.band_d_increase[1].units());
    CHECK(as_written(handle, "£1").kind == ParameterKind::band_d_cash);
    // A cash precept's increase stays a rate.
    CHECK(resolve_parameter(shipped("mps-2007-10.yaml"), "precept.band_d_increase").type() ==
          ValueType::rate);

    // Setting pence makes the year a cash increase; restoring gives back the rate.
    Scenario working = scenario;
    set_value(working, handle, 3, 1250);
    CHECK(project(working).council_tax.band_d_pence[3] == 31585 + 1250);
    restore_value(working, scenario, handle, 3);
    CHECK(project(working).council_tax.band_d_pence[3] == 32529);
}

TEST_CASE("levers: pence read and written as pounds and pence") {
    const Units units{"£000", 3};
    CHECK(parse_value("£14", ValueType::pence, units, "--vary x") == 1400);
    CHECK(parse_value("0.5", ValueType::pence, units, "--vary x") == 50);
    CHECK(parse_value("-£3.25", ValueType::pence, units, "--vary x") == -325);
    CHECK_THROWS_AS(parse_value("£0.505", ValueType::pence, units, "--vary x"), InputError);
    CHECK(format_value(1854, ValueType::pence) == "£18.54");
    CHECK(format_value(-1, ValueType::pence) == "-£0.01");
}

TEST_CASE("levers: --set += moves a Band D increase in pounds by pounds, or by points as a rate") {
    Scenario scenario = shipped("shire-2025-29.yaml");
    apply_set_operation(scenario, "precept.band_d_increase", SetOperator::add, "£0.50");
    const Plan plan = project(scenario);
    // £14.50, £14.50, then £9.44 + £0.50 = £9.94 (a cash increase now).
    CHECK(plan.council_tax.band_d_increase_pence == std::vector<std::int64_t>{0, 1450, 1450, 994});
}

TEST_CASE("levers: solve the Band D increase in pounds for gap=0: closed, and a penny less is not") {
    const Scenario scenario = shire_without_policy();
    const ParameterHandle handle = resolve_parameter(scenario, "precept.band_d_increase");
    const SolveResult result = solve(scenario, handle, parse_target("gap=0", scenario), std::nullopt);
    REQUIRE(result.met());
    const Plan before = project(scenario);
    for (YearIndex y = 1; y <= 3; ++y) {
        CAPTURE(y);
        const std::int64_t pence = value_in(result.scenario, result.plan, handle, y);
        CHECK(pence > value_in(scenario, before, handle, y));  // the plan has a gap to close
        Scenario fed_back = result.scenario;
        const Plan closed = project(fed_back);
        // Zero or a surplus under a penny per Band D property (tax base / 100 pence, in pounds).
        CHECK(closed.gaps[y].gap <= Money{});
        CHECK(-closed.gaps[y].gap.in_pounds() * 10'000 < closed.council_tax.tax_base_hundredths[y]);
        set_value(fed_back, handle, y, pence - 1);
        CHECK(project(fed_back).gaps[y].gap > Money{});
    }
    // By hand for 2026/27: the gap at £14 is £922,806 on 203,515.37 properties:
    // 922,806 / 203,515.37 = £4.5343 a property, so £14 + £4.54 = £18.54.
    CHECK(value_in(result.scenario, result.plan, handle, 1) == 1854);
}

TEST_CASE("levers: the collection fund is an amount by plan year, gap=0 exactly") {
    const Scenario scenario = shire_without_policy();
    const ParameterHandle handle = resolve_parameter(scenario, "precept.collection_fund.2027/28");
    CHECK(handle.kind == ParameterKind::collection_fund);
    CHECK(handle.type() == ValueType::money);
    CHECK(value_in(scenario, project(scenario), handle, 2) == -120000);
    const SolveResult result = solve(scenario, handle, parse_target("gap=0", scenario), std::nullopt);
    REQUIRE(result.met());
    CHECK(result.plan.gaps[2].gap == Money{});
    // The gap at -£120,000 is £1,883,134: the surplus that closes it is £1,763,134.
    CHECK(value_in(result.scenario, result.plan, handle, 2) == 1'763'134);
    CHECK(refusal(shipped("mps-2007-10.yaml"), "precept.collection_fund")
              .starts_with("precept.collection_fund is not an input of this scenario"));
}

TEST_CASE("levers: sensitivity's ±1 point on a Band D increase in pounds moves it from the rate it implies") {
    // The shire's £14 of 2026/27 is 4.86% on £287.85: ±1 point is 3.86% and 5.86%, so the
    // gap moves either side of the base (it used to read the year's unused rate, 0%, and
    // moved both sides to a smaller increase than £14).
    const Scenario scenario = shire_without_policy();
    std::vector<std::string> notes;
    std::vector<Variation> variations;
    for (const Variation& variation : default_variations(scenario, notes))
        if (variation.handle.path == "precept.band_d_increase") variations.push_back(variation);
    REQUIRE(variations.size() == 1);
    CHECK(variations[0].handle.type() == ValueType::rate);
    const SensitivityResult result = sensitivity(scenario, variations);
    const SensitivityLine& line = result.lines.at(0);
    for (YearIndex y = 1; y <= 3; ++y) {
        CAPTURE(y);
        CHECK(line.low->gap[y] > result.base.gap[y]);
        CHECK(line.high->gap[y] < result.base.gap[y]);
    }
    // With ±£1 on Band D in 2026/27: £302.85 x 203,515.37 = £61,634,629.80 -> £61,634,630,
    // against £61,431,114 at £301.85: £203,516 more precept, £203,516 less gap.
    const Variation pounds = parse_variation("precept.band_d_increase=±£1", scenario);
    CHECK(pounds.handle.type() == ValueType::pence);
    const SensitivityResult by_pounds = sensitivity(scenario, {pounds});
    CHECK(by_pounds.base.gap[1] - by_pounds.lines.at(0).high->gap[1] == Money::pounds(203'516));
}

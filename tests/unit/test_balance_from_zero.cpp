// Balance mode from a zero base precept: the increase from zero has no rate, so run shows
// n/a (JSON null) with a note, and check says so instead of "0% exceeds the cap".
#include <doctest/doctest.h>

#include "load/load.hpp"
#include "project/checks.hpp"
#include "project/plan.hpp"
#include "render/render.hpp"
#include "report/report.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

Scenario balance_from(const std::string& name, const std::string& base) {
    std::string text = replaced(small_scenario, "  base: 500\n  band_d_increase: 3%",
                                "  base: " + base + "\n  mode: balance\n  cap: 5%");
    return load_scenario(scratch_scenario(name, text));
}

std::vector<std::string> cap_messages(const Scenario& scenario) {
    CheckReport report = build_check_report(scenario, check_plan(scenario, project(scenario)));
    std::vector<std::string> messages;
    for (const CheckLine& line : report.lines)
        if (line.rule == "council_tax_cap")
            messages.push_back((line.passed ? "PASS " : "FAIL ") + line.message);
    return messages;
}

}  // namespace

TEST_CASE("balance mode from a zero precept: the increase has no rate") {
    // small_scenario: line A 1,000 inflated 2% and +10 is 1,030 in 2007/08, then
    // round(1,030 x 1.02) = 1,051; grant 500 flat; so the precept is 530, then 551.
    Scenario zero = balance_from("balance-zero.yaml", "0");
    Plan plan = project(zero);
    CHECK(plan.precept == std::vector<Money>{Money::pounds(0), Money::pounds(530), Money::pounds(551)});
    CHECK(plan.band_d_increase_has_no_rate == std::vector<bool>{false, true, false});
    CHECK(cap_messages(zero) ==
          std::vector<std::string>{
              "FAIL 2007/08: the precept rises from zero, so the Band D increase has no rate: "
              "it exceeds any cap, here 5%",
              "PASS 2008/09: Band D increase 3.96% within the cap 5%"});
    const std::string text = render_plan(build_plan_report(zero, plan, TableChoice::grants),
                                         RenderOptions{OutputFormat::text, DisplayUnits::pounds});
    CHECK(text.find("Band D increase n/a: the precept rises from zero, so the increase has no rate.") !=
          std::string::npos);
    CHECK(text.find("0%") == std::string::npos);  // the old figure
    const std::string json = render_plan(build_plan_report(zero, plan, TableChoice::grants),
                                         RenderOptions{OutputFormat::json, DisplayUnits::pounds});
    CHECK(json.find("\"band_d_increase\": null") != std::string::npos);
    // The control: from a precept of 520 the increase to 530 is 1.92%, a figure.
    Scenario some = balance_from("balance-some.yaml", "520");
    CHECK(project(some).band_d_increase_has_no_rate == std::vector<bool>{false, false, false});
    CHECK(cap_messages(some)[0] == "PASS 2007/08: Band D increase 1.92% within the cap 5%");
}

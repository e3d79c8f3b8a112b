// check's sentences: the figures of one sentence are all in £m or all in whole pounds,
// never "£700,000 fall short of the minimum £1.3m by £639,360" (issue 15).
#include <doctest/doctest.h>

#include <regex>

#include "load/load.hpp"
#include "money/money_text.hpp"
#include "project/checks.hpp"
#include "project/plan.hpp"
#include "report/report.hpp"
#include "scenario_builder.hpp"

using namespace mtfp;
using namespace mtfp::testing;

TEST_CASE("money_phrases: one unit for a sentence's figures, £m only when every figure is £1m or more") {
    using Phrases = std::vector<std::string>;
    CHECK(money_phrases({gbp(700'000), gbp(1'339'360), gbp(639'360)}) ==
          Phrases{"£700,000", "£1,339,360", "£639,360"});
    CHECK(money_phrases({gbp(65'000'000), gbp(85'940'000), gbp(20'940'000)}) ==
          Phrases{"£65.0m", "£85.9m", "£20.9m"});
    // A zero is the same in either unit and does not force pounds.
    CHECK(money_phrases({gbp(0), gbp(3'870'000), gbp(3'870'000)}) == Phrases{"£0.0m", "£3.9m", "£3.9m"});
    CHECK(money_phrases({gbp(-1'000'000), gbp(999'999)}) == Phrases{"-£1,000,000", "£999,999"});
    CHECK(money_phrases({gbp(-1'000'000), gbp(2'000'000)}) == Phrases{"-£1.0m", "£2.0m"});
}

TEST_CASE("check: no sentence mixes £m and whole pounds, on every shipped scenario and under changes") {
    const std::vector<std::string> shipped{"mps-2007-10.yaml", "pay-award-3.5.yaml", "precept-balance.yaml",
                                           "replenish-reserves.yaml", "shire-2025-29.yaml"};
    // Small and large shortfalls side by side: efficiency and NRE misses of a few pounds.
    const std::vector<std::vector<Override>> variants{
        {}, {{"checks.efficiency_minimum", "2.2%"}}, {{"checks.nre_growth_limit", "0.5%"}}};
    const std::regex figure("£[0-9][0-9,]*(\\.[0-9]+)?m?");
    std::size_t mixed_candidates = 0;
    for (const std::string& name : shipped) {
        for (const std::vector<Override>& overrides : variants) {
            const Scenario scenario =
                load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name, overrides);
            const CheckReport report = build_check_report(scenario, check_plan(scenario, project(scenario)));
            for (const CheckLine& line : report.lines) {
                if (line.rule == "council_tax_cap") continue;  // pence: "£14.00"
                std::size_t millions = 0, pounds = 0;
                for (auto it = std::sregex_iterator(line.message.begin(), line.message.end(), figure);
                     it != std::sregex_iterator(); ++it) {
                    (it->str().back() == 'm' ? millions : pounds) += 1;
                }
                CAPTURE(line.message);
                CHECK((millions == 0 || pounds == 0));
                mixed_candidates += millions + pounds > 1 ? 1 : 0;
            }
        }
    }
    CHECK(mixed_candidates > 50);  // the test saw sentences with several figures
}

// Loading the 1.1 keys of issue 11: council tax in pounds, reserves.policy, savings, labels.
#include <doctest/doctest.h>

#include "load/load.hpp"
#include "money/hundredths.hpp"
#include "test_load_support.hpp"

namespace mtfp {
namespace {

const std::string head = R"(format: mtfp/1.1
name: test
units: "£000"
base_year: 2025/26
plan_years: 2
indices: {none: 0%}
subjectives: [{id: supplies, name: Supplies, index: none}]
lines:
  - {id: A, name: A, section: business_group, budget_book: 1000, subjective: supplies, outturn: 1010}
movements:
  - {id: s1, line: A, kind: efficiency, label: Review, amounts: {2026/27: -10}, status: amber,
     owner: Director of Resources}
  - {id: s2, line: A, kind: efficiency, label: Time released, amounts: {2026/27: -5}, cashable: false}
grants:
  general: {name: Central funding, base: 600}
)";

TEST_CASE("hundredths: pounds and pence read exactly, at most two decimals") {
    CHECK(std::get<std::int64_t>(parse_hundredths("287.85", "a Band D charge", false)) == 28785);
    CHECK(std::get<std::int64_t>(parse_hundredths("£14", "an increase", true)) == 1400);
    CHECK(std::get<std::int64_t>(parse_hundredths("-£3.5", "an increase", true)) == -350);
    CHECK(std::get<std::int64_t>(parse_hundredths("201,500.37", "a tax base", false)) == 20150037);
    CHECK(std::holds_alternative<AmountProblem>(parse_hundredths("£14.005", "an increase", true)));
    CHECK(std::holds_alternative<AmountProblem>(parse_hundredths("£14", "a Band D charge", false)));
    CHECK(std::holds_alternative<AmountProblem>(parse_hundredths("14.", "a Band D charge", false)));
    CHECK(has_pound_sign("£14"));
    CHECK(has_pound_sign("-£14"));
    CHECK(!has_pound_sign("14%"));
}

TEST_CASE("load: council tax in pounds, the policy, the savings programme and labels") {
    const Scenario s = load_scenario_text("levers.yaml", head + R"(precept:
  band_d: 287.85
  tax_base: 1500.25
  tax_base_by_year: {2027/28: 1510.50}
  band_d_increase: {2026/27: "£14", 2027/28: 2.99%}
  collection_fund: {2025/26: 5, 2026/27: -2.5}
  cap: "£14.50"
reserves:
  general: {name: General fund, opening: 40, floor: 10}
  earmarked: [{id: ops, name: Operations, opening: 20}]
  policy: {fund_gap_from: {reserve: general, down_to: zero}, outturn_to: ops}
savings_risk: {amber: 40%}
labels:
  total_mps: Total Borsetshire Police
  titles: {table4: OPCC Reserves}
)");
    const CouncilTax& tax = s.precept.council_tax;
    CHECK(tax.band_d_pence == 28785);
    CHECK(tax.tax_base_hundredths == 150025);
    CHECK(tax.tax_base_by_year[2] == 151050);
    CHECK(tax.cash_increase_pence[1] == 1400);
    CHECK(!tax.cash_increase_pence[2]);
    CHECK(s.precept.band_d_increase_by_year[2] == Rate::from_units(299'000'000));
    CHECK(tax.collection_fund == std::vector<Money>{Money::pounds(5'000), Money::pounds(-2'500), Money{}});
    CHECK(tax.cap_pence == 1450);
    CHECK(!s.precept.cap);
    CHECK(s.reserves_policy.fund_gap_from == 0u);
    CHECK(s.reserves_policy.down_to_zero);
    CHECK(s.reserves_policy.outturn_to == 1u);
    CHECK(s.movements[0].savings.status == SavingStatus::amber);
    CHECK(s.movements[0].savings.owner == "Director of Resources");
    CHECK(!s.movements[1].savings.cashable);
    CHECK(s.savings_risk.of(SavingStatus::amber) == Rate::from_units(4'000'000'000));
    CHECK(s.savings_risk.of(SavingStatus::red) == Rate::from_units(9'000'000'000));  // the default
    CHECK(s.labels.rows.at("total_mps") == "Total Borsetshire Police");
    CHECK(s.labels.titles.at("table4") == "OPCC Reserves");
}

TEST_CASE("load: --set reaches the 1.1 keys") {
    const Scenario s = load_scenario_text(
        "levers.yaml", head + R"(precept:
  band_d: 287.85
  tax_base: 1500.25
  band_d_increase: 2%
reserves:
  general: {name: General fund, opening: 40}
)",
        {parse_override("precept.band_d_increase.2026/27=£9.99"),
         parse_override("precept.collection_fund.2026/27=3"), parse_override("movements.s1.status=red"),
         parse_override("reserves.policy.fund_gap_from=general")});
    CHECK(s.precept.council_tax.cash_increase_pence[1] == 999);
    CHECK(s.precept.band_d_increase_by_year[2] == Rate::from_units(200'000'000));
    CHECK(s.precept.council_tax.collection_fund[1] == Money::pounds(3'000));
    CHECK(s.movements[0].savings.status == SavingStatus::red);
    CHECK(s.reserves_policy.fund_gap_from == 0u);
}

TEST_CASE("load: a child file's band_d replaces an inherited cash precept") {
    const std::string parent = testing::scratch_scenario("levers-parent.yaml", head + R"(precept:
  base: 450
  band_d_increase: 2%
reserves:
  general: {name: General fund, opening: 40}
)");
    const Scenario s =
        load_scenario_text(testing::scratch_scenario("levers-child.yaml", ""), R"(format: mtfp/1.1
extends: levers-parent.yaml
precept: {band_d: 300, tax_base: 1500}
)");
    CHECK(s.precept.council_tax.band_d_pence == 30000);
}

}  // namespace
}  // namespace mtfp

// `extends`: maps merge key by key, lists with ids item by item, other lists replace;
// units belong to the file that states them; cycles and missing files are located.
#include <doctest/doctest.h>

#include "load/load.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

TEST_CASE("load extends: merge rules") {
    std::string base = load_data("extends/base.yaml");
    std::string child = load_data("extends/child.yaml");
    Scenario s = load_scenario(child);
    CHECK(s.name == "Child");
    REQUIRE(s.lines.size() == 3);
    CHECK(s.lines[0].id == "A");
    CHECK(s.lines[1].id == "C");  // B removed
    CHECK(s.lines[2].id == "D");  // new ids append
    // one cell changed, the other inherited; the child has no units, so the base's £000
    CHECK(s.lines[0].budget_book.dense(2) ==
          std::vector<Money>{Money::pounds(100'000), Money::pounds(20'000)});
    CHECK(s.lines[2].budget_book.dense(2) == std::vector<Money>{Money::pounds(0), Money::pounds(1'500)});
    CHECK(s.lines[0].where.file == child);  // the merged item is where it was last written
    CHECK(s.lines[1].where.file == base);   // the inherited one keeps its own file and line
    CHECK(s.lines[1].where.line == 15);
    // a plain list replaces the inherited one
    CHECK(s.checks.balanced_by_year == std::vector<bool>{true, false, true});
    // mode: balance in the child drops the inherited band_d_increase
    CHECK(s.precept.mode == PreceptMode::balance);
    CHECK(s.precept.base == Money::pounds(100'000));
}

TEST_CASE("load extends: units apply to the file that states them") {
    Scenario s = load_scenario(load_data("extends/pounds.yaml"));
    CHECK(s.general_grant.base == Money::pounds(750));          // written in £ here
    CHECK(s.precept.base == Money::pounds(100'000));            // inherited, in £000
    CHECK(s.lines[0].budget_book[1] == Money::pounds(20'000));  // from child.yaml, which inherits £000
    // --set amounts are in the top file's units
    Scenario set = load_scenario(load_data("extends/pounds.yaml"), {parse_override("precept.base=7")});
    CHECK(set.precept.base == Money::pounds(7));
    Scenario child = load_scenario(load_data("extends/child.yaml"), {parse_override("precept.base=7")});
    CHECK(child.precept.base == Money::pounds(7'000));
}

TEST_CASE("load extends: a band_d_increase in the child drops an inherited balance mode") {
    std::string base = scratch_scenario("balance-base.yaml",
                                        replaced(small_scenario, "band_d_increase: 3%", "mode: balance"));
    std::string child =
        scratch_scenario("balance-child.yaml",
                         "format: mtfp/1\nextends: balance-base.yaml\nprecept:\n  band_d_increase: 2%\n");
    Scenario s = load_scenario(child);
    CHECK(s.precept.mode == PreceptMode::band_d_increase);
    CHECK(s.precept.band_d_increase_by_year[2] == *Rate::parse_percent("2%"));
}

TEST_CASE("load extends: cycles, missing files and bad removals are errors at the extends key") {
    std::string a = load_data("extends/cycle_a.yaml");
    std::vector<std::string> cycle = load_problems(a);
    REQUIRE(cycle.size() == 1);
    CHECK(cycle[0] == load_data("extends/cycle_b.yaml") +
                          ":2:10: error: extends cycle: cycle_a.yaml -> cycle_b.yaml -> cycle_a.yaml");

    std::string missing = scratch_scenario("missing-base.yaml", "format: mtfp/1\nextends: nowhere.yaml\n");
    std::vector<std::string> problems = load_problems(missing);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].starts_with(missing + ":2:10: error: cannot extend '"));
    CHECK(problems[0].ends_with("nowhere.yaml': no such file"));

    scratch_scenario("remove-base.yaml", small_scenario);
    std::string remover = scratch_scenario(
        "remover.yaml", "format: mtfp/1\nextends: remove-base.yaml\nlines:\n  - {id: Z, remove: true}\n");
    problems = load_problems(remover);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == remover + ":4:5: error: nothing to remove: no inherited item has id 'Z'");
}

TEST_CASE("load extends: the units rule has no default, even across files") {
    std::string base = scratch_scenario("no-units-base.yaml", replaced(small_scenario, "units: \"£\"\n", ""));
    std::string child =
        scratch_scenario("no-units-child.yaml", "format: mtfp/1\nextends: no-units-base.yaml\n");
    std::vector<std::string> problems = load_problems(child);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].starts_with(child + ":1:1: error: the scenario is missing required key 'units'"));
}

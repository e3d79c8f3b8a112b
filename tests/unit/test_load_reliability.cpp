// The format as written is accepted (issue 10): a settlement over a growth path, year
// spellings across `extends`, CR-only line endings; what cannot be a figure is refused
// with its reason (a growth below -100%); a file is read once, to its end. Figures are
// worked by hand from domain.md.
#include <doctest/doctest.h>

#include <filesystem>
#include <variant>

#include "load/load.hpp"
#include "load/source_text.hpp"
#include "project/plan.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

Rate pct(std::string_view text) {
    return *Rate::parse_percent(text);
}

std::vector<Money> pounds(std::initializer_list<std::int64_t> values) {
    std::vector<Money> result;
    for (std::int64_t value : values) result.push_back(Money::pounds(value));
    return result;
}

}  // namespace

TEST_CASE("load reliability: a settlement's amount wins over that year's growth (--set)") {
    // minimal.yaml: general grant base 3,000 (£000), growth 3.6% then 2.5%.
    Scenario grown = load_scenario(load_data("minimal.yaml"));
    CHECK(project(grown).general_grant == pounds({3'000'000, 3'108'000, 3'185'700}));
    // 2008/09 settled at 3,150: that year is the amount; no year grows from it here.
    Scenario settled =
        load_scenario(load_data("minimal.yaml"), {parse_override("grants.general.amounts.2008/09=3150")});
    CHECK(settled.general_grant.by_year[2].amount == Money::pounds(3'150'000));
    CHECK(project(settled).general_grant == pounds({3'000'000, 3'108'000, 3'150'000}));
    // 2007/08 settled at 3,200: 2008/09 grows from the settlement, round(3,200,000 x 1.025).
    Scenario first =
        load_scenario(load_data("minimal.yaml"), {parse_override("grants.general.amounts.2007-08=3200")});
    CHECK(project(first).general_grant == pounds({3'000'000, 3'200'000, 3'280'000}));
}

TEST_CASE("load reliability: a child file's settlement wins over its parent's growth") {
    std::string base = scratch_scenario(
        "settle-base.yaml", replaced(small_scenario, "general: {base: 500}",
                                     "general: {base: 500, growth: {2007/08: 10%, 2008/09: 10%}}"));
    std::string child = scratch_scenario(
        "settle-child.yaml",
        "format: mtfp/1\nextends: settle-base.yaml\ngrants:\n  general: {amounts: {2007/08: 540}}\n");
    CHECK(project(load_scenario(base)).general_grant == pounds({500, 550, 605}));
    // 2007/08 is the settlement; 2008/09 = round(540 x 1.1) = 594
    CHECK(project(load_scenario(child)).general_grant == pounds({500, 540, 594}));
    // a specific grant too, with a single growth rate for every year
    std::string specific_base = scratch_scenario(
        "settle-specific-base.yaml",
        replaced(small_scenario, "general: {base: 500}",
                 "general: {base: 500}\n  specific:\n    - {id: cff, name: CFF, base: 100, growth: 5%}"));
    std::string specific_child =
        scratch_scenario("settle-specific-child.yaml",
                         "format: mtfp/1\nextends: settle-specific-base.yaml\ngrants:\n  specific:\n"
                         "    - {id: cff, amounts: {2008/09: 90}}\n");
    CHECK(project(load_scenario(specific_base)).specific_grants[0] == pounds({100, 105, 110}));
    CHECK(project(load_scenario(specific_child)).specific_grants[0] == pounds({100, 105, 90}));
}

TEST_CASE("load reliability: a child's 2007-08 merges with its parent's 2007/08") {
    std::string base = scratch_scenario(
        "years-base.yaml", replaced(small_scenario, "prices: 2%", "prices: {2007/08: 2%, 2008/09: 3%}"));
    std::string child = scratch_scenario("years-child.yaml",
                                         "format: mtfp/1\nextends: years-base.yaml\nindices:\n"
                                         "  prices: {2007-08: 4%}\nmovements:\n"
                                         "  - {id: m1, amounts: {2007-08: 20}}\n");
    Scenario s = load_scenario(child);
    CHECK(s.indices[0].rate_by_year == std::vector<Rate>{Rate{}, pct("4%"), pct("3%")});
    CHECK(s.movements[0].amount_by_year == pounds({0, 20, 0}));
    // the merged entry is reported where the child wrote it
    CHECK(s.indices[0].rate_where[1].file == child);
    // one year in both spellings in one file is still given twice
    std::string twice = scratch_scenario("years-twice.yaml",
                                         "format: mtfp/1\nextends: years-base.yaml\nindices:\n"
                                         "  prices: {2007-08: 4%, 2007/08: 5%}\n");
    std::vector<std::string> problems = load_problems(twice);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].ends_with("years-twice.yaml:4:25: error: 2007/08 is given twice in index 'prices'"));
}

TEST_CASE("load reliability: a growth or index rate below -100% is refused, in the file and with --set") {
    std::string file = scratch_scenario(
        "growth-below.yaml",
        replaced(small_scenario, "general: {base: 500}", "general: {base: 500, growth: -1000%}"));
    std::vector<std::string> problems = load_problems(file);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].ends_with(
        "growth-below.yaml:14:32: error: the rate -1000% for the general grant growth is "
        "below -100%: a fall of more than the whole would turn the amount negative"));
    CHECK(load_problems(load_data("minimal.yaml"), {parse_override("indices.pay.2008/09=-100.5%")}) ==
          std::vector<std::string>{
              "command line: error: --set indices.pay.2008/09=-100.5%: the rate -100.5% for index 'pay' is "
              "below -100%: a fall of more than the whole would turn the amount negative"});
    CHECK(
        load_problems(load_data("minimal.yaml"), {parse_override("precept.tax_base_growth=-101%")}).size() ==
        1);
    CHECK(
        load_problems(load_data("minimal.yaml"), {parse_override("precept.band_d_increase=-200%")}).size() ==
        1);
    // -100% itself is a figure that falls to nothing
    Scenario nothing =
        load_scenario(load_data("minimal.yaml"), {parse_override("grants.general.growth=-100%")});
    CHECK(project(nothing).general_grant == pounds({3'000'000, 0, 0}));
}

TEST_CASE("load reliability: a scenario is read to its end from one descriptor, not to the size first seen") {
    // /proc files say their size is 0 and hold text: a reader that trusts a size taken
    // before reading (as one that reopens the path does) reads nothing. The shipped
    // scenario is the control.
    auto status = load::read_file_bytes("/proc/self/status");
    REQUIRE(std::holds_alternative<std::string>(status));
    CHECK(std::get<std::string>(status).starts_with("Name:"));
    std::string path = std::string(MTFP_SOURCE_DIR) + "/scenarios/mps-2007-10.yaml";
    auto shipped = load::read_file_bytes(path);
    REQUIRE(std::holds_alternative<std::string>(shipped));
    CHECK(std::get<std::string>(shipped).size() == std::filesystem::file_size(path));
}

TEST_CASE("load reliability: CR-only line endings are line breaks, as YAML says") {
    std::string text = small_scenario;
    for (char& c : text)
        if (c == '\n') c = '\r';
    Scenario s = load_scenario(scratch_scenario("cr-only.yaml", text));
    CHECK(s.lines[0].budget_book[0] == Money::pounds(1000));
    // ... and a problem is still located on its own line
    std::vector<std::string> problems =
        load_problems(scratch_scenario("cr-only-bad.yaml", replaced(text, "plan_years: 2", "plan_years: x")));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("cr-only-bad.yaml:4:") != std::string::npos);
}

TEST_CASE("load reliability: a loop of symbolic links is named as one") {
    std::filesystem::path folder = std::filesystem::temp_directory_path() / "mtfp-load-tests";
    std::filesystem::create_directories(folder);
    std::filesystem::remove(folder / "loop-a.yaml");
    std::filesystem::remove(folder / "loop-b.yaml");
    std::filesystem::create_symlink("loop-b.yaml", folder / "loop-a.yaml");
    std::filesystem::create_symlink("loop-a.yaml", folder / "loop-b.yaml");
    CHECK(load_problems((folder / "loop-a.yaml").string()) ==
          std::vector<std::string>{(folder / "loop-a.yaml").string() +
                                   ": error: is a loop of symbolic links, which never reaches a file"});
}

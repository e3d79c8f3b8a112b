// Problems the error corpus cannot hold as files: missing files, directories, and
// limits that would need huge files; plus collection of every problem in file order.
#include <doctest/doctest.h>

#include <filesystem>

#include "load/load.hpp"
#include "money/limits.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

TEST_CASE("load errors: missing file and directory have no line") {
    CHECK(load_problems("no/such/file.yaml") ==
          std::vector<std::string>{"no/such/file.yaml: error: no such file"});
    std::string folder = load_data("extends");
    CHECK(load_problems(folder) ==
          std::vector<std::string>{folder + ": error: is a directory, not a scenario file"});
}

TEST_CASE("load errors: a file beyond the size limit is refused before it is read") {
    std::string big(limits::max_file_bytes + 1, '#');
    std::string path = scratch_scenario("too-big.yaml", big);
    std::vector<std::string> problems = load_problems(path);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("a scenario file may be at most") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("load errors: more nodes than the limit stop the reader") {
    std::string text = "format: mtfp/1\nname: [";
    for (std::size_t i = 0; i <= limits::max_nodes; ++i) text += "1,";
    text += "1]\n";
    std::string path = scratch_scenario("many-nodes.yaml", text);
    std::vector<std::string> problems = load_problems(path);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("more than 250000 YAML nodes") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("load errors: every problem is reported, sorted by file, line and column") {
    std::string text = replaced(small_scenario, "band_d_increase: 3%", "band_d_increase: 3");
    text = replaced(text, "name: Supplies", "name: Supplies, extra: 1");
    text = replaced(text, "{2007/08: 10}", "{2007/08: -10}");
    std::string path = scratch_scenario("several.yaml", text);
    std::vector<std::string> problems = load_problems(path);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].starts_with(path + ":8:36: error: unknown key 'extra'"));
    CHECK(problems[1].starts_with(path +
                                  ":12:68: error: a committed_increase is entered as a positive amount"));
    CHECK(problems[2].starts_with(path + ":17:20: error: the rate '3' has no '%'"));
}

TEST_CASE("load errors: duplicate keys name both places") {
    std::string path = scratch_scenario(
        "dup.yaml", replaced(small_scenario, "plan_years: 2\n", "plan_years: 2\nplan_years: 3\n"));
    CHECK(load_problems(path) ==
          std::vector<std::string>{path + ":5:1: error: duplicate key 'plan_years' (first at line 4)"});
}

TEST_CASE("load errors: virements must net to zero in each year") {
    std::string text = replaced(small_scenario, "movements:\n",
                                "movements:\n  - {line: A, kind: virement, amounts: {2006/07: 5}}\n");
    std::string path = scratch_scenario("virement.yaml", text);
    CHECK(load_problems(path) ==
          std::vector<std::string>{path +
                                   ":12:5: error: virements in 2006/07 net to £5, not zero: a virement moves "
                                   "budget between lines, it cannot create it"});
}

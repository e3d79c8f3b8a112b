// Each bound of limits.hpp that no committed error-corpus file reaches: the item just
// past it is refused with a message naming the limit, and the item at it is accepted.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "load/load.hpp"
#include "money/limits.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

std::string lines(std::size_t count) {
    std::string text;
    for (std::size_t i = 1; i < count; ++i)
        text += "  - {id: L" + std::to_string(i) +
                ", name: L, section: corporate, subjective: supplies, "
                "budget_book: 1}\n";
    return text;
}

std::vector<std::string> problems_of(const std::string& name, const std::string& text) {
    std::string path = scratch_scenario(name, text);
    std::vector<std::string> problems = load_problems(path);
    std::filesystem::remove(path);
    return problems;
}

bool mentions(const std::vector<std::string>& problems, const std::string& words) {
    for (const std::string& problem : problems)
        if (problem.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("load limits: lines") {
    std::string at_limit = replaced(small_scenario, "lines:\n", "lines:\n" + lines(limits::max_lines));
    CHECK(problems_of("lines-at.yaml", at_limit).empty());
    std::string over = replaced(small_scenario, "lines:\n", "lines:\n" + lines(limits::max_lines + 1));
    CHECK(mentions(problems_of("lines-over.yaml", over), "lines has 1001 items; mtfp reads at most 1000"));
}

TEST_CASE("load limits: subjectives") {
    std::string subjectives;
    for (std::size_t i = 1; i <= limits::max_subjectives; ++i)
        subjectives += "  - {id: s" + std::to_string(i) + ", name: S, index: prices}\n";
    std::string over = replaced(small_scenario, "subjectives:\n", "subjectives:\n" + subjectives);
    CHECK(mentions(problems_of("subjectives-over.yaml", over),
                   "subjectives has 501 items; mtfp reads at most 500"));
}

TEST_CASE("load limits: movements and other lists") {
    std::string movements;
    for (std::size_t i = 1; i <= limits::max_list_items; ++i)
        movements += "  - {line: A, kind: committed_increase, amounts: {2007/08: 1}}\n";
    std::string over = replaced(small_scenario, "movements:\n", "movements:\n" + movements);
    CHECK(mentions(problems_of("movements-over.yaml", over),
                   "movements has 10001 items; mtfp reads at most 10000"));
}

TEST_CASE("load limits: text length") {
    std::string at_limit =
        replaced(small_scenario, "name: Line A", "name: " + std::string(limits::max_text_chars, 'x'));
    CHECK(problems_of("text-at.yaml", at_limit).empty());
    std::string over =
        replaced(small_scenario, "name: Line A", "name: " + std::string(limits::max_text_chars + 1, 'x'));
    CHECK(mentions(problems_of("text-over.yaml", over),
                   "name is 1001 characters long; mtfp reads at most 1000"));
}

TEST_CASE("load limits: at most max_problems listed, then how many more") {
    std::string movements;
    for (std::size_t i = 0; i < 150; ++i)
        movements += "  - {line: A1, kind: committed_increase, amounts: {2007/08: 1}}\n";
    std::string text = replaced(small_scenario, "movements:\n", "movements:\n" + movements);
    std::vector<std::string> problems = problems_of("problems.yaml", text);
    REQUIRE(problems.size() == limits::max_problems + 1);
    CHECK(problems[0].find("unknown line 'A1' (did you mean 'A'?)") != std::string::npos);
    CHECK(problems.back().ends_with("error: 50 more problems not listed (mtfp lists the first 100)"));
}

TEST_CASE("load limits: extends depth") {
    std::filesystem::path folder = std::filesystem::temp_directory_path() / "mtfp-extends-depth";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "f0.yaml") << small_scenario;
    // f15 extends f14 ... extends f0: 16 files, the most; f16 makes 17.
    for (int i = 1; i <= limits::max_extends_depth; ++i)
        std::ofstream(folder / ("f" + std::to_string(i) + ".yaml"))
            << "format: mtfp/1\nextends: f" << i - 1 << ".yaml\n";
    CHECK(load_problems((folder / "f15.yaml").string()).empty());
    CHECK(mentions(load_problems((folder / "f16.yaml").string()), "extends goes more than 16 files deep"));
    std::filesystem::remove_all(folder);
}

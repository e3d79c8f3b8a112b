// Text on a narrow terminal (issue 15): the Summary leaves out its base-year columns
// before any plan year, and check's sentences wrap at spaces under the message.
#include <doctest/doctest.h>

#include <sstream>

#include "load/load.hpp"
#include "project/checks.hpp"
#include "project/plan.hpp"
#include "render/renderers.hpp"
#include "report/report.hpp"

using namespace mtfp;

namespace {

Scenario shipped(const std::string& name) {
    return load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::size_t characters(const std::string& line) {
    std::size_t count = 0;
    for (char c : line) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

}  // namespace

TEST_CASE("text at 80 columns: the Summary keeps every plan year and drops base-year columns first") {
    const Scenario scenario = shipped("mps-2007-10.yaml");
    const PlanReport report = build_plan_report(scenario, project(scenario), TableChoice::summary);
    const std::vector<std::string> lines =
        lines_of(render::plan_text(report, DisplayUnits::millions, TerminalStyle{Colour::off, 80}));
    REQUIRE(lines.size() > 8);
    CHECK(lines[4].ends_with("Revised      Plan      Plan      Plan"));
    CHECK(lines[5].ends_with("2006/07   2007/08   2008/09   2009/10"));
    for (const std::string& line : lines) CHECK(characters(line) <= 80);
    CHECK(lines.back() == "2 more columns (budget_book, outturn): widen the terminal or use --format csv.");
    // Wide enough for everything: nothing left out; no limit: as piped.
    const std::string wide =
        render::plan_text(report, DisplayUnits::millions, TerminalStyle{Colour::off, 200});
    CHECK(wide == render::plan_text(report, DisplayUnits::millions));
    CHECK(wide.find("more column") == std::string::npos);
    // Narrower than the plan years: the base columns go, then plan years from the right.
    const std::vector<std::string> narrow =
        lines_of(render::plan_text(report, DisplayUnits::millions, TerminalStyle{Colour::off, 60}));
    CHECK(narrow[5].ends_with("2007/08   2008/09"));
}

TEST_CASE("check at 80 columns: each sentence wraps at spaces, hanging under the message") {
    const Scenario scenario = shipped("shire-2025-29.yaml");
    const CheckReport report = build_check_report(scenario, check_plan(scenario, project(scenario)));
    const std::string piped = render::check_text(report);
    const std::string narrow = render::check_text(report, TerminalStyle{Colour::off, 80});
    std::string joined;
    std::size_t continuations = 0;
    for (const std::string& line : lines_of(narrow)) {
        CHECK(characters(line) <= 80);
        if (line.starts_with("                       ")) {  // under the message: 4 + 2 + 15 + 2
            CHECK(line[23] != ' ');
            joined += " " + line.substr(23);
            ++continuations;
        } else {
            joined += (joined.empty() ? "" : "\n") + line;
        }
    }
    CHECK(continuations > 5);
    CHECK(joined + "\n" == piped);  // the same words: broken only where a space was
}

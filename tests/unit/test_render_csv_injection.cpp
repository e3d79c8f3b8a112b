// CSV injection (OWASP): a text cell that a spreadsheet would run as a formula is written
// with a leading apostrophe; figures, negative ones included, are untouched.
#include <doctest/doctest.h>

#include "load/load.hpp"
#include "project/plan.hpp"
#include "render/render.hpp"
#include "report/report.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

TEST_CASE("csv: text cells that would run as formulas are neutralised, figures are not") {
    std::string text =
        replaced(small_scenario, "name: Line A", "name: \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"");
    text = replaced(
        text, "  - {id: A,",
        "  - {id: P, name: \"+1+1\", section: business_group, subjective: supplies, budget_book: 5}\n"
        "  - {id: M, name: \"-2+3\", section: business_group, subjective: supplies, budget_book: -7}\n"
        "  - {id: T, name: \"@SUM(A1)\", section: corporate, subjective: supplies, budget_book: 1}\n"
        "  - {id: H, name: \"\tTabbed\", section: corporate, subjective: supplies, budget_book: 1}\n"
        "  - {id: A,");
    Scenario scenario = load_scenario(scratch_scenario("injection.yaml", text));
    const std::string csv = render_plan(build_plan_report(scenario, project(scenario), TableChoice::summary),
                                        RenderOptions{OutputFormat::csv, DisplayUnits::pounds});
    CHECK(csv.find("summary,line:A,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",£,1000,") !=
          std::string::npos);
    CHECK(csv.find("summary,line:P,'+1+1,£,5,") != std::string::npos);
    CHECK(csv.find("summary,line:M,'-2+3,£,-7,") != std::string::npos);  // the figure -7 stays a number
    CHECK(csv.find("summary,line:T,'@SUM(A1),£,1,") != std::string::npos);
    CHECK(csv.find("summary,line:H,'\tTabbed,£,1,") != std::string::npos);
    CHECK(csv.find(",-7,") != std::string::npos);
    CHECK(csv.find("'-7") == std::string::npos);
}

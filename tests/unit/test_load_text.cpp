// load_scenario_text (the fuzz targets' entry point) must behave exactly as reading
// the same bytes from the file it names, or fuzzing it would prove nothing.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "load/load.hpp"
#include "money/limits.hpp"
#include "project/plan.hpp"
#include "render/render.hpp"
#include "report/report.hpp"
#include "test_load_support.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string plan_json(const Scenario& scenario) {
    Plan plan = project(scenario);
    return render_plan(build_plan_report(scenario, plan, TableChoice::all),
                       RenderOptions{OutputFormat::json, DisplayUnits::pounds});
}

std::vector<std::string> text_problems(const std::string& name, std::string bytes) {
    return problems_of_load([&] { load_scenario_text(name, std::move(bytes)); });
}

}  // namespace

TEST_CASE("load text: the same plan as the file, extends resolved beside the name given") {
    for (const char* name : {"mps-2007-10.yaml", "pay-award-3.5.yaml"}) {
        std::string path = std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name;
        CHECK(plan_json(load_scenario_text(path, file_text(path))) == plan_json(load_scenario(path)));
    }
}

TEST_CASE("load text: the same problems as the file, and the same size limit") {
    std::string path = std::string(MTFP_SOURCE_DIR) + "/tests/errors/duplicate-key.yaml";
    CHECK(text_problems(path, file_text(path)) == load_problems(path));
    std::vector<std::string> big = text_problems("big.yaml", std::string(limits::max_file_bytes + 1, '#'));
    REQUIRE(big.size() == 1);
    CHECK(big[0].find("a scenario file may be at most") != std::string::npos);
}

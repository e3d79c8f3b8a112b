#pragma once
// `check` for CI: several scenarios' check reports as one JUnit XML document (a test
// suite per scenario, a test case per rule and year), as GitHub Actions workflow
// annotations (one per failing rule, at the scenario line of the rule's parameter), or
// as one JSON document.
#include <string>
#include <vector>

#include "report/report.hpp"

namespace mtfp::render {

struct CheckedScenario {
    std::string file;  // as given on the command line
    CheckReport report;
};

// JUnit XML as Jenkins, GitLab and GitHub's report actions read it (tests/junit/junit.xsd).
// A failed rule of severity warn is a passing test case with the warning in its system-out.
std::string check_junit(const std::vector<CheckedScenario>& scenarios);

// "::error file=F,line=L,col=C,title=T::MESSAGE" per failing rule ("::warning" for
// severity warn), then one summary line per scenario.
std::string check_github(const std::vector<CheckedScenario>& scenarios);

// {"format": "mtfp-check-set/1", "passed": bool, "scenarios": [{"file": ..., <mtfp-check/1>}]}
std::string check_set_json(const std::vector<CheckedScenario>& scenarios);

}  // namespace mtfp::render

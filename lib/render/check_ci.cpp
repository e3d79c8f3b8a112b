#include "render/check_ci.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "render/markup.hpp"
#include "render/renderers.hpp"

namespace mtfp::render {

namespace {

// A test case's name: the rule, its year and (reserves, expectations) what it is about.
std::string case_name(const CheckLine& line) {
    return line.rule + " " + line.year + (line.subject.empty() ? "" : " " + line.subject);
}

std::string location(const SourceRef& where) {
    return where.line > 0 ? fmt::format("{}:{}:{}", where.file, where.line, where.column) : where.file;
}

// Workflow commands: the message escapes %, CR and LF; a property also : and ,.
std::string github_data(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

std::string github_property(const std::string& text) {
    std::string out;
    for (char c : github_data(text)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

}  // namespace

std::string check_junit(const std::vector<CheckedScenario>& scenarios) {
    CheckTally total;
    std::string suites;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const CheckedScenario& scenario = scenarios[i];
        const CheckTally counts = scenario.report.tally();
        total.checks += counts.checks;
        total.failed += counts.failed;
        suites += fmt::format(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\" time=\"0\" "
            "id=\"{}\" package=\"{}\">\n",
            escape_markup(scenario.file), counts.checks, counts.failed, i,
            escape_markup(scenario.report.header.scenario_name));
        for (const CheckLine& line : scenario.report.lines) {
            const std::string head =
                fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"0\"",
                            escape_markup(case_name(line)), escape_markup(scenario.file + "." + line.rule));
            if (line.passed) {
                suites += head + "/>\n";
            } else if (line.warn) {
                suites += head + ">\n      <system-out>" +
                          escape_markup(fmt::format("warning (severity warn) at {}: {}", location(line.where),
                                                    line.message)) +
                          "</system-out>\n    </testcase>\n";
            } else {
                suites += head + ">\n      <failure message=\"" + escape_markup(line.message) + "\" type=\"" +
                          escape_markup(line.rule) + "\">" +
                          escape_markup(location(line.where) + ": " + line.message) +
                          "</failure>\n    </testcase>\n";
            }
        }
        suites += "  </testsuite>\n";
    }
    return fmt::format(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<testsuites name=\"mtfp check\" tests=\"{}\" failures=\"{}\" errors=\"0\" time=\"0\">\n",
               total.checks, total.failed) +
           suites + "</testsuites>\n";
}

std::string check_github(const std::vector<CheckedScenario>& scenarios) {
    std::string out;
    for (const CheckedScenario& scenario : scenarios) {
        for (const CheckLine& line : scenario.report.lines) {
            if (line.passed) continue;
            std::string properties = "file=" + github_property(line.where.file);
            if (line.where.line > 0)
                properties += fmt::format(",line={},col={}", line.where.line, line.where.column);
            properties += ",title=" + github_property("mtfp check: " + case_name(line));
            out += fmt::format("::{} {}::{}\n", line.warn ? "warning" : "error", properties,
                               github_data(line.message));
        }
        const CheckTally counts = scenario.report.tally();
        out += fmt::format("{}: {} of {} checks failed{}\n", scenario.file, counts.failed, counts.checks,
                           counts.warned ? fmt::format(", {} more as warnings", counts.warned) : "");
    }
    return out;
}

std::string check_set_json(const std::vector<CheckedScenario>& scenarios) {
    using nlohmann::ordered_json;
    ordered_json list = ordered_json::array();
    bool passed = true;
    for (const CheckedScenario& scenario : scenarios) {
        ordered_json one = ordered_json::parse(check_json(scenario.report));
        ordered_json entry{{"file", scenario.file}};
        for (auto& [key, value] : one.items())
            if (key != "format") entry[key] = value;
        list.push_back(entry);
        passed = passed && scenario.report.passed;
    }
    ordered_json result{{"format", "mtfp-check-set/1"}, {"passed", passed}, {"scenarios", list}};
    return result.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace mtfp::render

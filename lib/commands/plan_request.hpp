#pragma once
// What a command that computes a plan was asked for: the scenario, its overrides, and
// how to present the result. The CLI fills this in; the library does the rest.
#include <optional>
#include <string>
#include <vector>

#include "load/load.hpp"
#include "render/render.hpp"
#include "report/report.hpp"

namespace mtfp {

struct PlanRequest {
    std::string scenario_file;
    std::vector<Override> overrides;
    TableChoice tables = TableChoice::all;
    RenderOptions render;
    TerminalStyle terminal = {};             // text on a terminal: colour and width
    std::optional<std::string> output_file;  // -o; standard output when absent
};

// The result of a command: the text for standard output (empty when written to a
// file) and the exit code it implies (0, or 1 when a check failed).
struct CommandResult {
    std::string standard_output;
    int exit_code = 0;
};

}  // namespace mtfp

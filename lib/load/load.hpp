#pragma once
// `load` is the only code that sees YAML. It reads a scenario file (following
// `extends`), applies --set overrides, validates everything and returns a typed
// Scenario, or throws InputError listing every problem with its location.
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "model/set_operator.hpp"

namespace mtfp {

struct Override {
    std::string path;   // e.g. "indices.pay.2008/09"
    std::string value;  // as written in a file, e.g. "3.5%"
    // `=` is applied by the loader; the others after it, on the loaded scenario
    // (commands/guard_output.cpp), since a year given as growth has no amount in the file.
    SetOperator operation = SetOperator::assign;
};

// Parses "PATH=VALUE", "PATH+=DELTA", "PATH-=DELTA" or "PATH*=FACTOR" as given to --set;
// throws InputError on a malformed argument, and on the ambiguous "PATH=+DELTA".
Override parse_override(const std::string& argument);

Scenario load_scenario(const std::string& file, const std::vector<Override>& overrides = {});

// The same for a scenario whose text is already in memory (the fuzz targets, tests):
// `file` names it in messages and anchors a relative `extends`, read from disk.
Scenario load_scenario_text(const std::string& file, std::string bytes,
                            const std::vector<Override>& overrides = {});

}  // namespace mtfp

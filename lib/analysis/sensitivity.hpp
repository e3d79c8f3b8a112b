#pragma once
// The gap's and the general reserve's response to each parameter moved down and up by
// a delta, largest effect first: the rows of a tornado chart. Each side is one
// re-projection of a copy of the loaded scenario; nothing is re-read.
#include <optional>
#include <string>
#include <vector>

#include "analysis/parameter.hpp"

namespace mtfp::analysis {

enum class Sides { both, low_only, high_only };

// PARAM moved by -delta (low) and +delta (high) in every year it addresses.
struct Variation {
    ParameterHandle handle;
    std::int64_t delta = 0;  // in the parameter's units; never negative
    Sides sides = Sides::both;
    std::string label;  // e.g. "indices.pay ±1%"
};

// "PATH=±DELTA" (also "+-DELTA", or a bare "DELTA"): both sides; "PATH=+DELTA" or
// "PATH=-DELTA": that side only. A rate's delta is in percentage points ("1%"), an
// amount's in the scenario's units (or with m / k). Throws InputError.
Variation parse_variation(const std::string& text, const Scenario& scenario);

// With no --vary: every index, the general and each specific grant's growth and the
// precept's Band D increase, each ±1 percentage point in every plan year. In balance
// mode the Band D increase is not an input; a note says it was left out.
std::vector<Variation> default_variations(const Scenario& scenario, std::vector<std::string>& notes);

struct Figures {
    std::vector<Money> gap;              // by YearIndex
    std::vector<Money> general_reserve;  // closing balance, by YearIndex
    std::vector<Money> precept;          // by YearIndex; what absorbs every change in balance mode
};

struct SensitivityLine {
    Variation variation;
    std::optional<Figures> low, high;  // absent for a side not asked for
    // |high - low| of the final plan year's gap (base for a missing side); in balance
    // mode, where the gap is always zero, of the final plan year's precept.
    Money swing;
};

struct SensitivityResult {
    Figures base;
    std::vector<SensitivityLine> lines;  // largest swing first; ties keep the order asked
    std::vector<std::string> notes;
};

SensitivityResult sensitivity(const Scenario& scenario, const std::vector<Variation>& variations);

}  // namespace mtfp::analysis

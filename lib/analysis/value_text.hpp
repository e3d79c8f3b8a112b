#pragma once
// Values given on the command line to solve and sensitivity, read like the file: a
// rate with '%' ("3.5%"), an amount in the scenario's units ("15000" in a £000
// scenario), or an amount with an explicit unit suffix: "15m" (£m) or "15k" (£000).
#include <cstdint>
#include <string>

#include "analysis/parameter.hpp"
#include "money/units.hpp"

namespace mtfp::analysis {

// The value in its exact units (Rate units, whole pounds, or pence for a Band D increase
// in pounds: "£14", "0.50"); throws InputError located
// on the command line. `what` names the value in the message, e.g. "--vary indices.pay".
std::int64_t parse_value(const std::string& text, ValueType type, const Units& units,
                         const std::string& what);

// "3.5%" (exact, shortest), "£15,000,000" or "£13.27".
std::string format_value(std::int64_t value, ValueType type);

}  // namespace mtfp::analysis

#pragma once
// What both fuzz targets share: how the fuzzer's bytes become a scenario file, and
// the one property every refusal must have.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/diagnostic.hpp"

namespace mtfp::fuzz {

// The input poses as a file beside the shipped scenarios, so that `extends:
// mps-2007-10.yaml` in a seed (and its mutations) really extends a scenario.
inline const std::string scenario_name = MTFP_FUZZ_SCENARIO_DIR "/fuzz-input.yaml";

inline std::string bytes(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

// A refusal that names no problem would print nothing and exit 2: a silent failure.
inline void require_explained(const InputError& error) {
    if (error.diagnostics().empty()) __builtin_trap();
    for (const Diagnostic& diagnostic : error.diagnostics())
        if (diagnostic.message.empty() || diagnostic.line < 0 || diagnostic.column < 0) __builtin_trap();
}

}  // namespace mtfp::fuzz

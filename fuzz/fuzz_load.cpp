// libFuzzer target: any bytes as a scenario file. Refusing them with an InputError
// that names at least one problem is the expected outcome; anything else escaping
// (another exception, a crash, a sanitizer report, a hang) is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "load/load.hpp"
#include "model/diagnostic.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        mtfp::load_scenario_text(mtfp::fuzz::scenario_name, mtfp::fuzz::bytes(data, size));
    } catch (const mtfp::InputError& error) {
        mtfp::fuzz::require_explained(error);
    }
    return 0;
}

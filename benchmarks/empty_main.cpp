// Links every library mtfp links and does nothing: the start-up floor that
// benchmarks/run compares the default scenario's `run` against.
#include <cstdint>

#include "commands/run.hpp"

int main(int argc, char**) {
    // Referenced, so that the linker keeps the libraries (and their start-up) as mtfp does.
    return argc > 99 ? static_cast<int>(reinterpret_cast<std::uintptr_t>(&mtfp::run_command) & 1) : 0;
}

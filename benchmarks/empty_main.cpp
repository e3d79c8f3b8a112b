// Links every library mtfp links and does nothing: the start-up floor that
// benchmarks/run compares the default scenario's `run` against.
#include "commands/run.hpp"

// The address escapes through a volatile, so neither the compiler (which could fold a
// test of it: a function's address is aligned) nor the linker (--as-needed) can drop
// the code and the shared libraries it needs; ldd shows the same libraries as mtfp's.
auto* volatile kept = &mtfp::run_command;

int main() {
    return 0;
}

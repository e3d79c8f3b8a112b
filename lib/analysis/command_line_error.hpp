#pragma once
// A problem with what was given on the command line (a path, a value, a target): an
// InputError located on "command line", so the CLI prints it and exits 2.
#include <string>

#include "model/diagnostic.hpp"

namespace mtfp::analysis {

[[noreturn]] inline void refuse(const std::string& message) {
    throw InputError({Diagnostic{"command line", 0, 0, message}});
}

}  // namespace mtfp::analysis

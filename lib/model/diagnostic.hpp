#pragma once
// Every input problem becomes a Diagnostic; the CLI prints each as
// "FILE:LINE:COLUMN: error: WHAT" (line and column 1-based; omitted when unknown).
#include <stdexcept>
#include <string>
#include <vector>

namespace mtfp {

struct Diagnostic {
    std::string file;  // the scenario file, or "command line" for --set and options
    int line = 0;      // 1-based; 0 = no location
    int column = 0;    // 1-based; 0 = no location
    std::string message;
};

std::string format_diagnostic(const Diagnostic& diagnostic);

// Thrown by load when the input is invalid; carries every problem found, in file order.
class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace mtfp

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

// The error kinds. Nothing else leaves the library except as a bug, which main reports as
// an internal error.
//
// InputError: the scenario or the command line is invalid (exit 2). Thrown wherever an
// input drives the failure (load, --set, a figure beyond what a format can hold); carries
// every problem found, in file order.
class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

// OutputError: the output could not be written (disk full, an unwritable target, a write
// error on standard output): exit 3, any previous -o file left as it was. `where` is the
// file (or "standard output"), `what` the reason.
class OutputError : public std::runtime_error {
public:
    OutputError(std::string where, const std::string& what);
    const std::string& where() const { return where_; }

private:
    std::string where_;
};

}  // namespace mtfp

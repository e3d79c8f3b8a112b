#include "model/diagnostic.hpp"

#include <fmt/format.h>

namespace mtfp {

namespace {

// The exception's own text is the first problem, so a caller that only logs what()
// still says something useful.
std::string summary(const std::vector<Diagnostic>& diagnostics) {
    if (diagnostics.empty()) return "invalid input";
    return format_diagnostic(diagnostics.front());
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
    if (diagnostic.line <= 0) return fmt::format("{}: error: {}", diagnostic.file, diagnostic.message);
    if (diagnostic.column <= 0)
        return fmt::format("{}:{}: error: {}", diagnostic.file, diagnostic.line, diagnostic.message);
    return fmt::format("{}:{}:{}: error: {}", diagnostic.file, diagnostic.line, diagnostic.column,
                       diagnostic.message);
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(summary(diagnostics)), diagnostics_(std::move(diagnostics)) {}

OutputError::OutputError(std::string where, const std::string& what)
    : std::runtime_error(where + ": error: " + what), where_(std::move(where)) {}

}  // namespace mtfp

#include "load/problems.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace mtfp::load {

void Problems::add(const Where& at, std::string message) {
    const SourceFile* file = at.file;
    if (file && !file->context.empty()) message = file->context + ": " + message;
    found_.push_back(Found{file ? file->order : 0,
                           Diagnostic{file ? file->name : "", at.line, at.column, std::move(message)}});
}

void Problems::add_file(const std::string& file, std::string message) {
    found_.push_back(Found{0, Diagnostic{file, 0, 0, std::move(message)}});
}

std::vector<Diagnostic> Problems::sorted() const {
    std::vector<Found> ordered = found_;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Found& a, const Found& b) {
        if (a.file_order != b.file_order) return a.file_order < b.file_order;
        if (a.diagnostic.line != b.diagnostic.line) return a.diagnostic.line < b.diagnostic.line;
        return a.diagnostic.column < b.diagnostic.column;
    });
    std::vector<Diagnostic> result;
    std::size_t listed = std::min(ordered.size(), limits::max_problems);
    result.reserve(listed + 1);
    for (std::size_t i = 0; i < listed; ++i) result.push_back(std::move(ordered[i].diagnostic));
    if (ordered.size() > listed)
        result.push_back(Diagnostic{result.front().file, 0, 0,
                                    fmt::format("{} more problems not listed (mtfp lists the first {})",
                                                ordered.size() - listed, listed)});
    return result;
}

}  // namespace mtfp::load

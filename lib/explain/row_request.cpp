#include "explain/row_request.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>
#include <optional>

#include "explain/explanation.hpp"
#include "explain/rows.hpp"
#include "model/diagnostic.hpp"
#include "model/suggest.hpp"

namespace mtfp::explaining {

namespace {

[[noreturn]] void refuse(std::string message) {
    throw InputError({Diagnostic{"command line", 0, 0, std::move(message)}});
}

// The rows one of whose parts (split at '_' and ':') is `word`, ignoring case; at most 12.
std::vector<std::string> rows_naming(const std::vector<std::string>& rows, const std::string& word) {
    auto lower = [](std::string text) {
        for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    };
    const std::string wanted = lower(word);
    std::vector<std::string> found;
    for (const std::string& row : rows) {
        std::string part;
        bool named = false;
        for (char c : lower(row) + ":") {
            if (c == '_' || c == ':') {
                named = named || part == wanted;
                part.clear();
            } else {
                part += c;
            }
        }
        if (named && found.size() < 12) found.push_back(row);
    }
    return found;
}

}  // namespace

void refuse_unknown_row(const Scenario& scenario, const std::string& row) {
    const std::vector<std::string> rows = explainable_rows(scenario);
    const std::string suggestion = did_you_mean(row, rows);
    // A plain word ("gap", "precept", "TP") is too far from any ROW for a spelling
    // suggestion, but names a part of some: offer those.
    if (suggestion.empty()) {
        std::vector<std::string> near = rows_naming(rows, row);
        if (!near.empty())
            refuse(fmt::format(
                "unknown ROW '{}'; rows naming it: {} (`mtfp explain SCENARIO --list` prints every "
                "ROW)",
                row, fmt::join(near, ", ")));
    }
    refuse(
        fmt::format("unknown ROW '{}'{} (see docs/explain.md for the rows explain knows)", row, suggestion));
}

YearIndex checked_year(const Scenario& scenario, const std::string& row, const std::string& year) {
    const std::optional<FiscalYear> fiscal = FiscalYear::parse(year);
    std::vector<std::string> years;
    for (YearIndex y = 0; y < scenario.year_count(); ++y)
        if (row_allows_year(row, y)) years.push_back(scenario.year(y).to_string());
    const std::string allowed = fmt::format("{}", fmt::join(years, ", "));
    if (!fiscal) refuse(fmt::format("YEAR must be a fiscal year such as {}, got '{}'", years.front(), year));
    const int offset = *fiscal - scenario.base_year;
    if (offset < 0 || offset >= static_cast<int>(scenario.year_count()) ||
        !row_allows_year(row, static_cast<YearIndex>(offset)))
        refuse(
            fmt::format("{} has no {} figure in this plan (years: {})", row, fiscal->to_string(), allowed));
    return static_cast<YearIndex>(offset);
}

}  // namespace mtfp::explaining

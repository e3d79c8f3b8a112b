// The capital programme's inputs as what-if parameters (docs/capital.md): the borrowing
// rate by year, a scheme's spend and each of its funding sources by year. Resolved here
// from the path's parts; read and written by position, as every other parameter is.
#include "analysis/capital_parameters.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/command_line_error.hpp"
#include "model/path_parts.hpp"
#include "model/suggest.hpp"
#include "money/limits.hpp"

namespace mtfp::analysis {

namespace {

std::string joined(const std::vector<std::string>& choices) {
    std::string text;
    for (std::size_t i = 0; i < choices.size(); ++i) text += (i ? ", " : "") + choices[i];
    return text;
}

// The part at `at`, which must be one of `choices`.
const std::string& part_of(const std::vector<std::string>& parts, std::size_t at, const std::string& place,
                           const std::vector<std::string>& choices) {
    if (at >= parts.size() || std::find(choices.begin(), choices.end(), parts[at]) == choices.end()) {
        const std::string part = at < parts.size() ? parts[at] : "";
        refuse(
            fmt::format("'{}' has no '{}' that solve, sensitivity or --set +=, -=, *= can vary{}; it can "
                        "vary {}",
                        place, part, did_you_mean(part, choices), joined(choices)));
    }
    return parts[at];
}

// Every plan year, or the one year (base year included) the path ends with.
std::vector<YearIndex> years_of(const Scenario& scenario, const std::vector<std::string>& parts,
                                std::size_t at, bool base_year_too) {
    if (at == parts.size()) {
        std::vector<YearIndex> years;
        for (YearIndex y = 1; y < scenario.year_count(); ++y) years.push_back(y);
        return years;
    }
    if (at + 1 != parts.size())
        refuse(fmt::format("'{}' holds a single value; it has no '{}'", parts[at], parts[at + 1]));
    const std::optional<FiscalYear> year = FiscalYear::parse(parts[at]);
    if (!year)
        refuse(fmt::format("'{}' is not a fiscal year (write it as YYYY/YY, e.g. 2007/08)", parts[at]));
    const int offset = *year - scenario.base_year;
    if (offset < (base_year_too ? 0 : 1) || offset > scenario.plan_years)
        refuse(fmt::format("{} is not a year this value is given for ({} to {})", year->to_string(),
                           scenario.year(base_year_too ? 0 : 1).to_string(),
                           scenario.year(scenario.year_count() - 1).to_string()));
    return {static_cast<YearIndex>(offset)};
}

}  // namespace

void resolve_capital_parameter(const Scenario& scenario, const std::vector<std::string>& parts,
                               ParameterHandle& handle) {
    const CapitalProgramme& capital = *scenario.capital;
    if (part_of(parts, 1, "capital", {"borrowing_rate", "schemes"}) == "borrowing_rate") {
        handle.kind = ParameterKind::capital_borrowing_rate;
        handle.years = years_of(scenario, parts, 2, false);
        handle.lowest = 0;  // interest is never negative
        handle.highest = limits::max_rate_units;
        return;
    }
    std::vector<std::string> ids;
    for (const CapitalScheme& scheme : capital.schemes) ids.push_back(scheme.id);
    const std::string id = parts.size() > 2 ? parts[2] : "";
    const auto found = std::find(ids.begin(), ids.end(), id);
    if (found == ids.end())
        refuse(fmt::format("there is no capital scheme with id '{}'{}", id, did_you_mean(id, ids)));
    handle.item = static_cast<std::size_t>(found - ids.begin());
    const std::string what =
        part_of(parts, 3, "capital.schemes." + id, {"spend", "grants", "receipts", "revenue"});
    handle.kind = what == "spend" ? ParameterKind::capital_spend : ParameterKind::capital_funding;
    handle.subjective = what == "grants"     ? static_cast<std::size_t>(CapitalFunding::grants)
                        : what == "receipts" ? static_cast<std::size_t>(CapitalFunding::receipts)
                                             : static_cast<std::size_t>(CapitalFunding::revenue);
    handle.years = years_of(scenario, parts, 4, true);
    handle.lowest = 0;  // spend and funding are never negative; funding above spend is refused
    handle.highest = limits::max_amount_pounds;
}

std::int64_t capital_value_in(const Scenario& scenario, const ParameterHandle& handle, YearIndex y) {
    const CapitalProgramme& capital = *scenario.capital;
    switch (handle.kind) {
        case ParameterKind::capital_borrowing_rate:
            return capital.borrowing_rate[y].units();
        case ParameterKind::capital_spend:
            return capital.schemes[handle.item].spend[y].in_pounds();
        default:
            return capital.schemes[handle.item].funding[handle.subjective][y].in_pounds();
    }
}

void set_capital_value(Scenario& scenario, const ParameterHandle& handle, YearIndex y, std::int64_t value) {
    CapitalProgramme& capital = *scenario.capital;
    switch (handle.kind) {
        case ParameterKind::capital_borrowing_rate:
            capital.borrowing_rate[y] = Rate::from_units(value);
            return;
        case ParameterKind::capital_spend:
            capital.schemes[handle.item].spend[y] = Money::pounds(value);
            return;
        default:
            capital.schemes[handle.item].funding[handle.subjective][y] = Money::pounds(value);
            return;
    }
}

}  // namespace mtfp::analysis

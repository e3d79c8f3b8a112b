// The `uncertainty` entries resolved once to typed handles, and each draw's values.
#include <fmt/format.h>

#include <algorithm>

#include "analysis/draw.hpp"
#include "analysis/simulation.hpp"
#include "analysis/value_text.hpp"
#include "model/diagnostic.hpp"
#include "model/path_parts.hpp"

namespace mtfp::analysis {

namespace {

[[noreturn]] void refuse_at(const UncertainParameter& entry, const std::string& message) {
    throw InputError({Diagnostic{entry.where.file, entry.where.line, entry.where.column, message}});
}

// The lowest and highest value a bounded distribution can give; nothing for a normal.
std::optional<std::pair<std::int64_t, std::int64_t>> extremes(const UncertainParameter& entry) {
    if (entry.dist == Distribution::normal) return std::nullopt;
    const auto [low, high] = std::minmax_element(entry.shape.begin(), entry.shape.end());
    return std::pair{*low, *high};
}

std::string range_text(const ParameterHandle& handle) {
    return fmt::format("{} to {}", format_value(handle.lowest, handle.type()),
                       format_value(handle.highest, handle.type()));
}

}  // namespace

std::vector<DrawnParameter> resolve_uncertainty(const Scenario& scenario, const Plan& plan) {
    std::vector<DrawnParameter> resolved;
    for (const UncertainParameter& entry : scenario.uncertainty) {
        if (entry.param == "precept.cap" || entry.param.starts_with("checks."))
            refuse_at(entry, fmt::format("simulate cannot draw '{}': it is a limit the checks test, not an "
                                         "input of the plan",
                                         entry.param));
        DrawnParameter parameter;
        parameter.entry = entry;
        try {
            // The loader reads a Band D increase's distribution as rates.
            parameter.handle = as_written(resolve_parameter(scenario, entry.param), "%");
        } catch (const InputError& error) {
            refuse_at(entry, error.diagnostics().front().message);
        }
        const ParameterHandle& handle = parameter.handle;
        parameter.years = handle.by_year() ? handle.years : std::vector<YearIndex>{0};
        const std::vector<std::string> parts = split_path(entry.param);
        const bool names_a_year = FiscalYear::parse(parts.back()).has_value();
        for (YearIndex y : parameter.years) {
            parameter.scenario_values.push_back(value_in(scenario, plan, handle, y));
            parameter.set_paths.push_back(handle.by_year() && !names_a_year
                                              ? entry.param + "." + scenario.year(y).to_string()
                                              : entry.param);
        }
        // A bounded distribution that reaches outside what the parameter may be is
        // refused before any draw (a normal's tails are checked draw by draw).
        if (auto reach = extremes(entry))
            for (std::int64_t base : parameter.scenario_values) {
                const std::int64_t low = reach->first + (entry.relative ? base : 0);
                const std::int64_t high = reach->second + (entry.relative ? base : 0);
                if (low < handle.lowest || high > handle.highest)
                    refuse_at(entry,
                              fmt::format("the distribution of {} reaches {}, outside what it may be ({})",
                                          entry.param,
                                          format_value(low < handle.lowest ? low : high, handle.type()),
                                          range_text(handle)));
            }
        resolved.push_back(std::move(parameter));
    }
    return resolved;
}

void draw_values(const DrawnParameter& parameter, std::size_t entry, std::uint64_t seed, std::uint64_t draw,
                 std::vector<std::int64_t>& values) {
    const UncertainParameter& spec = parameter.entry;
    values.resize(parameter.years.size());
    // Without per_year one number serves every year (year 0 in the generator's key).
    std::int64_t shared = 0;
    if (!spec.per_year) shared = quantile(spec, uniform_open(seed, draw, entry, 0));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::int64_t drawn =
            spec.per_year ? quantile(spec, uniform_open(seed, draw, entry, parameter.years[i])) : shared;
        values[i] = spec.relative ? parameter.scenario_values[i] + drawn : drawn;
    }
}

std::string out_of_range_message(const DrawnParameter& parameter, std::size_t i, std::int64_t value,
                                 std::uint64_t draw) {
    const ParameterHandle& handle = parameter.handle;
    return fmt::format(
        "draw {}: {} would be {}, outside what it may be ({}); simulate refuses such a draw rather than "
        "clamp "
        "it: narrow the distribution (e.g. a triangular or uniform within the range)",
        draw, parameter.set_paths[i], format_value(value, handle.type()), range_text(handle));
}

}  // namespace mtfp::analysis

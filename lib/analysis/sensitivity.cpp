#include "analysis/sensitivity.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/command_line_error.hpp"
#include "analysis/value_text.hpp"
#include "model/diagnostic.hpp"

namespace mtfp::analysis {

namespace {

constexpr std::string_view plus_minus = "\u00b1";

Figures figures_of(const Plan& plan) {
    Figures figures;
    for (const GapYear& year : plan.gaps) figures.gap.push_back(year.gap);
    for (const ReserveYear& year : plan.reserves[0]) figures.general_reserve.push_back(year.closing);
    figures.precept = plan.precept;
    return figures;
}

// The plan with the parameter moved by `shift` in every year it addresses, projected
// from a copy of the scenario (a copy, not a restore: moving a grant year given as
// growth would otherwise leave it a cash figure).
Figures shifted(const Scenario& scenario, const Plan& base, const Variation& variation, std::int64_t shift) {
    const ParameterHandle& handle = variation.handle;
    Scenario working = scenario;
    const std::vector<YearIndex> years = handle.by_year() ? handle.years : std::vector<YearIndex>{0};
    std::vector<std::int64_t> before;
    for (YearIndex y : years) before.push_back(value_in(working, base, handle, y));
    for (std::size_t i = 0; i < years.size(); ++i) {
        const std::int64_t value = before[i] + shift;
        // The same bounds as solve's (and the loader's signs): a what-if outside them is a typo.
        if (value < handle.lowest || value > handle.highest)
            refuse(fmt::format("--vary {}: {}{} would be {}, outside what it may be ({} to {})",
                               variation.label, handle.path,
                               handle.by_year() ? " in " + working.year(years[i]).to_string() : "",
                               format_value(value, handle.type()), format_value(handle.lowest, handle.type()),
                               format_value(handle.highest, handle.type())));
        set_value(working, handle, years[i], value);
    }
    Figures figures;
    try {
        figures = figures_of(project(working));
    } catch (const AmountOutOfRange& error) {
        refuse(fmt::format("--vary {}: {}", variation.label, error.what()));
    }
    return figures;
}

// Rates only: a Band D increase in pounds is varied by points here, like a cash precept's.
Variation both_sides(const Scenario& scenario, const std::string& path, std::int64_t delta) {
    Variation variation;
    variation.handle = as_written(resolve_parameter(scenario, path), "%");
    variation.delta = delta;
    variation.label = fmt::format("{} {}{}", path, plus_minus, format_value(delta, variation.handle.type()));
    return variation;
}

}  // namespace

Variation parse_variation(const std::string& text, const Scenario& scenario) {
    const std::size_t equals = text.find('=');
    if (equals == std::string::npos || equals == 0)
        refuse(fmt::format("--vary expects PARAM=±DELTA (e.g. indices.pay=±1%), got '{}'", text));
    Variation variation;
    // PARAM+=DELTA and PARAM-=DELTA, as --set writes a change, are PARAM=+DELTA and PARAM=-DELTA.
    std::string path = text.substr(0, equals);
    std::string delta = text.substr(equals + 1);
    if (path.size() > 1 && (path.back() == '+' || path.back() == '-')) {
        delta.insert(0, 1, path.back());
        path.pop_back();
    }
    variation.handle = resolve_parameter(scenario, path);
    std::string sign = plus_minus.data();
    if (delta.starts_with(plus_minus)) {
        delta.erase(0, plus_minus.size());
    } else if (delta.starts_with("+-")) {
        delta.erase(0, 2);
    } else if (delta.starts_with("+") || delta.starts_with("-")) {
        variation.sides = delta.front() == '+' ? Sides::high_only : Sides::low_only;
        sign = delta.substr(0, 1);
        delta.erase(0, 1);
    }
    if (delta.starts_with("+") || delta.starts_with("-"))
        refuse(fmt::format("--vary {}: the delta has two signs", text));
    variation.handle = as_written(variation.handle, delta);
    variation.delta = parse_value(delta, variation.handle.type(), scenario.units, "--vary " + text);
    variation.label =
        variation.handle.path + " " + sign + format_value(variation.delta, variation.handle.type());
    return variation;
}

std::vector<Variation> default_variations(const Scenario& scenario, std::vector<std::string>& notes) {
    constexpr std::int64_t one_point = Rate::scale / 100;
    std::vector<Variation> variations;
    // An index at 0% in every plan year (`none: 0%`) marks subjectives that are not
    // inflated: moving it answers no question a finance officer asks, so it is left out
    // by default, with a note saying how to vary it all the same (a pay freeze).
    std::string flat;
    for (const InflationIndex& index : scenario.indices) {
        const bool all_zero = std::all_of(index.rate_by_year.begin() + 1, index.rate_by_year.end(),
                                          [](Rate rate) { return rate == Rate{}; });
        if (all_zero) {
            flat += (flat.empty() ? "" : ", ") + ("indices." + index.id);
            continue;
        }
        variations.push_back(both_sides(scenario, "indices." + index.id, one_point));
    }
    if (!flat.empty())
        notes.push_back(
            flat + " left out: 0% in every plan year, not an inflation assumption (vary it with --vary " +
            flat.substr(0, flat.find(',')) + "=±1%).");
    variations.push_back(both_sides(scenario, "grants.general.growth", one_point));
    for (const Grant& grant : scenario.specific_grants)
        variations.push_back(both_sides(scenario, "grants.specific." + grant.id + ".growth", one_point));
    if (scenario.precept.mode == PreceptMode::balance)
        notes.push_back(
            "precept.band_d_increase is left out: the precept is in balance mode, so the Band D increase is "
            "not an "
            "input (the precept is whatever balances the budget, and the gap is zero whatever the other "
            "inputs).");
    else
        variations.push_back(both_sides(scenario, "precept.band_d_increase", one_point));
    notes.push_back("A grant's growth does not apply to a year given as a cash figure (grants.*.amounts).");
    return variations;
}

SensitivityResult sensitivity(const Scenario& scenario, const std::vector<Variation>& variations) {
    SensitivityResult result;
    Plan base;
    try {
        base = project(scenario);
    } catch (const AmountOutOfRange& error) {
        throw InputError({Diagnostic{scenario.file, 0, 0, error.what()}});
    }
    result.base = figures_of(base);
    const YearIndex last = scenario.year_count() - 1;
    const auto ranked = scenario.precept.mode == PreceptMode::balance ? &Figures::precept : &Figures::gap;
    for (const Variation& variation : variations) {
        SensitivityLine line;
        line.variation = variation;
        if (variation.sides != Sides::high_only)
            line.low = shifted(scenario, base, variation, -variation.delta);
        if (variation.sides != Sides::low_only)
            line.high = shifted(scenario, base, variation, variation.delta);
        const Money low = ((line.low ? *line.low : result.base).*ranked)[last];
        const Money high = ((line.high ? *line.high : result.base).*ranked)[last];
        line.swing = high > low ? high - low : low - high;
        result.lines.push_back(std::move(line));
    }
    std::stable_sort(result.lines.begin(), result.lines.end(),
                     [](const SensitivityLine& a, const SensitivityLine& b) { return a.swing > b.swing; });
    return result;
}

}  // namespace mtfp::analysis

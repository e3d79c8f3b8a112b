#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "model/suggest.hpp"

namespace mtfp::load {

namespace {

// Every --set path that names a rate or a set of rates the plan uses, so `simulate`
// can later draw it: whole sets (indices.pay) and single years (indices.pay.2008/09).
std::vector<std::string> rate_paths(const Scenario& scenario) {
    std::vector<std::string> sets;
    for (const InflationIndex& index : scenario.indices) sets.push_back("indices." + index.id);
    sets.push_back("grants.general.growth");
    for (const Grant& grant : scenario.specific_grants)
        sets.push_back("grants.specific." + grant.id + ".growth");
    if (scenario.precept.mode == PreceptMode::band_d_increase) sets.push_back("precept.band_d_increase");
    sets.push_back("precept.tax_base_growth");
    std::vector<std::string> paths = sets;
    for (const std::string& set : sets)
        for (int y = 1; y <= scenario.plan_years; ++y)
            paths.push_back(set + "." + scenario.year(static_cast<YearIndex>(y)).to_string());
    if (scenario.precept.cap) paths.push_back("precept.cap");
    if (scenario.checks.nre_growth_limit) paths.push_back("checks.nre_growth_limit");
    if (scenario.checks.efficiency_minimum) paths.push_back("checks.efficiency_minimum");
    return paths;
}

struct Shape {
    Distribution dist;
    std::vector<std::string> parameters;  // in the order UncertainParameter::shape holds them
};

const std::vector<std::pair<std::string, Shape>> shapes{
    {"normal", {Distribution::normal, {"mean", "sd"}}},
    {"triangular", {Distribution::triangular, {"min", "mode", "max"}}},
    {"uniform", {Distribution::uniform, {"min", "max"}}}};

void read_distribution(Reader& reader, const Node& item, const Shape& shape, const std::string& dist_name,
                       UncertainParameter& parameter) {
    bool complete = true;
    for (const std::string& key : shape.parameters) {
        const Node* node = reader.required(item, key, fmt::format("a {} distribution", dist_name));
        std::optional<Rate> value = node ? reader.rate(*node) : std::nullopt;
        complete = complete && value.has_value();
        parameter.shape.push_back(value.value_or(Rate{}));
    }
    for (std::string key : {"mean", "sd", "min", "mode", "max"})
        if (const Entry* entry = item.entry(key);
            entry &&
            std::find(shape.parameters.begin(), shape.parameters.end(), key) == shape.parameters.end())
            reader.report(entry->key_at,
                          fmt::format("'{}' is not a parameter of a {} distribution (it takes {})", key,
                                      dist_name, fmt::join(shape.parameters, ", ")));
    if (!complete) return;
    const std::vector<Rate>& v = parameter.shape;
    if (shape.dist == Distribution::normal && v[1] < Rate{}) reader.report(item.at, "sd cannot be negative");
    if (shape.dist == Distribution::triangular && !(v[0] <= v[1] && v[1] <= v[2]))
        reader.report(item.at, "a triangular distribution needs min <= mode <= max");
    if (shape.dist == Distribution::uniform && !(v[0] <= v[1]))
        reader.report(item.at, "a uniform distribution needs min <= max");
}

}  // namespace

void read_uncertainty(Reader& reader, const Node& root, Scenario& scenario) {
    const Node* list = root.find("uncertainty");
    if (!list || !reader.expect_sequence(*list, "uncertainty")) return;
    std::vector<std::string> paths = rate_paths(scenario);
    std::vector<std::string> dist_names;
    for (const auto& [name, shape] : shapes) dist_names.push_back(name);
    for (const Node& item : list->items) {
        UncertainParameter parameter;
        parameter.where = item.at.ref();
        if (!reader.expect_map(item, "an uncertainty item", keys::uncertainty)) continue;
        if (const Node* param = reader.required(item, "param", "uncertainty item")) {
            if (auto text = reader.text(*param, "param")) {
                parameter.param = *text;
                if (std::find(paths.begin(), paths.end(), *text) == paths.end())
                    reader.report(param->at, fmt::format("param '{}' does not name a rate of this scenario{}",
                                                         *text, did_you_mean(*text, paths)));
            }
        }
        if (const Node* dist = reader.required(item, "dist", "uncertainty item")) {
            auto found = std::find_if(shapes.begin(), shapes.end(), [&](const auto& shape) {
                return dist->is_scalar() && dist->text == shape.first;
            });
            if (found == shapes.end()) {
                std::string hint = dist->is_scalar() ? did_you_mean(dist->text, dist_names) : "";
                reader.report(dist->at, fmt::format("dist must be normal, triangular or uniform, got {}{}",
                                                    describe(*dist), hint));
            } else {
                parameter.dist = found->second.dist;
                read_distribution(reader, item, found->second, found->first, parameter);
            }
        }
        if (const Node* per_year = item.find("per_year"))
            parameter.per_year = reader.flag(*per_year).value_or(false);
        scenario.uncertainty.push_back(std::move(parameter));
    }
}

}  // namespace mtfp::load

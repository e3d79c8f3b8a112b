#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "model/suggest.hpp"

namespace mtfp::load {

namespace {

// Every --set path `simulate` can draw, and whether it names an amount (true) or a
// rate: whole sets (indices.pay) and single years (indices.pay.2008/09). The same
// paths as analysis/parameter.cpp resolves (which this room cannot see).
std::map<std::string, bool> drawable_paths(const Scenario& scenario) {
    std::map<std::string, bool> paths;
    const auto by_year = [&](const std::string& set, bool amount) {
        paths[set] = amount;
        for (int y = 1; y <= scenario.plan_years; ++y)
            paths[set + "." + scenario.year(static_cast<YearIndex>(y)).to_string()] = amount;
    };
    for (const InflationIndex& index : scenario.indices) by_year("indices." + index.id, false);
    const auto grant = [&](const std::string& prefix) {
        by_year(prefix + ".growth", false);
        by_year(prefix + ".amounts", true);
        paths[prefix + ".base"] = true;
    };
    grant("grants.general");
    for (const Grant& specific : scenario.specific_grants) grant("grants.specific." + specific.id);
    if (scenario.precept.mode == PreceptMode::band_d_increase) by_year("precept.band_d_increase", false);
    by_year("precept.tax_base_growth", false);
    paths["precept.base"] = true;
    for (const Movement& movement : scenario.movements) {
        if (movement.id.empty() || movement.kind == MovementKind::virement) continue;
        const std::string set = "movements." + movement.id + ".amounts";
        if (movement.kind == MovementKind::in_year) {
            paths[set] = true;
            paths[set + "." + scenario.year(0).to_string()] = true;
        } else {
            by_year(set, true);
        }
    }
    for (std::size_t r = 0; r < scenario.reserves.size(); ++r)
        paths[r == 0 ? "reserves.general.opening"
                     : "reserves.earmarked." + scenario.reserves[r].id + ".opening"] = true;
    for (const ReserveTransfer& transfer : scenario.transfers)
        if (!transfer.id.empty()) paths["reserves.transfers." + transfer.id + ".amount"] = true;
    for (const BudgetLine& line : scenario.lines)
        for (const Subjective& subjective : scenario.subjectives)
            paths["lines." + line.id + ".budget_book." + subjective.id] = true;
    // Accepted since format 1.0, though not figures of the plan: simulate refuses them.
    if (scenario.precept.cap) paths["precept.cap"] = false;
    if (scenario.checks.nre_growth_limit) paths["checks.nre_growth_limit"] = false;
    if (scenario.checks.efficiency_minimum) paths["checks.efficiency_minimum"] = false;
    return paths;
}

struct Shape {
    Distribution dist;
    std::vector<std::string> parameters;  // in the order UncertainParameter::shape holds them
};

const std::vector<std::pair<std::string, Shape>> shapes{
    {"normal", {Distribution::normal, {"mean", "sd"}}},
    {"triangular", {Distribution::triangular, {"min", "mode", "max"}}},
    {"uniform", {Distribution::uniform, {"min", "max"}}},
    {"discrete", {Distribution::discrete, {"values"}}}};

std::optional<std::int64_t> value_of(Reader& reader, const Node& node, bool amount) {
    if (amount) {
        std::optional<Money> value = reader.amount(node);
        return value ? std::optional<std::int64_t>(value->in_pounds()) : std::nullopt;
    }
    std::optional<Rate> value = reader.rate(node);
    return value ? std::optional<std::int64_t>(value->units()) : std::nullopt;
}

// values: [..] with optional weights: [..] (whole numbers; equal when not given).
bool read_discrete(Reader& reader, const Node& item, const Node& values, UncertainParameter& parameter) {
    if (!reader.expect_sequence(values, "values")) return false;
    bool complete = !values.items.empty();
    if (values.items.empty()) reader.report(values.at, "a discrete distribution needs at least one value");
    for (const Node& node : values.items) {
        std::optional<std::int64_t> value = value_of(reader, node, parameter.amount);
        complete = complete && value.has_value();
        parameter.shape.push_back(value.value_or(0));
    }
    const Node* weights = item.find("weights");
    if (!weights) {
        parameter.weights.assign(parameter.shape.size(), 1);
        return complete;
    }
    if (!reader.expect_sequence(*weights, "weights")) return false;
    std::int64_t total = 0;
    for (const Node& node : weights->items) {
        std::optional<int> weight = reader.whole_number(node, "a weight");
        complete = complete && weight.has_value();
        parameter.weights.push_back(weight.value_or(0));
        total += weight.value_or(0);
    }
    if (weights->items.size() != values.items.size()) {
        reader.report(weights->at, fmt::format("{} weights for {} values: give one weight per value",
                                               weights->items.size(), values.items.size()));
        return false;
    }
    if (complete && total == 0) {
        reader.report(weights->at, "the weights sum to 0: at least one must be positive");
        return false;
    }
    return complete;
}

void read_distribution(Reader& reader, const Node& item, const Shape& shape, const std::string& dist_name,
                       UncertainParameter& parameter) {
    bool complete = true;
    for (const std::string& key : shape.parameters) {
        const Node* node = reader.required(item, key, fmt::format("a {} distribution", dist_name));
        if (shape.dist == Distribution::discrete) {
            complete = node && read_discrete(reader, item, *node, parameter);
            continue;
        }
        std::optional<std::int64_t> value = node ? value_of(reader, *node, parameter.amount) : std::nullopt;
        complete = complete && value.has_value();
        parameter.shape.push_back(value.value_or(0));
    }
    for (std::string key : {"mean", "sd", "min", "mode", "max", "values", "weights"}) {
        const Entry* entry = item.entry(key);
        const bool belongs =
            std::find(shape.parameters.begin(), shape.parameters.end(), key) != shape.parameters.end() ||
            (key == "weights" && shape.dist == Distribution::discrete);
        if (entry && !belongs)
            reader.report(entry->key_at,
                          fmt::format("'{}' is not a parameter of a {} distribution (it takes {})", key,
                                      dist_name, fmt::join(shape.parameters, ", ")));
    }
    if (!complete) return;
    const std::vector<std::int64_t>& v = parameter.shape;
    if (shape.dist == Distribution::normal && v[1] < 0) reader.report(item.at, "sd cannot be negative");
    if (shape.dist == Distribution::triangular && !(v[0] <= v[1] && v[1] <= v[2]))
        reader.report(item.at, "a triangular distribution needs min <= mode <= max");
    if (shape.dist == Distribution::uniform && !(v[0] <= v[1]))
        reader.report(item.at, "a uniform distribution needs min <= max");
}

}  // namespace

void read_uncertainty(Reader& reader, const Node& root, Scenario& scenario) {
    const Node* list = root.find("uncertainty");
    if (!list || !reader.expect_sequence(*list, "uncertainty")) return;
    const std::map<std::string, bool> paths = drawable_paths(scenario);
    std::vector<std::string> path_names;
    for (const auto& [path, amount] : paths) path_names.push_back(path);
    std::vector<std::string> dist_names;
    for (const auto& [name, shape] : shapes) dist_names.push_back(name);
    for (const Node& item : list->items) {
        UncertainParameter parameter;
        parameter.where = item.at.ref();
        bool known = false;  // a distribution's values are read as the param's type, once it is known
        if (!reader.expect_map(item, "an uncertainty item", keys::uncertainty)) continue;
        if (const Node* param = reader.required(item, "param", "uncertainty item")) {
            if (auto text = reader.text(*param, "param")) {
                parameter.param = *text;
                auto found = paths.find(*text);
                if (found == paths.end())
                    reader.report(param->at,
                                  fmt::format("param '{}' does not name a rate or amount of this scenario{}",
                                              *text, did_you_mean(*text, path_names)));
                else
                    parameter.amount = found->second, known = true;
            }
        }
        if (const Node* dist = reader.required(item, "dist", "uncertainty item")) {
            auto found = std::find_if(shapes.begin(), shapes.end(), [&](const auto& shape) {
                return dist->is_scalar() && dist->text == shape.first;
            });
            if (found == shapes.end()) {
                std::string hint = dist->is_scalar() ? did_you_mean(dist->text, dist_names) : "";
                reader.report(dist->at,
                              fmt::format("dist must be normal, triangular, uniform or discrete, got {}{}",
                                          describe(*dist), hint));
            } else {
                parameter.dist = found->second.dist;
                if (known) read_distribution(reader, item, found->second, found->first, parameter);
            }
        }
        if (const Node* per_year = item.find("per_year"))
            parameter.per_year = reader.flag(*per_year).value_or(false);
        if (const Node* relative = item.find("relative"))
            parameter.relative = reader.flag(*relative).value_or(false);
        scenario.uncertainty.push_back(std::move(parameter));
    }
}

}  // namespace mtfp::load

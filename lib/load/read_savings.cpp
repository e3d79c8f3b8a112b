#include "load/read_savings.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "load/schema_keys.hpp"
#include "model/suggest.hpp"

namespace mtfp::load {

namespace {

std::optional<SavingStatus> status(Reader& reader, const Node& node) {
    const std::vector<std::string>& names = keys::savings_risk;
    if (node.is_scalar()) {
        auto found = std::find(names.begin(), names.end(), node.text);
        if (found != names.end()) return static_cast<SavingStatus>(found - names.begin());
    }
    std::string hint = node.is_scalar() ? did_you_mean(node.text, names) : "";
    reader.report(node.at, fmt::format("status must be one of delivered, green, amber, red; got {}{}",
                                       describe(node), hint));
    return std::nullopt;
}

}  // namespace

void read_savings_item(Reader& reader, const Node& item, std::optional<MovementKind> kind,
                       Movement& movement) {
    SavingsItem& savings = movement.savings;
    for (std::string_view key : {"status", "owner", "cashable"}) {
        const Node* node = item.find(key);
        if (!node) continue;
        if (kind && *kind != MovementKind::efficiency) {
            reader.report(node->at,
                          fmt::format("'{}' belongs to a saving: only an efficiency movement has it", key));
            continue;
        }
        if (key == "status") {
            savings.status = status(reader, *node);
            savings.status_where = node->at.ref();
        } else if (key == "owner") {
            savings.owner = reader.text(*node, "owner").value_or("");
        } else {
            savings.cashable = reader.flag(*node).value_or(true);
        }
    }
}

void read_savings_risk(Reader& reader, const Node& root, Scenario& scenario) {
    const Node* node = root.find("savings_risk");
    if (!node || !reader.expect_map(*node, "savings_risk", keys::savings_risk)) return;
    SavingsRisk& risk = scenario.savings_risk;
    risk.given = true;
    for (std::size_t s = 0; s < saving_status_count; ++s) {
        const Node* value = node->find(keys::savings_risk[s]);
        if (!value) continue;
        risk.where[s] = value->at.ref();
        std::optional<Rate> rate = reader.rate(*value);
        if (rate && (*rate < Rate{} || *rate > Rate::from_units(Rate::scale))) {
            reader.report(value->at, fmt::format("a delivery risk is from 0% to 100%, got {}", value->text));
            continue;
        }
        if (rate) risk.by_status[s] = *rate;
    }
}

}  // namespace mtfp::load

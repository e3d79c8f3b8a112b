#include "load/read_reserves_policy.hpp"

#include <fmt/format.h>

#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "model/suggest.hpp"

namespace mtfp::load {

namespace {

// "none" or a reserve's id ("general" for the general reserve).
std::optional<std::size_t> reserve(Reader& reader, const Node& node, const Scenario& scenario, bool& none) {
    none = node.is_scalar() && node.text == "none";
    if (none) return std::nullopt;
    return reader.reference(node, ids_of(scenario.reserves), "reserve");
}

void read_fund_gap_from(Reader& reader, const Node& node, Scenario& scenario) {
    ReservesPolicy& policy = scenario.reserves_policy;
    policy.fund_gap_where = node.at.ref();
    const Node* named = &node;
    if (node.is_map()) {
        if (!reader.expect_map(node, "fund_gap_from", keys::fund_gap_from)) return;
        named = reader.required(node, "reserve", "fund_gap_from");
        if (const Node* down_to = node.find("down_to")) {
            if (down_to->is_scalar() && (down_to->text == "zero" || down_to->text == "floor")) {
                policy.down_to_zero = down_to->text == "zero";
            } else {
                std::string hint = down_to->is_scalar() ? did_you_mean(down_to->text, {"zero", "floor"}) : "";
                reader.report(down_to->at, fmt::format("down_to must be 'zero' or 'floor', got {}{}",
                                                       describe(*down_to), hint));
            }
        }
    }
    if (!named) return;
    bool none = false;
    policy.fund_gap_from = reserve(reader, *named, scenario, none);
    if (none) return;
    if (policy.fund_gap_from && scenario.precept.mode == PreceptMode::balance)
        reader.report(named->at,
                      "fund_gap_from cannot be used with the precept in balance mode: the precept already "
                      "closes every gap, so no reserve would be drawn");
}

}  // namespace

void read_reserves_policy(Reader& reader, const Node& policy, Scenario& scenario) {
    if (!reader.expect_map(policy, "reserves.policy", keys::reserves_policy)) return;
    if (const Node* node = policy.find("fund_gap_from")) read_fund_gap_from(reader, *node, scenario);
    if (const Node* node = policy.find("outturn_to")) {
        bool none = false;
        scenario.reserves_policy.outturn_to = reserve(reader, *node, scenario, none);
        scenario.reserves_policy.outturn_where = node->at.ref();
    }
}

}  // namespace mtfp::load

#include <fmt/format.h>

#include "load/read_reserves_policy.hpp"
#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "money/amount_text.hpp"
#include "money/money_text.hpp"

namespace mtfp::load {

namespace {

std::optional<Money> opening_balance(Reader& reader, const Node& reserve) {
    const Node* node = reader.required(reserve, "opening", "reserve");
    if (!node) return std::nullopt;
    std::optional<Money> opening = reader.amount(*node);
    if (opening && *opening < Money{}) {
        reader.report(node->at,
                      fmt::format("an opening balance cannot be negative, got {}", pounds_phrase(*opening)));
        return std::nullopt;
    }
    return opening;
}

// A floor is an amount, or a share of the year's NRE written "2% of nre".
std::optional<ReserveFloor> floor(Reader& reader, const Node& node) {
    constexpr std::string_view suffix = " of nre";
    if (node.is_scalar() && node.text.ends_with(suffix)) {
        Node share = node;
        share.text = node.text.substr(0, node.text.size() - suffix.size());
        while (!share.text.empty() && share.text.back() == ' ') share.text.pop_back();
        std::optional<Rate> rate = reader.rate(share);
        if (rate && *rate < Rate{}) {
            reader.report(node.at, "a reserve floor cannot be negative");
            return std::nullopt;
        }
        if (rate) return ReserveFloor{*rate};
        return std::nullopt;
    }
    if (node.is_scalar() && node.text.ends_with("%")) {
        reader.report(node.at,
                      fmt::format("a floor is an amount or a share of NRE written like '{} of nre', got '{}'",
                                  node.text, node.text));
        return std::nullopt;
    }
    std::optional<Money> amount = reader.amount(node);
    if (amount && *amount < Money{}) {
        reader.report(node.at, "a reserve floor cannot be negative");
        return std::nullopt;
    }
    if (amount) return ReserveFloor{*amount};
    return std::nullopt;
}

void read_general(Reader& reader, const Node* node, Reserve& general) {
    general.id = "general";
    general.name = "General reserve";
    if (!node || !reader.expect_map(*node, "the general reserve", keys::general_reserve)) return;
    general.where = node->at.ref();
    if (const Node* name = node->find("name")) general.name = reader.text(*name, "name").value_or("");
    general.opening = opening_balance(reader, *node).value_or(Money{});
    if (const Node* opening = node->find("opening")) general.opening_where = opening->at.ref();
    if (const Node* floor_node = node->find("floor")) general.floor = floor(reader, *floor_node);
}

void read_earmarked(Reader& reader, const Node& list, Scenario& scenario) {
    std::vector<std::string> ids = reader.ids(list, "earmarked reserve", true);
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const Node& item = list.items[i];
        Reserve reserve;
        reserve.id = ids[i];
        reserve.where = item.at.ref();
        if (reserve.id == "general")
            if (const Node* id = item.find("id"))
                reader.report(id->at,
                              "'general' is the general reserve; give this earmarked reserve another id");
        if (reader.expect_map(item, "an earmarked reserve", keys::earmarked_reserve)) {
            reserve.name = reader.required_name(item, "earmarked reserve");
            reserve.opening = opening_balance(reader, item).value_or(Money{});
            if (const Node* opening = item.find("opening")) reserve.opening_where = opening->at.ref();
        }
        scenario.reserves.push_back(std::move(reserve));
    }
}

void read_transfers(Reader& reader, const Node& list, Scenario& scenario) {
    std::vector<std::string> ids = reader.ids(list, "transfer", false);
    std::vector<std::string> reserve_ids = ids_of(scenario.reserves);
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const Node& item = list.items[i];
        ReserveTransfer transfer;
        transfer.id = ids[i];
        transfer.where = item.at.ref();
        if (reader.expect_map(item, "a reserve transfer", keys::transfer)) {
            if (const Node* node = reader.required(item, "reserve", "transfer"))
                transfer.reserve = reader.reference(*node, reserve_ids, "reserve").value_or(0);
            if (const Node* node = reader.required(item, "year", "transfer"))
                transfer.year = reader.year(*node, YearsAllowed::any).value_or(0);
            if (const Node* node = reader.required(item, "amount", "transfer")) {
                transfer.amount = reader.amount(*node).value_or(Money{});
                transfer.amount_where = node->at.ref();
            }
            if (const Node* node = item.find("label"))
                transfer.label = reader.text(*node, "label").value_or("");
        }
        if (transfer.label.empty()) transfer.label = transfer.id;
        scenario.transfers.push_back(std::move(transfer));
    }
}

}  // namespace

void read_reserves(Reader& reader, const Node& root, Scenario& scenario) {
    const Node* reserves = root.find("reserves");
    if (reserves && !reader.expect_map(*reserves, "reserves", keys::reserves)) reserves = nullptr;
    Reserve general;
    read_general(reader, reserves ? reserves->find("general") : nullptr, general);
    scenario.reserves.push_back(std::move(general));
    if (!reserves) return;
    if (const Node* list = reserves->find("earmarked");
        list && reader.expect_sequence(*list, "reserves.earmarked"))
        read_earmarked(reader, *list, scenario);
    if (const Node* list = reserves->find("transfers");
        list && reader.expect_sequence(*list, "reserves.transfers"))
        read_transfers(reader, *list, scenario);
    if (const Node* policy = reserves->find("policy")) read_reserves_policy(reader, *policy, scenario);
}

}  // namespace mtfp::load

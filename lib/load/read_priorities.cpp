// `priorities:` (format 1.1), each line's `priorities:` shares and each movement's
// `priority:`. Read after lines and movements (item i of each list is scenario line or
// movement i), so that read_lines and read_movements need not know about priorities.
// Shares go only on lines above net service expenditure and add to at most 100%.
#include <fmt/format.h>

#include "load/schema_keys.hpp"
#include "load/validate.hpp"

namespace mtfp::load {

namespace {

const Rate whole = Rate::from_units(Rate::scale);

void read_list(Reader& reader, const Node& list, Scenario& scenario) {
    std::vector<std::string> ids = reader.ids(list, "priority", true);
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const Node& item = list.items[i];
        Priority priority;
        priority.id = ids[i];
        priority.where = item.at.ref();
        if (reader.expect_map(item, "a priority", keys::priority)) {
            priority.name = reader.required_name(item, "priority");
        }
        scenario.priorities.push_back(std::move(priority));
    }
}

void read_shares(Reader& reader, const Node& node, const std::vector<std::string>& ids, BudgetLine& line) {
    if (line.section == Section::financing) {
        reader.report(node.at, fmt::format("line '{}' is a financing line: priority shares go only on lines "
                                           "above net service expenditure",
                                           line.id));
        return;
    }
    if (!node.is_map()) {
        reader.report(node.at,
                      "a line's priorities must be a mapping of priority: share (e.g. {safer: 40%})");
        return;
    }
    Rate total;
    for (const Entry& entry : node.entries) {
        Node key;
        key.kind = Node::Kind::scalar;
        key.text = entry.key;
        key.at = entry.key_at;
        std::optional<std::size_t> priority = reader.reference(key, ids, "priority");
        std::optional<Rate> share = reader.rate(entry.value);
        if (!priority || !share) continue;
        if (*share < Rate{}) {
            reader.report(entry.value.at, "a priority share cannot be negative");
            continue;
        }
        total = total + *share;
        line.priorities.push_back(PriorityShare{*priority, *share, entry.value.at.ref()});
    }
    if (total > whole)
        reader.report(node.at, fmt::format("line '{}': priority shares add to {}, more than 100%", line.id,
                                           total.to_percent_string()));
}

}  // namespace

void read_priorities(Reader& reader, const Node& root, Scenario& scenario) {
    if (const Node* list = root.find("priorities"); list && reader.expect_sequence(*list, "priorities"))
        read_list(reader, *list, scenario);
    const std::vector<std::string> ids = ids_of(scenario.priorities);
    if (const Node* lines = root.find("lines"); lines && lines->is_sequence()) {
        for (std::size_t i = 0; i < lines->items.size() && i < scenario.lines.size(); ++i) {
            if (!lines->items[i].is_map()) continue;
            if (const Node* shares = lines->items[i].find("priorities"))
                read_shares(reader, *shares, ids, scenario.lines[i]);
        }
    }
    if (const Node* movements = root.find("movements"); movements && movements->is_sequence()) {
        for (std::size_t i = 0; i < movements->items.size() && i < scenario.movements.size(); ++i) {
            if (!movements->items[i].is_map()) continue;
            if (const Node* priority = movements->items[i].find("priority"))
                scenario.movements[i].priority = reader.reference(*priority, ids, "priority");
        }
    }
}

}  // namespace mtfp::load

#include "load/merge.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "model/suggest.hpp"
#include "money/fiscal_year.hpp"

namespace mtfp::load {

namespace {

const std::string& id_of(const Node& item) {
    return item.find("id")->text;
}

bool is_removal(const Node& item) {
    const Node* remove = item.find("remove");
    return remove && remove->is_scalar() &&
           (remove->text == "true" || remove->text == "True" || remove->text == "TRUE");
}

void merge_by_id(Node& base, Node child, Problems& problems) {
    std::vector<bool> from_child(base.items.size(), false);
    for (Node& item : child.items) {
        std::string id = id_of(item);
        auto inherited = std::find_if(base.items.begin(), base.items.end(), [&](const Node& candidate) {
            const Node* candidate_id = candidate.is_map() ? candidate.find("id") : nullptr;
            return candidate_id && candidate_id->is_scalar() && candidate_id->text == id;
        });
        auto position = static_cast<std::size_t>(inherited - base.items.begin());
        if (is_removal(item)) {
            for (const Entry& entry : item.entries)
                if (entry.key != "id" && entry.key != "remove")
                    problems.add(entry.key_at, "an item with 'remove: true' takes only its 'id'");
            if (inherited == base.items.end()) {
                std::vector<std::string> ids;
                for (const Node& candidate : base.items)
                    if (const Node* candidate_id = candidate.is_map() ? candidate.find("id") : nullptr)
                        ids.push_back(candidate_id->text);
                problems.add(item.at, fmt::format("nothing to remove: no inherited item has id '{}'{}", id,
                                                  problems.many() ? "" : did_you_mean(id, ids)));
                continue;
            }
            base.items.erase(inherited);
            from_child.erase(from_child.begin() + static_cast<std::ptrdiff_t>(position));
            continue;
        }
        item.erase("remove");  // `remove: false` is just an item
        // A second item with the same id in the child is appended, so validation
        // reports the duplicate where it was written.
        if (inherited == base.items.end() || from_child[position]) {
            base.items.push_back(std::move(item));
            from_child.push_back(true);
            continue;
        }
        merge_into(*inherited, std::move(item), problems);
        from_child[position] = true;
    }
    base.at = child.at;
}

// The inherited entry a child's key merges into. Fiscal years are compared as years, so
// a child's 2007-08 changes its parent's 2007/08 (both spellings are the format's); an
// entry this child already wrote is not matched again, so that a child giving one year
// in both spellings is still told it gave it twice.
Entry* inherited_entry(Node& base, const std::string& key, const std::vector<bool>& from_child) {
    std::optional<FiscalYear> year = FiscalYear::parse(key);
    for (std::size_t i = 0; i < base.entries.size(); ++i) {
        Entry& entry = base.entries[i];
        if (entry.key == key) return &entry;
        if (year && !from_child[i] && FiscalYear::parse(entry.key) == year) return &entry;
    }
    return nullptr;
}

}  // namespace

bool is_list_by_id(const Node& list) {
    if (!list.is_sequence() || list.items.empty()) return false;
    return std::all_of(list.items.begin(), list.items.end(), [](const Node& item) {
        const Node* id = item.is_map() ? item.find("id") : nullptr;
        return id && id->is_scalar();
    });
}

void drop_other_precept_mode(Node& precept, const Node& newer) {
    if (!precept.is_map() || !newer.is_map()) return;
    bool sets_increase = newer.find("band_d_increase") != nullptr;
    bool sets_mode = newer.find("mode") != nullptr;
    if (sets_increase && !sets_mode) precept.erase("mode");
    if (sets_mode && !sets_increase) precept.erase("band_d_increase");
    // A precept is cash (`base`) or Band D x tax base (`band_d`): setting one drops the other.
    if (newer.find("band_d") && !newer.find("base")) precept.erase("base");
    if (newer.find("base") && !newer.find("band_d")) precept.erase("band_d");
}

void merge_into(Node& base, Node child, Problems& problems) {
    if (base.is_map() && child.is_map()) {
        std::vector<bool> from_child(base.entries.size(), false);
        for (Entry& entry : child.entries) {
            Entry* inherited = inherited_entry(base, entry.key, from_child);
            if (!inherited) {
                base.entries.push_back(std::move(entry));
                from_child.push_back(true);
                continue;
            }
            if (entry.key == "precept") drop_other_precept_mode(inherited->value, entry.value);
            merge_into(inherited->value, std::move(entry.value), problems);
            inherited->key = entry.key;
            inherited->key_at = entry.key_at;
            from_child[static_cast<std::size_t>(inherited - base.entries.data())] = true;
        }
        base.at = child.at;  // a missing key is reported at the map the user wrote last
        return;
    }
    if (base.is_sequence() && is_list_by_id(child)) {
        merge_by_id(base, std::move(child), problems);
        return;
    }
    base = std::move(child);
}

}  // namespace mtfp::load

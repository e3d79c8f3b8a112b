#include <fmt/format.h>

#include "load/schema_keys.hpp"
#include "load/validate.hpp"

namespace mtfp::load {

namespace {

// base, then per plan year a cash amount (a settlement) or growth on the year before.
// A year's amount wins over that year's growth (docs/model.md: "an explicit cash amount or
// else" growth): a settlement announced over a growth path, in a child file or with
// --set, replaces that year's growth and later years grow from it.
void read_grant(Reader& reader, const Node& node, const std::string& what, Grant& grant) {
    grant.where = node.at.ref();
    grant.by_year.assign(reader.year_count(), GrantYear{});
    if (const Node* base = reader.required(node, "base", what)) {
        grant.base = reader.amount(*base).value_or(Money{});
        grant.base_where = base->at.ref();
    }
    std::vector<std::optional<Money>> amounts(reader.year_count());
    std::vector<Where> amount_where;
    if (const Node* node_amounts = node.find("amounts"))
        amounts = reader.amounts_by_year(*node_amounts, YearsAllowed::plan_only, "amounts", &amount_where);
    if (const Node* growth = node.find("growth")) {
        std::vector<Where> growth_where;
        std::vector<Rate> rates =
            reader.rates_by_year(*growth, false, Rate{}, what + " growth", &growth_where);
        for (std::size_t y = 1; y < rates.size() && y < grant.by_year.size(); ++y) {
            grant.by_year[y].growth = rates[y];
            grant.by_year[y].where = growth_where[y].ref();
        }
    }
    for (std::size_t y = 1; y < amounts.size(); ++y) {
        grant.by_year[y].amount = amounts[y];
        if (amounts[y]) grant.by_year[y].where = amount_where[y].ref();
    }
}

}  // namespace

void read_grants(Reader& reader, const Node& root, Scenario& scenario) {
    scenario.general_grant.id = "general";
    scenario.general_grant.name = "Central funding";
    scenario.general_grant.by_year.assign(reader.year_count(), GrantYear{});
    const Node* grants = reader.required(root, "grants", "the scenario");
    if (!grants || !reader.expect_map(*grants, "grants", keys::grants)) return;

    if (const Node* general = reader.required(*grants, "general", "grants")) {
        if (reader.expect_map(*general, "the general grant", keys::general_grant)) {
            read_grant(reader, *general, "the general grant", scenario.general_grant);
            if (const Node* name = general->find("name"))
                scenario.general_grant.name = reader.text(*name, "name").value_or("");
        }
    }
    if (const Node* list = grants->find("specific");
        list && reader.expect_sequence(*list, "grants.specific")) {
        std::vector<std::string> ids = reader.ids(*list, "specific grant", true);
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Node& item = list->items[i];
            Grant grant;
            grant.id = ids[i];
            grant.by_year.assign(reader.year_count(), GrantYear{});
            if (reader.expect_map(item, "a specific grant", keys::specific_grant)) {
                grant.name = reader.required_name(item, "specific grant");
                read_grant(reader, item, fmt::format("specific grant '{}'", grant.id), grant);
            }
            grant.where = item.at.ref();
            scenario.specific_grants.push_back(std::move(grant));
        }
    }
    if (const Node* index = grants->find("real_terms_index"))
        scenario.real_terms_index = reader.reference(*index, ids_of(scenario.indices), "index");
}

}  // namespace mtfp::load

#include <fmt/format.h>

#include "load/validate.hpp"

namespace mtfp::load {

void read_indices(Reader& reader, const Node& root, Scenario& scenario) {
    const Node* indices = root.find("indices");
    if (!indices) return;
    if (!indices->is_map()) {
        reader.report(indices->at, "indices must be a mapping of name: rate, got " + describe(*indices));
        return;
    }
    for (const Entry& entry : indices->entries) {
        InflationIndex index;
        index.id = entry.key;
        std::vector<Where> where;
        index.rate_by_year =
            reader.rates_by_year(entry.value, true, Rate{}, fmt::format("index '{}'", entry.key), &where);
        for (const Where& at : where) index.rate_where.push_back(at.ref());
        index.where = entry.key_at.ref();
        scenario.indices.push_back(std::move(index));
    }
}

}  // namespace mtfp::load

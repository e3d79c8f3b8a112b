#include <fmt/format.h>

#include "load/schema_keys.hpp"
#include "load/validate.hpp"

namespace mtfp::load {

void read_subjectives(Reader& reader, const Node& root, Scenario& scenario) {
    const Node* list = root.find("subjectives");
    if (!list || !reader.expect_sequence(*list, "subjectives", limits::max_subjectives)) return;
    std::vector<std::string> ids = reader.ids(*list, "subjective", true);
    std::vector<std::string> index_ids = ids_of(scenario.indices);
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const Node& item = list->items[i];
        Subjective subjective;
        subjective.id = ids[i];
        subjective.where = item.at.ref();
        if (reader.expect_map(item, "a subjective", keys::subjective)) {
            subjective.name = reader.required_name(item, "subjective");
            if (const Node* index = reader.required(item, "index", "subjective"))
                subjective.index = reader.reference(*index, index_ids, "index").value_or(0);
        }
        scenario.subjectives.push_back(std::move(subjective));
    }
}

}  // namespace mtfp::load

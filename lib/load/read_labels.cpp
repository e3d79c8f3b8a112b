#include <fmt/format.h>

#include <algorithm>

#include "load/read_savings.hpp"
#include "load/schema_keys.hpp"
#include "model/suggest.hpp"

namespace mtfp::load {

namespace {

// A mapping of known names to text; an unknown name is reported with "did you mean".
void read_names(Reader& reader, const Node& node, const std::vector<std::string>& known,
                std::string_view what, std::map<std::string, std::string>& out) {
    for (const Entry& entry : node.entries) {
        if (entry.key == "titles" && &known == &keys::label_rows) continue;
        if (std::find(known.begin(), known.end(), entry.key) == known.end()) {
            reader.report(entry.key_at, fmt::format("unknown {} '{}' in labels{}", what, entry.key,
                                                    reader.hint(entry.key, known)));
            continue;
        }
        if (std::optional<std::string> text = reader.text(entry.value, "a label")) out[entry.key] = *text;
    }
}

}  // namespace

void read_labels(Reader& reader, const Node& root, Scenario& scenario) {
    const Node* node = root.find("labels");
    if (!node) return;
    if (!node->is_map()) {
        reader.report(node->at,
                      fmt::format("labels must be a mapping of row key: label, got {}", describe(*node)));
        return;
    }
    read_names(reader, *node, keys::label_rows, "row key", scenario.labels.rows);
    if (const Node* titles = node->find("titles")) {
        if (!titles->is_map()) {
            reader.report(
                titles->at,
                fmt::format("labels.titles must be a mapping of table id: title, got {}", describe(*titles)));
            return;
        }
        read_names(reader, *titles, keys::table_ids, "table id", scenario.labels.titles);
    }
}

}  // namespace mtfp::load

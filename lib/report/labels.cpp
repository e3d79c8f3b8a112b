// Labels for any force: the scenario's `labels` applied over the built tables, so each
// builder keeps the published labels as its defaults and a v1 scenario's output is the
// same as before. A row is renamed by its key (Table 3's per-year rows by the part after
// the year, keeping the year where the label starts with it); a table by its id, every
// grid of it ("Table 4: MPA Reserves by year" follows "Table 4: MPA Reserves"). "Total
// MPS" renamed is renamed in titles and column headers too.
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    if (from.empty()) return;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// "2026/27:pensions" -> {"2026/27", "pensions"}; other keys have no year.
std::pair<std::string, std::string> split_year(const std::string& key) {
    const std::size_t colon = key.find(':');
    if (colon == 7 && key[4] == '/') return {key.substr(0, colon), key.substr(colon + 1)};
    return {"", key};
}

void rename_row(const Labels& labels, Row& row) {
    const auto [year, key] = split_year(row.key);
    const auto found = labels.rows.find(key);
    if (found == labels.rows.end()) return;
    row.label = !year.empty() && row.label.starts_with(year) ? year + " " + found->second : found->second;
}

}  // namespace

void apply_labels(const Scenario& scenario, std::vector<Table>& tables) {
    const Labels& labels = scenario.labels;
    if (labels.rows.empty() && labels.titles.empty()) return;
    std::map<std::string, std::string> first_title;  // by table id: the published title of its first grid
    for (Table& table : tables) {
        // Table 2's rows are the scenario's subjectives, named by the scenario.
        if (table.key != "table2")
            for (Row& row : table.rows) rename_row(labels, row);
        first_title.emplace(table.key, table.title);
        if (const auto title = labels.titles.find(table.key); title != labels.titles.end()) {
            const std::string published = first_title[table.key];
            // "MPA Reserves" over Table 4's labels is its title's name for the reserves.
            if (!table.label_header.empty() && published.ends_with(table.label_header))
                table.label_header = title->second;
            if (table.title.starts_with(published))
                table.title = title->second + table.title.substr(published.size());
            else
                table.title = title->second;
        }
        if (const auto mps = labels.rows.find("total_mps"); mps != labels.rows.end()) {
            replace_all(table.title, "Total MPS", mps->second);
            for (Column& column : table.columns) {
                if (column.header.find("Total MPS") == std::string::npos) continue;
                replace_all(column.header, "Total MPS", mps->second);
                column.text_header.clear();
            }
        }
    }
}

}  // namespace mtfp::report

#include "explain/rows.hpp"

#include <algorithm>

#include "explain/explanation.hpp"
#include "explain/levers.hpp"

namespace mtfp {

namespace explaining {

namespace {

template <typename Items>
std::optional<std::size_t> position_of(const Items& items, std::string_view id) {
    auto found = std::find_if(items.begin(), items.end(), [id](const auto& item) { return item.id == id; });
    if (found == items.end()) return std::nullopt;
    return static_cast<std::size_t>(found - items.begin());
}

}  // namespace

std::optional<ParsedRow> parse_row(const Scenario& scenario, std::string_view row) {
    const std::size_t colon = row.find(':');
    const std::string_view head = row.substr(0, colon);
    const std::string_view id = colon == std::string_view::npos ? std::string_view{} : row.substr(colon + 1);
    const bool has_id = colon != std::string_view::npos;
    ParsedRow parsed;
    if (!has_id) {
        if (std::find(summary_names.begin(), summary_names.end(), head) != summary_names.end()) {
            parsed.name = std::string(head);
            return parsed;
        }
        if (head == "gap_before_savings")
            return ParsedRow{ParsedRow::Kind::gap_before_savings, "", 0, {}, {}};
        if (head == "new_gap") return ParsedRow{ParsedRow::Kind::new_gap, "", 0, {}, {}};
        if (head != "first_below" && shows_lever(scenario, head))
            return ParsedRow{ParsedRow::Kind::lever, std::string(head), 0, {}, {}};
    }
    auto movement = std::find(movement_names.begin(), movement_names.end(), head);
    if (movement != movement_names.end()) {
        parsed.kind = ParsedRow::Kind::movement;
        parsed.movement = static_cast<PlanMovement>(movement - movement_names.begin());
        if (!has_id) return parsed;
        parsed.line = position_of(scenario.lines, id);
        if (parsed.line) return parsed;
        return std::nullopt;
    }
    if (!has_id) return std::nullopt;
    if (head == "line") {
        if (auto line = position_of(scenario.lines, id))
            return ParsedRow{ParsedRow::Kind::line, "", *line, {}, {}};
    } else if (head == "grant") {
        if (id == "general") return ParsedRow{ParsedRow::Kind::grant, "", 0, {}, {}};
        if (auto grant = position_of(scenario.specific_grants, id))
            return ParsedRow{ParsedRow::Kind::grant, "", *grant + 1, {}, {}};
    } else if (head == "reserve") {
        if (auto reserve = position_of(scenario.reserves, id))
            return ParsedRow{ParsedRow::Kind::reserve, "", *reserve, {}, {}};
    } else if (head == "first_below" && shows_lever(scenario, head)) {
        if (auto reserve = position_of(scenario.reserves, id))
            return ParsedRow{ParsedRow::Kind::lever, "first_below", *reserve, {}, {}};
    }
    return std::nullopt;
}

}  // namespace explaining

std::vector<std::string> explainable_rows(const Scenario& scenario) {
    std::vector<std::string> rows;
    for (const BudgetLine& line : scenario.lines) rows.push_back("line:" + line.id);
    for (std::string_view name : explaining::summary_names) rows.emplace_back(name);
    for (std::string_view name : explaining::movement_names) {
        rows.emplace_back(name);
        for (const BudgetLine& line : scenario.lines) rows.push_back(std::string(name) + ":" + line.id);
    }
    rows.push_back("grant:general");
    for (const Grant& grant : scenario.specific_grants) rows.push_back("grant:" + grant.id);
    for (const Reserve& reserve : scenario.reserves) rows.push_back("reserve:" + reserve.id);
    rows.emplace_back("gap_before_savings");
    rows.emplace_back("new_gap");
    for (std::string_view name : explaining::lever_names) {
        if (!explaining::shows_lever(scenario, name)) continue;
        if (name != "first_below") rows.emplace_back(name);
        if (name == "first_below")
            for (const Reserve& reserve : scenario.reserves) rows.push_back("first_below:" + reserve.id);
    }
    return rows;
}

bool row_allows_year(const std::string& row, YearIndex year) {
    if (year > 0) return true;
    const std::string_view head = std::string_view(row).substr(0, row.find(':'));
    if (head == "gap_before_savings" || head == "new_gap" || head == "gap_before_reserves" ||
        head == "savings_at_risk" || head == "risk_adjusted_gap")
        return false;
    return std::find(explaining::movement_names.begin(), explaining::movement_names.end(), head) ==
           explaining::movement_names.end();
}

}  // namespace mtfp

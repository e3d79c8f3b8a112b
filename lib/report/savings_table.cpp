// The savings schedule (--table savings): each efficiency item with its line, owner,
// status and whether it is cashable, its amounts by plan year and the same adjusted for
// delivery risk (amount + the part at risk), then totals by status. Non-cashable items are
// listed but move no budget figure, so their risk-adjusted amounts are left empty and
// they are totalled apart.
#include <array>
#include <string_view>

#include "model/savings_programme.hpp"
#include "report/cells.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

constexpr std::array<std::string_view, saving_status_count> status_names{"delivered", "green", "amber",
                                                                         "red"};

Cell text_cell(std::string text, JsonPath path) {
    Cell cell;
    cell.text = std::move(text);
    cell.json_path = std::move(path);
    return cell;
}

std::string item_key(const Scenario& scenario, std::size_t m) {
    const Movement& movement = scenario.movements[m];
    return movement.id.empty() ? "movement:" + std::to_string(m + 1) : movement.id;
}

struct Totals {
    std::vector<Money> amounts, risk_adjusted;
};

std::vector<Column> columns(const Scenario& scenario) {
    std::vector<Column> result{{"line", "Line", {"Line"}},
                               {"owner", "Owner", {"Owner"}},
                               {"status", "Status", {"Status"}},
                               {"cashable", "Cashable", {"Cashable"}}};
    for (YearIndex y = 1; y < scenario.year_count(); ++y) {
        const std::string year = year_key(scenario, y);
        result.push_back(Column{"amount:" + year, "Saving " + year, {"Saving", year}});
    }
    for (YearIndex y = 1; y < scenario.year_count(); ++y) {
        const std::string year = year_key(scenario, y);
        result.push_back(Column{"risk_adjusted:" + year, "Risk-adjusted " + year, {"Risk-adj.", year}});
    }
    return result;
}

Row totals_row(const Scenario& scenario, const std::string& key, std::string label, const Totals& totals,
               bool with_risk, RowStyle style) {
    std::vector<Cell> cells(4);
    for (YearIndex y = 1; y < scenario.year_count(); ++y)
        cells.push_back(money_cell(totals.amounts[y], {"totals", key, "amounts", year_key(scenario, y)}));
    for (YearIndex y = 1; y < scenario.year_count(); ++y)
        cells.push_back(with_risk ? money_cell(totals.risk_adjusted[y],
                                               {"totals", key, "risk_adjusted", year_key(scenario, y)})
                                  : Cell{});
    return row("total:" + key, std::move(label), style, std::move(cells));
}

}  // namespace

Table build_savings_table(const Scenario& scenario, const Plan& plan) {
    Table table = table_of("savings", "Savings schedule", TableLayout::paths, columns(scenario), "Saving");
    table.column_units.assign(4, " ");
    table.json_objects.push_back({"items"});
    table.notes.push_back(
        "Risk-adjusted: the saving less the part at risk, round(|saving| x the risk of its "
        "status); an item without a status counts as green.");
    const std::size_t years = scenario.year_count();
    std::array<Totals, saving_status_count> by_status;
    for (Totals& totals : by_status) totals = {std::vector<Money>(years), std::vector<Money>(years)};
    Totals all{std::vector<Money>(years), std::vector<Money>(years)};
    Totals non_cashable{std::vector<Money>(years), std::vector<Money>(years)};

    for (std::size_t m = 0; m < scenario.movements.size(); ++m) {
        const Movement& movement = scenario.movements[m];
        if (movement.kind != MovementKind::efficiency) continue;
        const SavingsItem& item = movement.savings;
        const std::string key = item_key(scenario, m);
        const auto at = [&](std::string field) { return JsonPath{"items", key, std::move(field)}; };
        std::vector<Cell> cells{
            text_cell(scenario.lines[movement.line].id, at("line")), text_cell(item.owner, at("owner")),
            text_cell(std::string(status_names[static_cast<std::size_t>(item.status_or_green())]) +
                          (item.status ? "" : " (default)"),
                      at("status")),
            text_cell(item.cashable ? "yes" : "no", at("cashable"))};
        if (item.owner.empty()) cells[1] = Cell{};
        Totals& group =
            item.cashable ? by_status[static_cast<std::size_t>(item.status_or_green())] : non_cashable;
        for (YearIndex y = 1; y < years; ++y) {
            const Money amount = movement.amount_by_year[y];
            cells.push_back(money_cell(amount, {"items", key, "amounts", year_key(scenario, y)}));
            group.amounts[y] += amount;
            if (item.cashable) all.amounts[y] += amount;
        }
        for (YearIndex y = 1; y < years; ++y) {
            if (!item.cashable) {
                cells.emplace_back();
                continue;
            }
            const Money adjusted = movement.amount_by_year[y] + plan.savings.item_at_risk[m][y];
            cells.push_back(money_cell(adjusted, {"items", key, "risk_adjusted", year_key(scenario, y)}));
            group.risk_adjusted[y] += adjusted;
            all.risk_adjusted[y] += adjusted;
        }
        table.rows.push_back(row("item:" + key, movement.label, RowStyle::line, std::move(cells)));
    }
    table.rows.push_back(heading("heading:totals", "Cashable savings by status:"));
    for (std::size_t s = 0; s < saving_status_count; ++s) {
        const std::string name(status_names[s]);
        std::string label = name;
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
        table.rows.push_back(totals_row(scenario, name, label, by_status[s], true, RowStyle::line));
    }
    table.rows.push_back(
        totals_row(scenario, "cashable", "Total cashable savings", all, true, RowStyle::total));
    table.rows.push_back(totals_row(scenario, "non_cashable", "Non-cashable (not in the budget)",
                                    non_cashable, false, RowStyle::line));
    return table;
}

}  // namespace mtfp::report

// The itemised schedule: every movement item of the scenario with its line, label and
// amount per year, grouped by Table 3's rows (the base year's in-year movements and
// virements first), each one-off item's reversal listed under it in the year after, the
// inflation of each line in its own row, and a total per row. Each total equals that
// row of Table 3 summed over every line (not only Total MPS), and is stated as the sum
// of the rows above it. Row keys say the group: "efficiency:ID" (an item; "#N" for the
// N-th movement where it has no id), "efficiency:reversal:ID", "inflation:LINE",
// "total:efficiency".
#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

struct Group {
    std::string key;    // Table 3's row key, e.g. "efficiency"
    std::string label;  // Table 3's label, e.g. "Efficiency and other savings"
};

// Table 3's movement rows as it labels them: in-year first, then PlanMovement's order.
std::vector<Group> groups_of(const Scenario& scenario, const Plan& plan) {
    const Table table3 = build_table3(scenario, plan);
    std::vector<Group> groups{{table3.rows[1].key, table3.rows[1].label}};
    const std::string prefix = year_key(scenario, 1) + ":";
    for (std::size_t m = 0; m < plan_movement_count; ++m) {
        const Row& row = table3.rows[4 + m];  // budget book, in-year, base, spacer, then the rows
        groups.push_back(Group{row.key.substr(prefix.size()), row.label});
    }
    return groups;
}

std::string item_key(const Movement& movement, std::size_t position) {
    return movement.id.empty() ? "#" + std::to_string(position + 1) : movement.id;
}

// The group a movement is listed in: 0 for the base year's kinds, else 1 + its row.
std::size_t group_of(MovementKind kind) {
    switch (kind) {
        case MovementKind::in_year:
        case MovementKind::virement:
            return 0;
        case MovementKind::committed_increase:
            return 1 + static_cast<std::size_t>(PlanMovement::committed_increases);
        case MovementKind::committed_decrease:
            return 1 + static_cast<std::size_t>(PlanMovement::committed_decreases);
        case MovementKind::efficiency:
            return 1 + static_cast<std::size_t>(PlanMovement::efficiency);
        case MovementKind::new_initiative:
            return 1 + static_cast<std::size_t>(PlanMovement::new_initiatives);
        case MovementKind::pensions:
            break;
    }
    return 1 + static_cast<std::size_t>(PlanMovement::pensions);
}

class ScheduleBuilder {
public:
    ScheduleBuilder(const Scenario& scenario, Table& table) : scenario_(scenario), table_(table) {}

    void item(std::string key, std::string label, const std::vector<Money>& by_year) {
        std::vector<Cell> cells;
        for (YearIndex y = 0; y < scenario_.year_count(); ++y) cells.push_back(money_cell(by_year[y]));
        table_.rows.push_back(row(key, std::move(label), RowStyle::line, std::move(cells)));
        members_.push_back(std::move(key));
    }

    void total(const Group& group) {
        std::vector<Cell> cells;
        for (YearIndex y = 0; y < scenario_.year_count(); ++y) {
            Money total;
            for (std::size_t r = first_; r < table_.rows.size(); ++r) total += *table_.rows[r].cells[y].money;
            cells.push_back(money_cell(total));
        }
        table_.rows.push_back(row("total:" + group.key, "Total " + group.label, RowStyle::subtotal, cells));
        if (!members_.empty()) state_formula(table_, "total:" + group.key, plus_each(members_));
    }

    void start(const Group& group) {
        table_.rows.push_back(heading("heading:" + group.key, group.label));
        first_ = table_.rows.size();
        members_.clear();
    }

private:
    const Scenario& scenario_;
    Table& table_;
    std::size_t first_ = 0;
    std::vector<std::string> members_;
};

std::string item_label(const Scenario& scenario, const Movement& movement) {
    std::string label = scenario.lines[movement.line].name + ": " + movement.label;
    if (movement.kind == MovementKind::virement) label += " (virement)";
    if (movement.one_off && movement.label.find("one-off") == std::string::npos) label += " (one-off)";
    return label;
}

}  // namespace

Table build_movements_table(const Scenario& scenario, const Plan& plan) {
    Table table = table_of("movements", "Schedule of budget movements", TableLayout::rows,
                           year_columns(scenario, true), "Line: item");
    const std::size_t years = scenario.year_count();
    const std::vector<Group> groups = groups_of(scenario, plan);
    ScheduleBuilder schedule(scenario, table);

    for (std::size_t g = 0; g < groups.size(); ++g) {
        schedule.start(groups[g]);
        if (g == 1 + static_cast<std::size_t>(PlanMovement::inflation)) {
            for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
                std::vector<Money> inflation(years);
                for (YearIndex y = 1; y < years; ++y)
                    inflation[y] =
                        plan.lines.movements(l, y)[static_cast<std::size_t>(PlanMovement::inflation)];
                schedule.item("inflation:" + scenario.lines[l].id, scenario.lines[l].name, inflation);
            }
        }
        for (std::size_t m = 0; m < scenario.movements.size(); ++m) {
            const Movement& movement = scenario.movements[m];
            if (group_of(movement.kind) != g) continue;
            const std::string key = item_key(movement, m);
            schedule.item(groups[g].key + ":" + key, item_label(scenario, movement), movement.amount_by_year);
            if (!movement.one_off) continue;
            std::vector<Money> reversal(years);
            bool any = false;
            for (YearIndex y = 1; y + 1 < years; ++y) {
                reversal[y + 1] = -movement.amount_by_year[y];
                any = any || !movement.amount_by_year[y].is_zero();
            }
            if (any)
                schedule.item(
                    groups[g].key + ":reversal:" + key,
                    scenario.lines[movement.line].name + ": " + movement.label + " (one-off, reversed)",
                    reversal);
        }
        schedule.total(groups[g]);
    }
    table.notes.push_back(
        "Every line, every item; each total equals that row of Table 3 summed over "
        "every line, not only Total MPS.");
    return table;
}

}  // namespace mtfp::report

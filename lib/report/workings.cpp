// The workbook as a live model: the Workings sheet states each line and subjective's
// budget as the engine computes it, inflation as ROUND(previous recurring budget x (1 +
// the index rate on the Assumptions sheet)) less that budget, the rest of each year's
// change (movements, one-off items dropping out, capital consequences) as values. The
// Summary's lines, Table 2's subjectives, Table 3's and the bridge's inflation and the
// grants' real-terms changes are then formulas over it, so that a spreadsheet user who
// edits a pay or prices rate sees every figure move as `mtfp run --set` would move it.
// A formula is stated only where the figures it sums equal the engine's exactly.
#include "report/workings.hpp"

#include "money/rounding.hpp"
#include "project/sum.hpp"
#include "report/cells.hpp"
#include "report/formulas.hpp"

namespace mtfp::report {

namespace {

// The cells (line and subjective) that carry a budget in some year: the only rows shown.
struct UsedCell {
    std::size_t line, subjective, cell;
};

std::vector<UsedCell> cells_used(const Plan& plan) {
    std::vector<UsedCell> used;
    const PlanLines& lines = plan.lines;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        for (std::size_t c = lines.begin(l); c < lines.end(l); ++c) {
            bool any = false;
            for (YearIndex y = 0; y < lines.years; ++y)
                any = any || !lines.draft_at(c, y).is_zero() || !lines.recurring_at(c, y).is_zero();
            if (any) used.push_back(UsedCell{l, lines.subjective[c], c});
        }
    }
    return used;
}

std::string pair_key(const Scenario& scenario, std::size_t l, std::size_t s) {
    return scenario.lines[l].id + ":" + scenario.subjectives[s].id;
}

Rate rate_of(const Scenario& scenario, std::size_t s, YearIndex y) {
    return scenario.indices[scenario.subjectives[s].index].rate_by_year[y];
}

Money inflation_of(const Scenario& scenario, const Plan& plan, const UsedCell& used, YearIndex y) {
    return apply_rate(plan.lines.recurring_at(used.cell, y - 1), rate_of(scenario, used.subjective, y));
}

FormulaTerm in_workings(const std::string& row, const std::string& column_key = {}) {
    return FormulaTerm{row, Sign::plus, ColumnRef::same, "workings", column_key};
}

}  // namespace

Table build_workings(const Scenario& scenario, const Plan& plan) {
    Table table{.key = "workings",
                .title = "Workings: each line's budget by subjective",
                .layout = TableLayout::paths,  // never drawn as JSON
                .columns = year_columns(scenario, true),
                .label_header = "Line and subjective"};
    table.notes.push_back(
        "Inflation = ROUND(last year's recurring budget x (1 + the index rate on the Assumptions sheet)) "
        "less "
        "that budget; the other rows are the scenario's movements as values. Edit a rate on the Assumptions "
        "sheet and every table follows.");
    for (const UsedCell& used : cells_used(plan)) {
        const std::size_t l = used.line, s = used.subjective, c = used.cell;
        const std::string key = pair_key(scenario, l, s);
        const std::string index = "index:" + scenario.indices[scenario.subjectives[s].index].id;
        std::vector<Cell> draft, inflation, not_carried, changes;
        for (YearIndex y = 0; y < scenario.year_count(); ++y) {
            const Money budget = plan.lines.draft_at(c, y);
            draft.push_back(money_cell(budget));
            not_carried.push_back(money_cell(plan.lines.recurring_at(c, y) - budget));
            if (y == 0) {
                inflation.push_back(Cell{});
                changes.push_back(Cell{});
                continue;
            }
            const Money inflated = inflation_of(scenario, plan, used, y);
            const Money carried = plan.lines.recurring_at(c, y - 1);
            inflation.push_back(money_cell(inflated));
            changes.push_back(money_cell(budget - carried - inflated));
            // draft(Y) = draft(Y-1) + not carried(Y-1) + inflation(Y) + changes(Y)
            draft.back().formula = Formula{{plus("draft:" + key, ColumnRef::previous),
                                            plus("not_carried:" + key, ColumnRef::previous),
                                            plus("inflation:" + key), plus("changes:" + key)}};
            // ROUND(recurring x (1 + rate)) - recurring, recurring = draft + not carried
            inflation.back().formula = Formula{
                {plus("draft:" + key, ColumnRef::previous), plus("not_carried:" + key, ColumnRef::previous)},
                {plus_in("assumptions", index)},
                {minus("draft:" + key, ColumnRef::previous),
                 minus("not_carried:" + key, ColumnRef::previous)}};
        }
        const std::string name = scenario.lines[l].name + ": " + scenario.subjectives[s].name;
        table.rows.push_back(row("draft:" + key, name, RowStyle::subtotal, std::move(draft)));
        table.rows.push_back(row("inflation:" + key, "  inflation", RowStyle::line, std::move(inflation)));
        table.rows.push_back(
            row("changes:" + key, "  movements and other changes", RowStyle::line, std::move(changes)));
        table.rows.push_back(row("not_carried:" + key, "  not carried forward (one-off, capital)",
                                 RowStyle::line, std::move(not_carried)));
    }
    return table;
}

void link_to_workings(const Scenario& scenario, const Plan& plan, std::vector<Table>& tables) {
    const auto used = cells_used(plan);
    for (Table& table : tables) {
        if (table.key == "summary") {
            for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
                std::vector<FormulaTerm> terms;
                for (const UsedCell& cell : used)
                    if (cell.line == l)
                        terms.push_back(in_workings("draft:" + pair_key(scenario, l, cell.subjective)));
                const std::string key = "line:" + scenario.lines[l].id;
                if (terms.empty() || !table.find_row(key)) continue;
                state_formula_by_column(
                    table, key,
                    [&](std::size_t c) -> std::optional<Formula> {
                        const YearIndex y = c - 2;  // budget book, revised, outturn, then the plan years
                        Money sum;
                        for (const UsedCell& cell : used)
                            if (cell.line == l) sum += plan.lines.draft_at(cell.cell, y);
                        if (sum != plan.years[y].line_budget[l]) return std::nullopt;
                        return Formula{terms};
                    },
                    3);
            }
        } else if (table.key == "table2") {
            for (std::size_t s = 0; s < scenario.subjectives.size(); ++s) {
                std::vector<FormulaTerm> terms;
                for (const UsedCell& cell : used)
                    if (cell.subjective == s)
                        terms.push_back(in_workings("draft:" + pair_key(scenario, cell.line, s)));
                if (terms.empty() || !table.find_row(scenario.subjectives[s].id)) continue;
                state_formula_by_column(table, scenario.subjectives[s].id,
                                        [&](std::size_t y) -> std::optional<Formula> {
                                            Money sum;
                                            for (const UsedCell& cell : used)
                                                if (cell.subjective == s)
                                                    sum += plan.lines.draft_at(cell.cell, y);
                                            if (sum != plan.subjective_totals[s][y]) return std::nullopt;
                                            return Formula{terms};
                                        });
            }
        } else if (table.key == "table3" || (table.key == "gap" && table.find_row("inflation"))) {
            const bool mps_only = table.key == "table3";
            for (YearIndex y = 1; y < scenario.year_count(); ++y) {
                const std::string year = year_key(scenario, y);
                std::vector<FormulaTerm> terms;
                Money sum;
                for (const UsedCell& cell : used) {
                    if (mps_only && !is_mps(scenario.lines[cell.line].section)) continue;
                    terms.push_back(
                        in_workings("inflation:" + pair_key(scenario, cell.line, cell.subjective), year));
                    sum += inflation_of(scenario, plan, cell, y);
                }
                const std::string key = mps_only ? year + ":inflation" : "inflation";
                for (Row& row : table.rows) {
                    if (row.key != key) continue;
                    for (std::size_t c = 0; c < row.cells.size(); ++c) {
                        const bool this_year = mps_only || table.columns[c].key == year;
                        if (this_year && row.cells[c].money && *row.cells[c].money == sum)
                            row.cells[c].formula = Formula{terms};
                    }
                }
            }
        } else if (table.key == "grants" && scenario.real_terms_index) {
            const std::string index = "index:" + scenario.indices[*scenario.real_terms_index].id;
            std::vector<std::string> grants{"general"};
            for (const Grant& grant : scenario.specific_grants) grants.push_back("specific:" + grant.id);
            for (const std::string& grant : grants) {
                const std::string id = grant == "general" ? "general" : grant.substr(9);
                if (!table.find_row("real_terms:" + id)) continue;
                // cash(Y) - ROUND(cash(Y-1) x (1 + rate)), written as ROUND(-cash(Y-1) x ...) + cash(Y)
                state_formula_by_column(
                    table, "real_terms:" + id,
                    [&](std::size_t) {
                        return Formula{{minus(grant, ColumnRef::previous)},
                                       {plus_in("assumptions", index)},
                                       {plus(grant)}};
                    },
                    1);
            }
        }
    }
}

}  // namespace mtfp::report

// Grants and precept: each grant's cash by year (positive), each grant's real-terms
// change against the scenario's real-terms index (cash(Y) - round(cash(Y-1) x (1 +
// rate(Y)))), then the precept and the Band D increase it assumes or implies. The base
// year is shown for reference; the JSON lists plan years only, as docs/output-formats.md pins.
#include <algorithm>
#include <functional>

#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

using YearCell = std::function<Cell(YearIndex, JsonPath)>;

class GrantsBuilder {
public:
    GrantsBuilder(const Scenario& scenario, Table& table) : scenario_(scenario), table_(table) {}

    // One cell per column, base year first; path is below years/Y, for plan years only.
    void add(std::string key, std::string label, RowStyle style, JsonPath path, const YearCell& cell,
             bool in_base_year = true) {
        std::vector<Cell> cells;
        for (YearIndex y = 0; y < scenario_.year_count(); ++y) {
            JsonPath at;
            if (y > 0 && !path.empty()) {
                at = {"years", year_key(scenario_, y)};
                at.insert(at.end(), path.begin(), path.end());
            }
            cells.push_back(y == 0 && !in_base_year ? Cell{} : cell(y, std::move(at)));
        }
        table_.rows.push_back(row(std::move(key), std::move(label), style, std::move(cells)));
    }

private:
    const Scenario& scenario_;
    Table& table_;
};

// A grant's cash follows the Assumptions sheet: the settlement where one is given (and
// the base), else last year's cash grown by the year's growth, rounded once.
void state_grant_formulas(Table& table, const std::string& key, const Grant& grant) {
    const std::string id = grant.id;
    state_formula_by_column(table, key, [&](std::size_t y) {
        if (y == 0 || grant.by_year[y].amount)
            return Formula{{plus_in("assumptions", "settlement:" + id)}, {}};
        return Formula{{plus(key, ColumnRef::previous)}, {plus_in("assumptions", "growth:" + id)}};
    });
}

// The precept: the base from the inputs, then (Band D mode) last year's grown by the
// Band D increase and the tax base growth, rounded once. In balance mode the precept is
// what closes the gap, which no formula over inputs states.
void state_precept_formulas(const Scenario& scenario, Table& table) {
    const bool grows = scenario.precept.mode == PreceptMode::band_d_increase;
    // Council tax in pounds: Band D x tax base, rounded once, which no sum of cells states.
    if (scenario.precept.council_tax.in_pounds()) return;
    state_formula_by_column(table, "precept", [&](std::size_t y) -> std::optional<Formula> {
        if (y == 0) return Formula{{plus_in("assumptions", "precept")}, {}};
        if (!grows) return std::nullopt;
        return Formula{
            {plus("precept", ColumnRef::previous)},
            {plus_in("assumptions", "band_d_increase"), plus_in("assumptions", "tax_base_growth")}};
    });
}

YearCell money_by_year(const std::vector<Money>& figures) {
    return [&figures](YearIndex y, JsonPath path) { return money_cell(figures[y], std::move(path)); };
}

}  // namespace

Table build_grants_table(const Scenario& scenario, const Plan& plan) {
    Table table{.key = "grants",
                .title = "Grants and precept",
                .layout = TableLayout::paths,
                .columns = year_columns(scenario, true),
                .label_header = "Funding"};
    for (YearIndex y = 1; y < scenario.year_count(); ++y) {
        table.json_objects.push_back({"years", year_key(scenario, y), "specific"});
        table.json_objects.push_back({"years", year_key(scenario, y), "real_terms_change"});
    }
    const std::string index =
        scenario.real_terms_index ? scenario.indices[*scenario.real_terms_index].id : "";
    table.notes.push_back(index.empty() ? "No real-terms index is set, so real-terms changes are shown as 0."
                                        : "Real-terms change: cash less last year's cash grown by the " +
                                              index + " index.");

    GrantsBuilder b(scenario, table);
    table.rows.push_back(heading("heading:cash", "Cash:"));
    b.add("general", scenario.general_grant.name, RowStyle::line, {"general"},
          money_by_year(plan.general_grant));
    for (std::size_t g = 0; g < scenario.specific_grants.size(); ++g) {
        const Grant& grant = scenario.specific_grants[g];
        b.add("specific:" + grant.id, grant.name, RowStyle::line, {"specific", grant.id},
              money_by_year(plan.specific_grants[g]));
    }
    table.rows.push_back(heading("heading:real_terms", "Real-terms change:"));
    b.add("real_terms:general", scenario.general_grant.name, RowStyle::line, {"general_real_terms_change"},
          money_by_year(plan.general_real_terms_change), false);
    for (std::size_t g = 0; g < scenario.specific_grants.size(); ++g) {
        const Grant& grant = scenario.specific_grants[g];
        b.add("real_terms:" + grant.id, grant.name, RowStyle::line, {"real_terms_change", grant.id},
              money_by_year(plan.specific_real_terms_change[g]), false);
    }
    table.rows.push_back(heading("heading:precept", "Council tax:"));
    b.add("precept", "Precept", RowStyle::line, {"precept"}, money_by_year(plan.precept));
    b.add(
        "band_d_increase", "Band D increase", RowStyle::line, {"band_d_increase"},
        [&](YearIndex y, JsonPath path) {
            if (!plan.band_d_increase_has_no_rate[y])
                return rate_cell(plan.band_d_increase[y], std::move(path));
            Cell none;  // an increase from zero has no rate: n/a, and null in JSON
            none.blank = Blank::not_applicable;
            none.json_path = std::move(path);
            return none;
        },
        false);
    if (std::find(plan.band_d_increase_has_no_rate.begin(), plan.band_d_increase_has_no_rate.end(), true) !=
        plan.band_d_increase_has_no_rate.end())
        table.notes.push_back(
            "Band D increase n/a: the precept rises from zero, so the increase has no rate.");
    state_grant_formulas(table, "general", scenario.general_grant);
    for (const Grant& grant : scenario.specific_grants)
        state_grant_formulas(table, "specific:" + grant.id, grant);
    state_precept_formulas(scenario, table);
    return table;
}

}  // namespace mtfp::report

// The scenario's inputs, by year, as the Assumptions sheet of a workbook shows them
// beside the tables they drive: indices, grants (a settlement where one is given, else
// growth), the precept's Band D increase and tax base growth, reserves and the check
// parameters. Built from the Scenario, never from the Plan: these are the inputs.
#include <variant>

#include "report/cells.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

Table years_table(const Scenario& scenario, std::string title) {
    Table table;
    table.key = "assumptions";
    table.title = std::move(title);
    table.layout = TableLayout::paths;  // never drawn as JSON
    table.columns = year_columns(scenario, true);
    return table;
}

// A row with a cell in each plan year from the figure, and the base year empty.
template <typename Figure>
Row plan_years_row(const Scenario& scenario, std::string key, std::string label, const Figure& figure) {
    std::vector<Cell> cells{Cell{}};
    for (YearIndex y = 1; y < scenario.year_count(); ++y) cells.push_back(figure(y));
    return row(std::move(key), std::move(label), RowStyle::line, std::move(cells));
}

Table indices(const Scenario& scenario) {
    Table table = years_table(scenario, "Assumptions: inflation indices");
    table.label_header = "Index";
    for (const InflationIndex& index : scenario.indices) {
        table.rows.push_back(plan_years_row(scenario, "index:" + index.id, index.id,
                                            [&](YearIndex y) { return rate_cell(index.rate_by_year[y]); }));
    }
    return table;
}

void grant_rows(const Scenario& scenario, const Grant& grant, Table& table) {
    Row cash = plan_years_row(scenario, "settlement:" + grant.id, grant.name + ": cash", [&](YearIndex y) {
        return grant.by_year[y].amount ? money_cell(*grant.by_year[y].amount) : Cell{};
    });
    cash.cells[0] = money_cell(grant.base);
    table.rows.push_back(std::move(cash));
    table.rows.push_back(plan_years_row(
        scenario, "growth:" + grant.id, grant.name + ": growth",
        [&](YearIndex y) { return grant.by_year[y].amount ? Cell{} : rate_cell(grant.by_year[y].growth); }));
}

Table grants(const Scenario& scenario) {
    Table table = years_table(scenario, "Assumptions: grants");
    table.label_header = "Grant";
    table.notes.push_back(
        "Each year is a cash settlement where one is given, else growth on the year before.");
    grant_rows(scenario, scenario.general_grant, table);
    for (const Grant& grant : scenario.specific_grants) grant_rows(scenario, grant, table);
    return table;
}

Cell pence_cell(std::int64_t hundredths) {
    Cell cell;
    cell.hundredths = hundredths;
    return cell;
}

// Council tax in pounds: the base year's Band D and tax base, each year's published tax
// base where given, and the collection fund.
void council_tax_rows(const Scenario& scenario, Table& table) {
    const CouncilTax& tax = scenario.precept.council_tax;
    Row band_d = plan_years_row(scenario, "band_d", "Band D (£)", [](YearIndex) { return Cell{}; });
    band_d.cells[0] = pence_cell(*tax.band_d_pence);
    table.rows.push_back(std::move(band_d));
    table.rows.push_back(plan_years_row(scenario, "tax_base", "Tax base", [&](YearIndex y) {
        if (y == 0) return pence_cell(tax.tax_base_hundredths);
        return tax.tax_base_by_year[y] ? pence_cell(*tax.tax_base_by_year[y]) : Cell{};
    }));
    if (tax.has_collection_fund())
        table.rows.push_back(plan_years_row(scenario, "collection_fund", "Collection fund",
                                            [&](YearIndex y) { return money_cell(tax.collection_fund[y]); }));
}

Table precept(const Scenario& scenario) {
    const Precept& precept = scenario.precept;
    Table table = years_table(scenario, "Assumptions: precept");
    table.label_header = "Council tax";
    const CouncilTax& tax = precept.council_tax;
    if (tax.in_pounds()) {
        council_tax_rows(scenario, table);
    } else {
        Row base = plan_years_row(scenario, "precept", "Precept", [](YearIndex) { return Cell{}; });
        base.cells[0] = money_cell(precept.base);
        table.rows.push_back(std::move(base));
    }
    if (precept.mode == PreceptMode::band_d_increase) {
        table.rows.push_back(plan_years_row(scenario, "band_d_increase", "Band D increase", [&](YearIndex y) {
            if (tax.in_pounds() && tax.cash_increase_pence[y]) return pence_cell(*tax.cash_increase_pence[y]);
            return rate_cell(precept.band_d_increase_by_year[y]);
        }));
    } else {
        table.notes.push_back("The precept balances the budget each year (mode: balance).");
    }
    table.rows.push_back(plan_years_row(scenario, "tax_base_growth", "Tax base growth", [&](YearIndex y) {
        return rate_cell(precept.tax_base_growth_by_year[y]);
    }));
    if (precept.cap) {
        table.rows.push_back(plan_years_row(scenario, "cap", "Band D increase cap",
                                            [&](YearIndex) { return rate_cell(*precept.cap); }));
    }
    if (tax.cap_pence) {
        table.rows.push_back(plan_years_row(scenario, "cap", "Band D increase cap (£)",
                                            [&](YearIndex) { return pence_cell(*tax.cap_pence); }));
    }
    return table;
}

Table reserves(const Scenario& scenario) {
    Table table = years_table(scenario, "Assumptions: reserves and checks");
    table.label_header = "Reserve";
    for (const Reserve& reserve : scenario.reserves) {
        Row opening = plan_years_row(scenario, "opening:" + reserve.id, reserve.name + ": opening",
                                     [](YearIndex) { return Cell{}; });
        opening.cells[0] = money_cell(reserve.opening);
        table.rows.push_back(std::move(opening));
        if (!reserve.floor) continue;
        table.rows.push_back(
            plan_years_row(scenario, "floor:" + reserve.id, reserve.name + ": floor", [&](YearIndex) {
                return std::holds_alternative<Money>(*reserve.floor)
                           ? money_cell(std::get<Money>(*reserve.floor))
                           : rate_cell(std::get<Rate>(*reserve.floor));
            }));
    }
    const CheckParameters& checks = scenario.checks;
    if (checks.nre_growth_limit) {
        table.rows.push_back(plan_years_row(scenario, "nre_growth_limit", "NRE growth limit",
                                            [&](YearIndex) { return rate_cell(*checks.nre_growth_limit); }));
    }
    if (checks.efficiency_minimum) {
        table.rows.push_back(
            plan_years_row(scenario, "efficiency_minimum", "Minimum efficiency savings",
                           [&](YearIndex) { return rate_cell(*checks.efficiency_minimum); }));
    }
    table.notes.push_back("A floor given as a rate is a share of the year's net revenue expenditure.");
    return table;
}

}  // namespace

std::vector<Table> build_assumptions(const Scenario& scenario) {
    return {indices(scenario), grants(scenario), precept(scenario), reserves(scenario)};
}

}  // namespace mtfp::report

// The council tax table (--table council_tax): for council tax in pounds, Band D, its
// increase in pounds and as a rate, the tax base, the precept and the collection fund, then
// the referendum limit and the headroom under it; for a cash precept, the precept and the
// rate only. Base year first; the JSON places each figure under years/Y.
#include <functional>

#include "report/cells.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

Cell hundredths_cell(std::int64_t value, JsonPath path) {
    Cell cell;
    cell.hundredths = value;
    cell.json_path = std::move(path);
    return cell;
}

using YearCell = std::function<Cell(YearIndex, JsonPath)>;

void add(const Scenario& scenario, Table& table, const std::string& key, std::string label,
         const YearCell& cell, bool in_base_year) {
    std::vector<Cell> cells;
    for (YearIndex y = 0; y < scenario.year_count(); ++y) {
        if (y == 0 && !in_base_year) {
            cells.emplace_back();
            continue;
        }
        cells.push_back(cell(y, {"years", year_key(scenario, y), key}));
    }
    table.rows.push_back(row(key, std::move(label), RowStyle::line, std::move(cells)));
}

// The increase the limit tests (docs/levers.md): in pence for a cash
// cap; for a rate cap the entered rate where the increase is entered as a rate, else the
// actual one.
void limit_rows(const Scenario& scenario, const Plan& plan, Table& table) {
    const Precept& precept = scenario.precept;
    const CouncilTax& tax = precept.council_tax;
    if (tax.cap_pence) {
        const std::int64_t cap = *tax.cap_pence;
        add(
            scenario, table, "limit", "Referendum limit (£ on Band D)",
            [&](YearIndex, JsonPath path) { return hundredths_cell(cap, std::move(path)); }, false);
        add(
            scenario, table, "headroom", "Headroom under the limit (£)",
            [&](YearIndex y, JsonPath path) {
                return hundredths_cell(cap - plan.council_tax.band_d_increase_pence[y], std::move(path));
            },
            false);
    } else if (precept.cap) {
        const Rate cap = *precept.cap;
        add(
            scenario, table, "limit", "Referendum limit (%)",
            [&](YearIndex, JsonPath path) { return rate_cell(cap, std::move(path)); }, false);
        add(
            scenario, table, "headroom", "Headroom under the limit (%)",
            [&](YearIndex y, JsonPath path) {
                return rate_cell(cap - plan.band_d_increase[y], std::move(path));
            },
            false);
    }
}

}  // namespace

Table build_council_tax_table(const Scenario& scenario, const Plan& plan) {
    Table table{.key = "council_tax",
                .title = "Council tax",
                .layout = TableLayout::paths,
                .columns = year_columns(scenario, true),
                .label_header = "Council tax"};
    const CouncilTax& tax = scenario.precept.council_tax;
    const CouncilTaxPlan& figures = plan.council_tax;
    if (tax.in_pounds()) {
        table.notes.push_back(
            "Band D and its increase in pounds and pence; the tax base in Band D "
            "equivalent properties; precept = Band D x tax base, to the pound.");
        add(
            scenario, table, "band_d", "Band D (£)",
            [&](YearIndex y, JsonPath path) {
                return hundredths_cell(figures.band_d_pence[y], std::move(path));
            },
            true);
        add(
            scenario, table, "band_d_increase_pounds", "Band D increase (£)",
            [&](YearIndex y, JsonPath path) {
                return hundredths_cell(figures.band_d_increase_pence[y], std::move(path));
            },
            false);
    }
    add(
        scenario, table, "band_d_increase", "Band D increase (%)",
        [&](YearIndex y, JsonPath path) { return rate_cell(plan.band_d_increase[y], std::move(path)); },
        false);
    if (tax.in_pounds()) {
        add(
            scenario, table, "tax_base", "Tax base (Band D equivalents)",
            [&](YearIndex y, JsonPath path) {
                return hundredths_cell(figures.tax_base_hundredths[y], std::move(path));
            },
            true);
    }
    add(
        scenario, table, "precept", "Precept",
        [&](YearIndex y, JsonPath path) { return money_cell(plan.precept[y], std::move(path)); }, true);
    if (tax.has_collection_fund()) {
        add(
            scenario, table, "collection_fund", "Collection fund surplus (deficit)",
            [&](YearIndex y, JsonPath path) {
                return money_cell(figures.collection_fund[y], std::move(path));
            },
            true);
    }
    limit_rows(scenario, plan, table);
    return table;
}

}  // namespace mtfp::report

#include "analysis/value_text.hpp"
#include "report/cells.hpp"
#include "report/tables.hpp"
#include "report/what_if_tables.hpp"

namespace mtfp {

namespace {

using analysis::Figures;
using analysis::SensitivityLine;
using FigureRow = std::vector<Money> Figures::*;

Row figure_row(const Scenario& scenario, std::string key, std::string label, RowStyle style,
               const std::vector<Money>& by_year) {
    std::vector<Cell> cells;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) cells.push_back(report::money_cell(by_year[y]));
    return report::row(std::move(key), std::move(label), style, std::move(cells));
}

// "indices.pay -1%": the label of a side, from the variation's delta.
std::string side_label(const SensitivityLine& line, char sign) {
    const analysis::ParameterHandle& handle = line.variation.handle;
    return std::string(sign == '-' ? "Low (" : "High (") + handle.path + " " + sign +
           analysis::format_value(line.variation.delta, handle.type()) + ")";
}

Table tornado(const Scenario& scenario, const analysis::SensitivityResult& result, std::string key,
              std::string title, FigureRow figure, bool with_swing) {
    Table table;
    table.key = std::move(key);
    table.title = std::move(title);
    table.label_header = "Parameter";
    table.columns = report::year_columns(scenario, false);
    for (const SensitivityLine& line : result.lines) {
        const std::string& path = line.variation.handle.path;
        table.rows.push_back(report::heading(path, line.variation.label));
        if (line.low)
            table.rows.push_back(figure_row(scenario, path + ":low", side_label(line, '-'), RowStyle::line,
                                            (*line.low).*figure));
        table.rows.push_back(
            figure_row(scenario, path + ":base", "Base", RowStyle::line, result.base.*figure));
        if (line.high)
            table.rows.push_back(figure_row(scenario, path + ":high", side_label(line, '+'), RowStyle::line,
                                            (*line.high).*figure));
        if (with_swing) {
            const std::vector<Money>& low = line.low ? (*line.low).*figure : result.base.*figure;
            const std::vector<Money>& high = line.high ? (*line.high).*figure : result.base.*figure;
            std::vector<Money> swing;
            for (std::size_t y = 0; y < low.size(); ++y) swing.push_back(high[y] - low[y]);
            // One side only: the figure is that side's change from the base, labelled as such
            // (never "high - low" over a negative number); the key stays ":swing".
            const char* label = line.low && line.high ? "Swing (high - low)"
                                : line.high           ? "Change (high - base)"
                                                      : "Change (base - low)";
            table.rows.push_back(figure_row(scenario, path + ":swing", label, RowStyle::subtotal, swing));
        }
        table.rows.push_back(report::row(path + ":spacer", "", RowStyle::spacer, {}));
    }
    if (!table.rows.empty()) table.rows.pop_back();  // no spacer after the last
    return table;
}

}  // namespace

PlanReport build_sensitivity_report(const Scenario& scenario, const analysis::SensitivityResult& result) {
    PlanReport built;
    built.header = report::header_of(scenario);
    const std::string final_year = scenario.year(scenario.year_count() - 1).to_string();
    const bool balance = scenario.precept.mode == PreceptMode::balance;
    Table gap = tornado(scenario, result, "sensitivity_gap",
                        "Sensitivity of the budget gap (largest swing in " + final_year + " first)",
                        &Figures::gap, !balance);
    gap.notes.push_back(
        "Each parameter moves by the delta in every year it addresses, the others stay as in the "
        "scenario; positive gap: a shortfall.");
    for (const std::string& note : result.notes) gap.notes.push_back(note);
    gap.json_notes = true;
    if (balance)
        gap.title = "Sensitivity of the budget gap (zero throughout: the precept balances the budget)";
    built.tables.push_back(std::move(gap));
    if (balance)
        built.tables.push_back(
            tornado(scenario, result, "sensitivity_precept",
                    "Sensitivity of the precept (largest swing in " + final_year + " first)",
                    &Figures::precept, true));
    built.tables.push_back(tornado(scenario, result, "sensitivity_general_reserve",
                                   "Sensitivity of the general reserve (closing balance, same order)",
                                   &Figures::general_reserve, false));
    if (scenario.reserves_policy.fund_gap_from == 0u)
        built.tables.back().notes.push_back(
            "The general reserve meets each year's gap (reserves.policy.fund_gap_from), so it moves with the "
            "gap.");
    else
        built.tables.back().notes.push_back(
            "The general reserve moves only with its opening balance and reserve transfers: a gap is not "
            "drawn "
            "from it unless a transfer says so.");
    return built;
}

}  // namespace mtfp

// base_budget.cost_centre_lines: the ledger gave each cost centre of those lines a line
// of its own, appended after the scenario's lines. Once everything else is read (the
// movements, the capital programme and the priority shares all name lines by their
// position in the file), each cost centre's line goes where its line was, in code order,
// the split line goes, and every reference to a line is renumbered.
#include <fmt/format.h>

#include <algorithm>

#include "load/validate.hpp"

namespace mtfp::load {

namespace {

constexpr std::size_t dropped = static_cast<std::size_t>(-1);

// " (such as TP0001)" when the ledger gave the line a cost centre; nothing otherwise.
std::string example_of(const Scenario& scenario, const std::vector<std::size_t>& lines_of_split) {
    if (lines_of_split.empty()) return {};
    return fmt::format(" (such as {})", scenario.lines[lines_of_split.front()].id);
}

// A cost centre's line takes the code as its id: it must not be another line's id. A
// split line's outturn cannot be shared out among its cost centres: it comes from the
// ledger's outturn column instead.
void report_clashes(Reader& reader, const Node& root, const std::vector<std::size_t>& split,
                    const std::vector<std::vector<std::size_t>>& centres, const Scenario& scenario) {
    const Node* spec = root.find("base_budget");
    const Node* named = spec ? spec->find("cost_centre_lines") : nullptr;
    const Where at = named ? named->at : root.at;
    std::vector<std::string> own;  // the ids of the scenario's own lines
    for (const BudgetLine& line : scenario.lines)
        if (line.cost_centre_of.empty()) own.push_back(line.id);
    std::sort(own.begin(), own.end());
    for (std::size_t parent : split) {
        for (std::size_t centre : centres[parent]) {
            const std::string& code = scenario.lines[centre].id;
            if (std::binary_search(own.begin(), own.end(), code))
                reader.report(at,
                              fmt::format("cost centre '{}' of line {} would be a line with the id of the "
                                          "scenario's line {}: rename one",
                                          code, scenario.lines[parent].id, code));
        }
        const Node* lines = root.find("lines");
        const Node* item =
            lines && lines->is_sequence() && parent < lines->items.size() ? &lines->items[parent] : nullptr;
        const Node* outturn = item ? item->find("outturn") : nullptr;
        if (outturn)
            reader.report(outturn->at,
                          fmt::format("line {} has a line per cost centre (base_budget.cost_centre_lines): "
                                      "its outturn comes from the ledger's outturn column, not from here",
                                      scenario.lines[parent].id));
    }
}

}  // namespace

void place_cost_centre_lines(Reader& reader, const Node& root, const std::vector<std::size_t>& split,
                             Scenario& scenario) {
    if (split.empty()) return;
    const std::size_t count = scenario.lines.size();
    std::vector<bool> is_split(count, false);
    for (std::size_t line : split) is_split[line] = true;
    // The cost centres' lines of each split line, in code order.
    std::vector<std::vector<std::size_t>> centres(count);
    for (std::size_t l = 0; l < count; ++l) {
        const BudgetLine& line = scenario.lines[l];
        if (line.cost_centre_of.empty()) continue;
        for (std::size_t parent : split)
            if (scenario.lines[parent].id == line.cost_centre_of) centres[parent].push_back(l);
    }
    for (auto& list : centres)
        std::sort(list.begin(), list.end(),
                  [&](std::size_t a, std::size_t b) { return scenario.lines[a].id < scenario.lines[b].id; });

    report_clashes(reader, root, split, centres, scenario);

    std::vector<std::size_t> order;  // new position -> old
    std::vector<std::size_t> renumbered(count, dropped);
    for (std::size_t l = 0; l < count; ++l) {
        if (!scenario.lines[l].cost_centre_of.empty()) continue;  // placed with its line
        if (!is_split[l]) {
            renumbered[l] = order.size();
            order.push_back(l);
            continue;
        }
        for (std::size_t centre : centres[l]) {
            scenario.lines[centre].priorities = scenario.lines[l].priorities;  // read after the ledger
            renumbered[centre] = order.size();
            order.push_back(centre);
        }
    }

    // The file's movements come first in scenario.movements (the ledger's after them).
    const Node* items = root.find("movements");
    for (std::size_t m = 0; m < scenario.movements.size(); ++m) {
        Movement& movement = scenario.movements[m];
        if (renumbered[movement.line] != dropped) {
            movement.line = renumbered[movement.line];
            continue;
        }
        const std::size_t parent = movement.line;
        const Node* item =
            items && items->is_sequence() && m < items->items.size() ? &items->items[m] : nullptr;
        const Node* named = item ? item->find("line") : nullptr;
        reader.report(
            named  ? named->at
            : item ? item->at
                   : root.at,
            fmt::format("line {} has a line per cost centre (base_budget.cost_centre_lines): a movement "
                        "names one of its cost centres' lines, by the cost centre's code{}",
                        scenario.lines[parent].id, example_of(scenario, centres[parent])));
        movement.line = 0;
    }
    if (scenario.capital) {
        const std::size_t line = scenario.capital->financing_line;
        const Node* capital = root.find("capital");
        const Node* named = capital ? capital->find("financing_line") : nullptr;
        if (renumbered[line] == dropped)
            reader.report(
                named ? named->at : root.at,
                fmt::format("capital.financing_line: line {} has a line per cost centre; name one of "
                            "them, by the cost centre's code{}",
                            scenario.lines[line].id, example_of(scenario, centres[line])));
        scenario.capital->financing_line = renumbered[line] == dropped ? 0 : renumbered[line];
    }

    std::vector<BudgetLine> lines;
    lines.reserve(order.size());
    for (std::size_t old : order) lines.push_back(std::move(scenario.lines[old]));
    scenario.lines = std::move(lines);
    if (scenario.ledger) {
        std::vector<LedgerLineTrace> traces;
        traces.reserve(order.size());
        for (std::size_t old : order) traces.push_back(std::move(scenario.ledger->by_line[old]));
        scenario.ledger->by_line = std::move(traces);
    }
}

}  // namespace mtfp::load

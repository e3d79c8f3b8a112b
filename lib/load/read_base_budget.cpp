// base_budget: the base year's budget book from a general-ledger extract (CSV). The
// YAML says where the file is, which header columns to read and how codes map to
// lines and subjectives; the rows themselves never pass through YAML.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "load/ledger_amount.hpp"
#include "load/ledger_sum.hpp"
#include "load/schema_keys.hpp"
#include "load/validate.hpp"

namespace mtfp::load {

namespace {

// Ledger problems sort after the scenario's own.
constexpr int ledger_file_order = 1000;

std::string ledger_path(const Node& node) {
    std::filesystem::path text(node.text);
    if (text.is_absolute() || !node.at.file || node.at.file->name == "command line") return text.string();
    return (std::filesystem::path(node.at.file->name).parent_path() / text).string();
}

std::optional<std::string> column(Reader& reader, const Node& columns, std::string_view key, bool needed) {
    const Node* node = needed ? reader.required(columns, key, "base_budget.columns") : columns.find(key);
    if (!node) return std::nullopt;
    return reader.text(*node, fmt::format("columns.{}", key));
}

// {target: [pattern, ...]} (or one pattern) into `patterns`, targets by position.
void read_mapping(Reader& reader, const Node& node, std::string_view what,
                  const std::vector<std::string>& ids, PatternSet& patterns) {
    if (!reader.expect_map(node, fmt::format("base_budget.{}s", what), ids)) return;
    for (const Entry& entry : node.entries) {
        auto found = std::find(ids.begin(), ids.end(), entry.key);
        if (found == ids.end()) continue;  // reported as an unknown key, with did you mean
        auto target = static_cast<std::size_t>(found - ids.begin());
        std::vector<const Node*> items;
        if (entry.value.is_sequence()) {
            for (const Node& item : entry.value.items) items.push_back(&item);
        } else {
            items.push_back(&entry.value);
        }
        for (const Node* item : items) {
            if (!item->is_scalar()) {
                reader.report(item->at,
                              "expected a code pattern (CODE, PREFIX* or FROM-TO), got " + describe(*item));
                continue;
            }
            std::string why;
            if (auto pattern = CodePattern::compile(item->text, why))
                patterns.add(std::move(*pattern), target);
            else
                reader.report(item->at, fmt::format("'{}' is not a code pattern: {}", item->text, why));
        }
    }
}

// cost_centre_lines: [LINE, ...]: lines of base_budget.lines whose cost centres each
// become a line of their own. Returns their positions.
std::vector<std::size_t> split_lines(Reader& reader, const Node& node, const Node* lines,
                                     LedgerMapping& mapping) {
    std::vector<std::size_t> split;
    if (!reader.expect_sequence(node, "base_budget.cost_centre_lines", mapping.line_ids.size())) return split;
    mapping.line_per_cost_centre.assign(mapping.line_ids.size(), false);
    for (const Node& item : node.items) {
        std::optional<std::size_t> line = reader.reference(item, mapping.line_ids, "line");
        if (!line) continue;
        if (!lines || !lines->is_map() || !lines->find(mapping.line_ids[*line])) {
            reader.report(item.at, fmt::format("line {} takes no budget from the ledger (base_budget.lines): "
                                               "only a ledger-fed line can have a line per cost centre",
                                               mapping.line_ids[*line]));
            continue;
        }
        if (mapping.line_per_cost_centre[*line]) {
            reader.report(item.at, fmt::format("line {} is listed twice", mapping.line_ids[*line]));
            continue;
        }
        mapping.line_per_cost_centre[*line] = true;
        split.push_back(*line);
    }
    return split;
}

std::string pounds_and_pence(std::int64_t pence) {
    return fmt::format("{}{}.{:02}", pence < 0 ? "-" : "", (pence < 0 ? -pence : pence) / 100,
                       (pence < 0 ? -pence : pence) % 100);
}

// A line of its own for each cost centre of a line in base_budget.cost_centre_lines,
// appended after the scenario's lines (place_cost_centre_lines later puts them where
// their line was): the line's section, priorities and where, the code as its id.
void add_cost_centre_lines(const LedgerSums& sums, Scenario& scenario,
                           std::vector<std::vector<std::size_t>>& line_subjectives) {
    for (const CostCentreLine& centre : sums.cost_centre_lines) {
        const BudgetLine& parent = scenario.lines[centre.line];
        BudgetLine line;
        line.id = centre.code;
        line.name = parent.name + ": " + centre.code;
        line.section = parent.section;
        line.where = parent.where;
        line.priorities = parent.priorities;
        line.cost_centre_of = parent.id;
        scenario.lines.push_back(std::move(line));
        line_subjectives.emplace_back();
    }
}

// The sums become the base year's budget book (each cell rounded once), an in-year
// movement of revised - budget per cell, and each line's outturn.
void fill(Reader& reader, const Node& spec, const LedgerSums& sums, const std::string& file,
          std::vector<std::vector<std::size_t>>& line_subjectives, Scenario& scenario) {
    add_cost_centre_lines(sums, scenario, line_subjectives);
    Ledger ledger;
    ledger.file = file;
    ledger.rows = sums.rows;
    ledger.budget_pence = sums.budget_pence;
    ledger.by_line.assign(scenario.lines.size(), LedgerLineTrace{});
    const Node* columns = spec.find("columns");
    ledger.has_revised = columns && columns->find("revised");
    ledger.has_outturn = columns && columns->find("outturn");
    for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
        LedgerLineTrace& trace = ledger.by_line[l];
        for (const LedgerCell& cell : sums.cells[l]) {
            const std::size_t s = cell.subjective;
            if (cell.rows == 0) continue;
            std::int64_t pounds = pence_to_pounds(cell.budget);
            std::int64_t revised = pence_to_pounds(cell.revised);
            if (std::max(pounds < 0 ? -pounds : pounds, revised < 0 ? -revised : revised) >
                limits::max_amount_pounds) {
                reader.report(spec.at,
                              fmt::format("line {}, subjective {}: the ledger's rows sum to £{}, beyond "
                                          "the largest amount mtfp holds",
                                          scenario.lines[l].id, scenario.subjectives[s].id,
                                          pounds_and_pence(cell.budget)));
                continue;
            }
            BudgetLine& line = scenario.lines[l];
            line.budget_book.set(s, Money::pounds(pounds), SourceRef{file, cell.first_line, 0});
            line_subjectives[l].push_back(s);
            trace.rows += cell.rows;
            trace.first_line =
                trace.first_line == 0 ? cell.first_line : std::min(trace.first_line, cell.first_line);
            trace.last_line = std::max(trace.last_line, cell.last_line);
            trace.pence += cell.budget;
            trace.budget_book += Money::pounds(pounds);
            ledger.budget_book += Money::pounds(pounds);
            if (ledger.has_revised && revised != pounds) {
                Movement movement;
                movement.line = l;
                movement.subjective = s;
                movement.kind = MovementKind::in_year;
                movement.label = "Ledger revised budget";
                movement.amount_by_year.assign(scenario.year_count(), Money{});
                movement.amount_by_year[0] = Money::pounds(revised - pounds);
                movement.where = SourceRef{file, cell.first_line, 0};
                movement.amount_where.assign(scenario.year_count(), movement.where);
                scenario.movements.push_back(std::move(movement));
            }
        }
        trace.largest = sums.largest_by_line[l];
        if (ledger.has_outturn && trace.rows > 0) {
            if (scenario.lines[l].outturn)
                reader.report(
                    columns->find("outturn")->at,
                    fmt::format("line {} gives its outturn in the scenario and the ledger has an outturn "
                                "column: give it in one place",
                                scenario.lines[l].id));
            scenario.lines[l].outturn = Money::pounds(pence_to_pounds(sums.outturn_by_line[l]));
        }
    }
    scenario.ledger = std::move(ledger);
}

}  // namespace

bool fed_by_ledger(const Node& root, std::string_view line_id) {
    const Node* spec = root.find("base_budget");
    const Node* lines = spec && spec->is_map() ? spec->find("lines") : nullptr;
    return lines && lines->is_map() && lines->find(line_id);
}

std::vector<std::size_t> read_base_budget(Reader& reader, const Node& root,
                                          std::vector<std::vector<std::size_t>>& line_subjectives,
                                          Scenario& scenario) {
    std::vector<std::size_t> split;
    const Node* spec = root.find("base_budget");
    if (!spec || !reader.expect_map(*spec, "base_budget", keys::base_budget)) return split;
    const std::size_t problems_before = reader.problems().count();
    const Node* file = reader.required(*spec, "ledger", "base_budget");
    const Node* columns_node = reader.required(*spec, "columns", "base_budget");
    const Node* lines = reader.required(*spec, "lines", "base_budget");
    const Node* subjectives = reader.required(*spec, "subjectives", "base_budget");
    LedgerColumns columns;
    if (columns_node && reader.expect_map(*columns_node, "base_budget.columns", keys::ledger_columns)) {
        columns.cost_centre = column(reader, *columns_node, "cost_centre", true).value_or("");
        columns.account = column(reader, *columns_node, "account", true).value_or("");
        columns.budget = column(reader, *columns_node, "budget", true).value_or("");
        columns.revised = column(reader, *columns_node, "revised", false);
        columns.outturn = column(reader, *columns_node, "outturn", false);
    }
    LedgerMapping mapping;
    mapping.line_ids = ids_of(scenario.lines);
    mapping.subjective_ids = ids_of(scenario.subjectives);
    if (lines) read_mapping(reader, *lines, "line", mapping.line_ids, mapping.lines);
    if (subjectives)
        read_mapping(reader, *subjectives, "subjective", mapping.subjective_ids, mapping.subjectives);
    if (const Node* each = spec->find("cost_centre_lines"))
        split = split_lines(reader, *each, lines, mapping);
    std::optional<std::string> name = file ? reader.text(*file, "base_budget.ledger") : std::nullopt;
    // The ledger is read only once the rest of base_budget is sound: its problems would
    // otherwise follow from a typo in the mapping.
    if (!name || reader.problems().count() != problems_before) return split;
    SourceFile source;
    source.name = ledger_path(*file);
    source.order = ledger_file_order;
    LedgerSums sums = sum_ledger_file(source.name, columns, mapping);
    for (const LedgerProblem& problem : sums.problems) {
        if (problem.line == 0)
            reader.report(file->at, fmt::format("{}: {}", problem.message, source.name));
        else
            reader.report(Where{&source, problem.line, problem.column}, problem.message);
    }
    if (sums.unlisted > 0)
        reader.report(Where{&source, 0, 0},
                      fmt::format("{} more problems in the ledger not listed", sums.unlisted));
    if (sums.problems.empty()) fill(reader, *spec, sums, source.name, line_subjectives, scenario);
    return split;
}

}  // namespace mtfp::load

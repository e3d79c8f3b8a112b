#include <fmt/format.h>

#include <algorithm>

#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "model/suggest.hpp"
#include "money/limits.hpp"

namespace mtfp::load {

namespace {

const std::vector<std::string> section_names{"business_group", "corporate", "authority", "financing"};

std::optional<Section> section(Reader& reader, const Node& node) {
    if (node.is_scalar()) {
        if (node.text == "business_group") return Section::business_group;
        if (node.text == "corporate") return Section::corporate;
        if (node.text == "authority") return Section::authority;
        if (node.text == "financing") return Section::financing;
    }
    std::string hint = node.is_scalar() ? did_you_mean(node.text, section_names) : "";
    reader.report(node.at,
                  fmt::format("section must be business_group, corporate, authority or financing, got {}{}",
                              describe(node), hint));
    return std::nullopt;
}

// budget_book: {subjective: amount, ...}, or one amount with `subjective: X` beside it.
// Returns the subjectives named, in order.
std::vector<std::size_t> budget_book(Reader& reader, const Node& line,
                                     const std::vector<std::string>& subjectives, BudgetLine& result) {
    std::vector<std::size_t> named;
    const Node* book = reader.required(line, "budget_book", "line");
    const Node* single = line.find("subjective");
    if (!book) return named;
    if (book->is_map()) {
        if (single)
            reader.report(
                single->at,
                "'subjective' goes with a single-amount budget_book; this one already names its subjectives");
        for (const Entry& entry : book->entries) {
            std::optional<Money> amount = reader.amount(entry.value);
            auto found = std::find(subjectives.begin(), subjectives.end(), entry.key);
            if (found == subjectives.end()) {
                reader.report(entry.key_at,
                              fmt::format("unknown subjective '{}'{}", entry.key,
                                          subjectives.empty() ? " (the scenario defines no subjective at all)"
                                                              : reader.hint(entry.key, subjectives)));
                continue;
            }
            auto position = static_cast<std::size_t>(found - subjectives.begin());
            named.push_back(position);
            // A zero needs no cell: a subjective without one is zero (the book is sparse).
            if (amount && !amount->is_zero()) result.budget_book.set(position, *amount, entry.value.at.ref());
        }
        return named;
    }
    std::optional<Money> amount = reader.amount(*book);
    if (!single) {
        if (book->is_scalar())
            reader.report(
                line.at, "line is missing required key 'subjective' (a single-amount budget_book needs one)");
        return named;
    }
    std::optional<std::size_t> position = reader.reference(*single, subjectives, "subjective");
    if (!position) return named;
    named.push_back(*position);
    if (amount && !amount->is_zero()) result.budget_book.set(*position, *amount, book->at.ref());
    return named;
}

}  // namespace

std::vector<std::vector<std::size_t>> read_lines(Reader& reader, const Node& root, Scenario& scenario) {
    std::vector<std::vector<std::size_t>> named_by_line;
    const Node* list = reader.required(root, "lines", "the scenario");
    if (!list || !reader.expect_sequence(*list, "lines", limits::max_lines)) return named_by_line;
    std::vector<std::string> ids = reader.ids(*list, "line", true);
    std::vector<std::string> subjective_ids = ids_of(scenario.subjectives);
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const Node& item = list->items[i];
        BudgetLine line;
        line.id = ids[i];
        line.where = item.at.ref();
        std::vector<std::size_t> named;
        if (reader.expect_map(item, "a line", keys::line)) {
            line.name = reader.required_name(item, "line");
            if (const Node* node = reader.required(item, "section", "line"))
                line.section = section(reader, *node).value_or(Section::business_group);
            if (!fed_by_ledger(root, line.id)) {
                named = budget_book(reader, item, subjective_ids, line);
            } else if (const Node* book = item.find("budget_book")) {
                reader.report(book->at, fmt::format("line {} takes its budget book from the ledger "
                                                    "(base_budget.lines): it gives no budget_book here",
                                                    line.id));
            }
            if (const Node* outturn = item.find("outturn")) line.outturn = reader.amount(*outturn);
        }
        scenario.lines.push_back(std::move(line));
        named_by_line.push_back(std::move(named));
    }
    return named_by_line;
}

}  // namespace mtfp::load

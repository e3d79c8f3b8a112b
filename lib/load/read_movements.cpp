#include <fmt/format.h>

#include <algorithm>

#include "load/read_savings.hpp"
#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "model/suggest.hpp"
#include "money/amount_text.hpp"
#include "money/money_text.hpp"

namespace mtfp::load {

namespace {

const std::vector<std::string> kind_names{
    "in_year",        "virement", "committed_increase", "committed_decrease", "efficiency",
    "new_initiative", "pensions"};

std::optional<MovementKind> kind(Reader& reader, const Node& node) {
    if (node.is_scalar()) {
        auto found = std::find(kind_names.begin(), kind_names.end(), node.text);
        if (found != kind_names.end()) return static_cast<MovementKind>(found - kind_names.begin());
    }
    std::string hint = node.is_scalar() ? did_you_mean(node.text, kind_names) : "";
    reader.report(
        node.at, fmt::format("kind must be one of in_year, virement, committed_increase, committed_decrease, "
                             "efficiency, new_initiative, pensions; got {}{}",
                             describe(node), hint));
    return std::nullopt;
}

std::string_view article(std::string_view word) {
    return std::string_view("aeiou").find(word.front()) != std::string_view::npos ? "an" : "a";
}

bool base_year_kind(MovementKind kind) {
    return kind == MovementKind::in_year || kind == MovementKind::virement;
}

// Increases and initiatives add budget, decreases and savings take it away; a sign
// the other way round is almost always a typo that would double-count.
void check_sign(Reader& reader, MovementKind kind, Money amount, const Where& at) {
    const std::string& name = kind_names[static_cast<std::size_t>(kind)];
    bool positive = kind == MovementKind::committed_increase || kind == MovementKind::new_initiative;
    bool negative = kind == MovementKind::committed_decrease || kind == MovementKind::efficiency;
    if (positive && amount < Money{})
        reader.report(at, fmt::format("{} {} is entered as a positive amount, got {}", article(name), name,
                                      pounds_phrase(amount)));
    if (negative && amount > Money{})
        reader.report(at, fmt::format("{} {} is entered as a negative amount, got {}", article(name), name,
                                      pounds_phrase(amount)));
}

// The ids movements refer to, gathered once: per movement, copying every line's id made
// 10,000 movements over 1,000 lines ten million string copies.
struct KnownIds {
    std::vector<std::string> lines;
    std::vector<std::string> subjectives;
};

void read_movement(Reader& reader, const Node& item, const KnownIds& known,
                   const std::vector<std::vector<std::size_t>>& line_subjectives, Movement& movement) {
    if (!reader.expect_map(item, "a movement", keys::movement)) return;
    std::optional<std::size_t> line;
    if (const Node* node = reader.required(item, "line", "movement"))
        line = reader.reference(*node, known.lines, "line");
    movement.line = line.value_or(0);
    std::optional<MovementKind> the_kind;
    if (const Node* node = reader.required(item, "kind", "movement")) the_kind = kind(reader, *node);
    movement.kind = the_kind.value_or(MovementKind::committed_increase);

    if (const Node* node = item.find("subjective")) {
        movement.subjective = reader.reference(*node, known.subjectives, "subjective").value_or(0);
    } else if (line && *line < line_subjectives.size()) {
        const std::vector<std::size_t>& named = line_subjectives[*line];
        if (named.size() == 1)
            movement.subjective = named.front();
        else
            reader.report(item.at,
                          fmt::format("movement is missing 'subjective': line {} has {} subjectives in its "
                                      "budget book, so say which one this changes",
                                      known.lines[*line], named.size()));
    }
    if (const Node* node = item.find("label")) movement.label = reader.text(*node, "label").value_or("");
    read_savings_item(reader, item, the_kind, movement);
    if (const Node* node = item.find("one_off")) {
        movement.one_off = reader.flag(*node).value_or(false);
        if (movement.one_off && the_kind && base_year_kind(*the_kind))
            reader.report(node->at,
                          fmt::format("{} {} movement cannot be one_off: it changes the base budget itself",
                                      article(kind_names[static_cast<std::size_t>(*the_kind)]),
                                      kind_names[static_cast<std::size_t>(*the_kind)]));
    }
    movement.amount_by_year.assign(reader.year_count(), Money{});
    movement.amount_where.assign(reader.year_count(), movement.where);
    const Node* amounts = reader.required(item, "amounts", "movement");
    if (!amounts) return;
    YearsAllowed allowed = !the_kind                   ? YearsAllowed::any
                           : base_year_kind(*the_kind) ? YearsAllowed::base_only
                                                       : YearsAllowed::plan_only;
    std::vector<Where> where;
    auto by_year = reader.amounts_by_year(*amounts, allowed, "amounts", &where);
    for (std::size_t y = 0; y < by_year.size(); ++y) {
        if (!by_year[y]) continue;
        movement.amount_by_year[y] = *by_year[y];
        movement.amount_where[y] = where[y].ref();
        if (the_kind) check_sign(reader, *the_kind, *by_year[y], where[y]);
    }
}

// A virement moves budget between lines; in each year they must cancel out exactly.
// `items` are the movements' nodes, so the problem is located with its file.
void check_virements_net_to_zero(Reader& reader, const Scenario& scenario, const std::vector<Node>& items) {
    if (!reader.years_known()) return;
    for (std::size_t y = 0; y < reader.year_count(); ++y) {
        Money net;
        const Node* first = nullptr;
        for (std::size_t i = 0; i < scenario.movements.size(); ++i) {
            const Movement& movement = scenario.movements[i];
            if (movement.kind != MovementKind::virement || movement.amount_by_year.size() <= y) continue;
            if (movement.amount_by_year[y].is_zero()) continue;
            if (!first) first = &items[i];
            net += movement.amount_by_year[y];
        }
        if (first && !net.is_zero())
            reader.report(
                first->at,
                fmt::format(
                    "virements in {} net to {}, not zero: a virement moves budget between lines, it cannot "
                    "create it",
                    scenario.year(y).to_string(), pounds_phrase(net)));
    }
}

}  // namespace

void read_movements(Reader& reader, const Node& root,
                    const std::vector<std::vector<std::size_t>>& line_subjectives, Scenario& scenario) {
    const Node* list = root.find("movements");
    if (!list || !reader.expect_sequence(*list, "movements")) return;
    std::vector<std::string> ids = reader.ids(*list, "movement", false);
    const KnownIds known{ids_of(scenario.lines), ids_of(scenario.subjectives)};
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const Node& item = list->items[i];
        Movement movement;
        movement.id = ids[i];
        movement.where = item.at.ref();
        read_movement(reader, item, known, line_subjectives, movement);
        if (movement.label.empty()) movement.label = movement.id;  // something to show beside the figure
        scenario.movements.push_back(std::move(movement));
    }
    check_virements_net_to_zero(reader, scenario, list->items);
}

}  // namespace mtfp::load

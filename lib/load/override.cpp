#include "load/override.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "load/merge.hpp"
#include "load/parse_yaml.hpp"
#include "load/schema_keys.hpp"
#include "model/path_parts.hpp"
#include "model/suggest.hpp"

namespace mtfp {

Override parse_override(const std::string& argument) {
    std::size_t equals = argument.find('=');
    if (equals == std::string::npos || equals == 0)
        throw InputError({Diagnostic{
            "command line", 0, 0,
            fmt::format("--set expects PATH=VALUE (e.g. indices.pay.2008/09=3.5%), got '{}'", argument)}});
    SetOperator operation = SetOperator::assign;
    if (const char before = argument[equals - 1]; before == '+' || before == '-' || before == '*')
        operation = before == '+'   ? SetOperator::add
                    : before == '-' ? SetOperator::subtract
                                    : SetOperator::scale;
    std::string path = argument.substr(0, operation == SetOperator::assign ? equals : equals - 1);
    std::string value = argument.substr(equals + 1);
    // "pay=+1%" reads as "one point more" to some and "1%" to others; the file's syntax
    // would take it as 1%, which is rarely what was meant. Neither guess is safe.
    if (operation == SetOperator::assign && value.starts_with('+'))
        throw InputError({Diagnostic{
            "command line", 0, 0,
            fmt::format("--set {}: '={}' is ambiguous: write {}+={} to add to the value, or {}={} to set it",
                        argument, value, path, value.substr(1), path, value.substr(1))}});
    if (path.empty())
        throw InputError({Diagnostic{
            "command line", 0, 0,
            fmt::format("--set expects PATH{}VALUE, got '{}'", operator_text(operation), argument)}});
    return Override{path, value, operation};
}

}  // namespace mtfp

namespace mtfp::load {

namespace {

// What the children of a mapping at some place in the document are named by.
enum class Naming {
    keys,         // fixed keys (the list given)
    years,        // fiscal years (created on demand)
    subjectives,  // subjective ids (a budget book)
    existing,     // names that already exist (indices)
};

struct Shape {
    Naming naming;
    const std::vector<std::string>* keys = nullptr;
};

// `pattern` is the path walked so far, with list items and index names as "*" and
// years as "year". Nothing means the place holds a single value.
std::optional<Shape> shape_at(const std::string& pattern) {
    static const std::vector<std::pair<std::string, Shape>> shapes{
        {"", {Naming::keys, &keys::top}},
        {"indices", {Naming::existing}},
        {"indices.*", {Naming::years}},
        {"subjectives.*", {Naming::keys, &keys::subjective}},
        {"lines.*", {Naming::keys, &keys::line}},
        {"lines.*.budget_book", {Naming::subjectives}},
        {"movements.*", {Naming::keys, &keys::movement}},
        {"movements.*.amounts", {Naming::years}},
        {"grants", {Naming::keys, &keys::grants}},
        {"grants.general", {Naming::keys, &keys::general_grant}},
        {"grants.general.growth", {Naming::years}},
        {"grants.general.amounts", {Naming::years}},
        {"grants.specific.*", {Naming::keys, &keys::specific_grant}},
        {"grants.specific.*.growth", {Naming::years}},
        {"grants.specific.*.amounts", {Naming::years}},
        {"precept", {Naming::keys, &keys::precept}},
        {"precept.band_d_increase", {Naming::years}},
        {"precept.tax_base_growth", {Naming::years}},
        {"precept.tax_base_by_year", {Naming::years}},
        {"precept.collection_fund", {Naming::years}},
        {"reserves", {Naming::keys, &keys::reserves}},
        {"reserves.general", {Naming::keys, &keys::general_reserve}},
        {"reserves.earmarked.*", {Naming::keys, &keys::earmarked_reserve}},
        {"reserves.transfers.*", {Naming::keys, &keys::transfer}},
        {"reserves.policy", {Naming::keys, &keys::reserves_policy}},
        {"reserves.policy.fund_gap_from", {Naming::keys, &keys::fund_gap_from}},
        {"checks", {Naming::keys, &keys::checks}},
        {"checks.severity", {Naming::keys, &keys::check_rules}},
        {"savings_risk", {Naming::keys, &keys::savings_risk}},
        {"capital", {Naming::keys, &keys::capital}},
        {"capital.borrowing_rate", {Naming::years}},
        {"capital.schemes.*", {Naming::keys, &keys::capital_scheme}},
        {"capital.schemes.*.spend", {Naming::years}},
        {"capital.schemes.*.grants", {Naming::years}},
        {"capital.schemes.*.receipts", {Naming::years}},
        {"capital.schemes.*.revenue", {Naming::years}},
    };
    for (const auto& [name, shape] : shapes)
        if (name == pattern) return shape;
    return std::nullopt;
}

// Keys a --set may not change: they say how the files are read, or who an item is.
bool protected_key(const std::string& pattern, const std::string& key) {
    return (pattern.empty() && (key == "format" || key == "units" || key == "extends")) || key == "id";
}

std::string join(const std::vector<std::string>& parts, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += (i ? "." : "") + parts[i];
    return text;
}

// The plan years as the merged document states them, for expanding a single rate into
// one entry per plan year; nothing if base_year or plan_years are unusable (their own
// problem is reported by validation).
std::vector<std::string> plan_year_keys(const Node& root) {
    const Node* base = root.find("base_year");
    std::optional<FiscalYear> base_year =
        base && base->is_scalar() ? FiscalYear::parse(base->text) : std::nullopt;
    int plan_years = 3;
    if (const Node* count = root.find("plan_years")) {
        if (!count->is_scalar() || count->text.empty() || count->text.size() > 2 ||
            count->text.find_first_not_of("0123456789") != std::string::npos)
            return {};
        plan_years = std::stoi(count->text);
    }
    std::vector<std::string> keys;
    if (!base_year) return keys;
    for (int y = 1; y <= plan_years; ++y) keys.push_back((*base_year + y).to_string());
    return keys;
}

class Walker {
public:
    Walker(Session& session, Node& root, const Override& change, const SourceFile& source)
        : session_(session), root_(root), change_(change), source_(source), parts_(split_path(change.path)) {}

    // The node the path names (created where the scenario allows), or nothing.
    Node* walk() {
        Node* node = &root_;
        for (std::size_t i = 0; i < parts_.size(); ++i) {
            const std::string& part = parts_[i];
            if (part.empty()) return fail(fmt::format("'{}' is not a path (an empty part)", change_.path));
            if (node->is_sequence()) {
                node = item_by_id(*node, i);
                if (!node) return nullptr;
                pattern_ += pattern_.empty() ? "*" : ".*";
                continue;
            }
            std::optional<Shape> shape = shape_at(pattern_);
            if (!shape)
                return fail(fmt::format("'{}' holds a single value; it has no '{}'", join(parts_, i), part));
            if (shape->naming == Naming::years && !node->is_map() && !expand_to_years(*node)) return nullptr;
            if (shape->naming == Naming::subjectives && !node->is_map()) node = expand_budget_book(node);
            if (node->kind == Node::Kind::null) {
                node->kind = Node::Kind::map;
            }
            if (!node->is_map())
                return fail(fmt::format("'{}' is not a mapping; it has no '{}'", join(parts_, i), part));
            std::optional<std::string> key = child_key(*shape, *node, i);
            if (!key) return nullptr;
            if (parts_.size() >= 2 && i == 1 && parts_[0] == "precept") {
                Node newer;
                newer.kind = Node::Kind::map;
                newer.entries.push_back(Entry{*key, {}, Node{}});
                drop_other_precept_mode(*node, newer);
            }
            Node* child = node->find(*key);
            if (!child) {
                Entry entry{*key, Where{&source_, 0, 0}, Node{}};
                entry.value.at = Where{&source_, 0, 0};
                node->entries.push_back(std::move(entry));
                child = &node->entries.back().value;
            }
            node = child;
            pattern_ += (pattern_.empty() ? "" : ".") + (shape->naming == Naming::years  ? std::string("year")
                                                         : shape->naming == Naming::keys ? *key
                                                                                         : std::string("*"));
        }
        return node;
    }

private:
    std::nullptr_t fail(std::string message) {
        session_.problems.add(Where{&source_, 0, 0}, std::move(message));
        return nullptr;
    }

    Node* item_by_id(Node& list, std::size_t i) {
        std::vector<std::string> ids;
        for (Node& item : list.items) {
            const Node* id = item.is_map() ? item.find("id") : nullptr;
            if (!id || !id->is_scalar()) continue;
            if (id->text == parts_[i]) return &item;
            ids.push_back(id->text);
        }
        if (ids.empty() && !list.items.empty())
            return fail(
                fmt::format("the items of '{}' have no ids, so --set cannot address one", join(parts_, i)));
        return fail(fmt::format("'{}' has no item with id '{}'{}", join(parts_, i), parts_[i],
                                did_you_mean(parts_[i], ids)));
    }

    // The key to walk into, normalised (2008-09 finds 2008/09), or nothing after a report.
    std::optional<std::string> child_key(const Shape& shape, const Node& node, std::size_t i) {
        const std::string& part = parts_[i];
        std::string place = i == 0 ? "the scenario" : "'" + join(parts_, i) + "'";
        switch (shape.naming) {
            case Naming::keys:
                if (std::find(shape.keys->begin(), shape.keys->end(), part) == shape.keys->end()) {
                    fail(fmt::format("{} has no key '{}'{}", place, part, did_you_mean(part, *shape.keys)));
                    return std::nullopt;
                }
                if (protected_key(pattern_, part)) {
                    fail(fmt::format("'{}' cannot be set from the command line", part));
                    return std::nullopt;
                }
                return part;
            case Naming::years: {
                std::optional<FiscalYear> year = FiscalYear::parse(part);
                if (!year) {
                    fail(fmt::format("'{}' is not a fiscal year (write it as YYYY/YY, e.g. 2007/08)", part));
                    return std::nullopt;
                }
                for (const Entry& entry : node.entries)
                    if (FiscalYear::parse(entry.key) == year) return entry.key;
                return year->to_string();
            }
            case Naming::subjectives: {
                std::vector<std::string> ids = subjective_ids();
                if (std::find(ids.begin(), ids.end(), part) == ids.end()) {
                    fail(fmt::format("there is no subjective '{}'{}", part, did_you_mean(part, ids)));
                    return std::nullopt;
                }
                return part;
            }
            case Naming::existing: {
                std::vector<std::string> names;
                for (const Entry& entry : node.entries) names.push_back(entry.key);
                if (std::find(names.begin(), names.end(), part) == names.end()) {
                    fail(fmt::format("{} has no '{}'{}", place, part, did_you_mean(part, names)));
                    return std::nullopt;
                }
                return part;
            }
        }
        return std::nullopt;
    }

    std::vector<std::string> subjective_ids() const {
        std::vector<std::string> ids;
        if (const Node* list = root_.find("subjectives"); list && list->is_sequence())
            for (const Node& item : list->items)
                if (const Node* id = item.is_map() ? item.find("id") : nullptr; id && id->is_scalar())
                    ids.push_back(id->text);
        return ids;
    }

    // A single rate stands for every plan year; to change one year, write it out as
    // one entry per plan year first, each still located where the rate was written.
    bool expand_to_years(Node& node) {
        if (node.kind == Node::Kind::null) return true;
        if (!node.is_scalar()) return true;  // a list: reported as "not a mapping"
        std::vector<std::string> years = plan_year_keys(root_);
        if (years.empty()) {
            fail("the plan years are not known (see base_year and plan_years), so one year cannot be set");
            return false;
        }
        Node single = node;
        node.kind = Node::Kind::map;
        node.text.clear();
        for (const std::string& year : years) node.entries.push_back(Entry{year, single.at, single});
        return true;
    }

    // `budget_book: 28468` with `subjective: pensions` is {pensions: 28468}.
    // Returns the budget book again: erasing `subjective` moves the line's entries.
    Node* expand_budget_book(Node* book) {
        if (!book->is_scalar()) return book;
        // The path is lines.<id>.budget_book, so the line is the item with id parts_[1].
        Node* line = nullptr;
        if (Node* lines = root_.find("lines"))
            for (Node& item : lines->items)
                if (const Node* id = item.is_map() ? item.find("id") : nullptr; id && id->text == parts_[1])
                    line = &item;
        const Node* subjective = line ? line->find("subjective") : nullptr;
        if (!subjective || !subjective->is_scalar()) return book;
        Node single = *book;
        book->kind = Node::Kind::map;
        book->text.clear();
        book->entries.push_back(Entry{subjective->text, subjective->at, single});
        line->erase("subjective");
        return line->find("budget_book");
    }

    Session& session_;
    Node& root_;
    const Override& change_;
    const SourceFile& source_;
    std::vector<std::string> parts_;
    std::string pattern_;
};

// The value, read as YAML so that it means what it would in a file ("3.5%", "1,000",
// "[2006/07, 2007/08]"), with every node located on the command line.
std::optional<Node> read_value(Session& session, const Override& change, const SourceFile& source) {
    if (change.value.find_first_not_of(" ") == std::string::npos) {
        Node empty;
        empty.at = Where{&source, 0, 0};
        return empty;
    }
    Problems problems;
    std::optional<Node> value = parse_yaml(change.value, source, session.budget, problems);
    if (!value || !problems.empty()) {  // a value read with problems (a control character) is not taken
        for (const Diagnostic& found : problems.sorted()) {
            std::string message = found.message;  // without the "--set ...: " it already carries
            if (message.starts_with(source.context + ": ")) message.erase(0, source.context.size() + 2);
            session.problems.add(Where{&source, 0, 0}, "the value is not valid: " + message);
        }
        return std::nullopt;
    }
    struct Relocate {
        const SourceFile* source;
        void operator()(Node& node) const {
            node.at = Where{source, 0, 0};
            for (Entry& entry : node.entries) {
                entry.key_at = node.at;
                (*this)(entry.value);
            }
            for (Node& item : node.items) (*this)(item);
        }
    };
    Relocate{&source}(*value);
    return value;
}

}  // namespace

void apply_overrides(Session& session, Node& root, const std::vector<Override>& overrides) {
    const SourceFile* top = session.files.empty() ? nullptr : &session.files.front();
    for (const Override& change : overrides) {
        if (change.operation != SetOperator::assign) continue;  // applied after loading
        SourceFile& source = session.add_file("command line");
        source.units = top ? top->units : std::nullopt;
        source.context = fmt::format("--set {}={}", change.path, change.value);
        std::optional<Node> value = read_value(session, change, source);
        Node* target = Walker(session, root, change, source).walk();
        if (!target || !value) continue;
        *target = std::move(*value);
    }
}

}  // namespace mtfp::load

#include "load/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <variant>

#include "model/suggest.hpp"
#include "money/amount_text.hpp"
#include "money/limits.hpp"

namespace mtfp::load {

namespace {

// Amounts of a file whose units are unknown (reported once, at the top file) are
// read as £m, the coarsest unit, so that no spurious "not whole pounds" follows.
const Units unknown_units{"£m", 6};

std::string plain(std::string_view text) {
    return text.size() > 40 ? std::string(text.substr(0, 40)) + "..." : std::string(text);
}

}  // namespace

void Reader::set_years(FiscalYear base_year, int plan_years) {
    base_year_ = base_year;
    plan_years_ = plan_years;
}

bool Reader::expect_map(const Node& node, std::string_view what, const std::vector<std::string>& known) {
    if (!node.is_map()) {
        report(node.at, fmt::format("{} must be a mapping of keys, got {}", what, describe(node)));
        return false;
    }
    for (const Entry& entry : node.entries) {
        if (std::find(known.begin(), known.end(), entry.key) != known.end()) continue;
        if (entry.key == "remove") {
            report(entry.key_at,
                   "'remove: true' deletes an item inherited through 'extends'; there is none here");
            continue;
        }
        report(entry.key_at, fmt::format("unknown key '{}' in {}{}", plain(entry.key), what,
                                         did_you_mean(entry.key, known)));
    }
    return true;
}

std::string Reader::hint(std::string_view word, const std::vector<std::string>& candidates) const {
    return problems_.many() ? "" : did_you_mean(word, candidates);
}

bool Reader::expect_sequence(const Node& node, std::string_view what, std::size_t most) {
    if (node.is_sequence() && node.items.size() > most) {
        report(node.at, fmt::format("{} has {} items; mtfp reads at most {}", what, node.items.size(), most));
        return false;
    }
    if (node.is_sequence()) return true;
    report(node.at, fmt::format("{} must be a list, got {}", what, describe(node)));
    return false;
}

const Node* Reader::required(const Node& map, std::string_view key, std::string_view what) {
    const Node* found = map.find(key);
    if (!found) report(map.at, fmt::format("{} is missing required key '{}'", what, key));
    return found;
}

std::string Reader::required_name(const Node& item, std::string_view what) {
    const Node* name = required(item, "name", what);
    return name ? text(*name, "name").value_or("") : "";
}

std::optional<std::string> Reader::text(const Node& node, std::string_view what) {
    if (!node.is_scalar()) {
        report(node.at, fmt::format("{} must be text, got {}", what, describe(node)));
        return std::nullopt;
    }
    if (node.text.empty()) {
        report(node.at, fmt::format("{} must not be empty", what));
        return std::nullopt;
    }
    if (node.text.size() > limits::max_text_chars) {
        report(node.at, fmt::format("{} is {} characters long; mtfp reads at most {}", what, node.text.size(),
                                    limits::max_text_chars));
        return std::nullopt;
    }
    return node.text;
}

std::optional<Money> Reader::amount(const Node& node) {
    if (!node.is_scalar()) {
        report(node.at, "expected an amount, got " + describe(node));
        return std::nullopt;
    }
    const Units& units = node.at.file && node.at.file->units ? *node.at.file->units : unknown_units;
    auto parsed = parse_amount_text(node.text, units);
    if (auto* problem = std::get_if<AmountProblem>(&parsed)) {
        report(node.at, problem->message);
        return std::nullopt;
    }
    return std::get<Money>(parsed);
}

std::optional<Rate> Reader::rate(const Node& node) {
    if (!node.is_scalar()) {
        report(node.at, "expected a rate such as 2.5%, got " + describe(node));
        return std::nullopt;
    }
    const std::string& text = node.text;
    std::optional<Rate> parsed = Rate::parse_percent(text);
    if (!parsed) {
        if (std::optional<Rate> as_percent = Rate::parse_percent(text + "%"))
            report(node.at,
                   fmt::format("the rate '{}' has no '%': a bare {} would mean {}; write {}%", plain(text),
                               plain(text), Rate::from_units(as_percent->units() * 100).to_percent_string(),
                               plain(text)));
        else if (!text.empty() && text.back() == '%')
            report(node.at,
                   fmt::format("'{}' is not a rate mtfp can hold (at most {} decimals, within ±1000%)",
                               plain(text), Rate::percent_decimals));
        else
            report(node.at, fmt::format("expected a rate such as 2.5%, got '{}'", plain(text)));
        return std::nullopt;
    }
    std::int64_t units = parsed->units();
    if (units > limits::max_rate_units || units < -limits::max_rate_units) {
        report(node.at, fmt::format("the rate {} is beyond ±1000%, the most mtfp accepts", plain(text)));
        return std::nullopt;
    }
    return parsed;
}

std::optional<Rate> Reader::growth_rate(const Node& node, std::string_view what) {
    std::optional<Rate> parsed = rate(node);
    if (parsed && *parsed < -Rate::from_units(Rate::scale)) {
        report(node.at, fmt::format("the rate {} for {} is below -100%: a fall of more than the whole would "
                                    "turn the amount negative",
                                    parsed->to_percent_string(), what));
        return std::nullopt;
    }
    return parsed;
}

std::optional<bool> Reader::flag(const Node& node) {
    if (node.is_scalar()) {
        const std::string& t = node.text;
        if (t == "true" || t == "True" || t == "TRUE") return true;
        if (t == "false" || t == "False" || t == "FALSE") return false;
    }
    report(node.at, "expected true or false, got " + describe(node));
    return std::nullopt;
}

std::optional<int> Reader::whole_number(const Node& node, std::string_view what) {
    if (node.is_scalar() && !node.text.empty() && node.text.size() <= 6 &&
        node.text.find_first_not_of("0123456789") == std::string::npos)
        return std::stoi(node.text);
    report(node.at, fmt::format("{} must be a whole number, got {}", what, describe(node)));
    return std::nullopt;
}

std::optional<FiscalYear> Reader::fiscal_year(std::string_view text, const Where& at) {
    std::optional<FiscalYear> year = FiscalYear::parse(text);
    if (!year)
        report(at, fmt::format("'{}' is not a fiscal year (write it as YYYY/YY, e.g. 2007/08)", plain(text)));
    return year;
}

std::optional<YearIndex> Reader::year(std::string_view text, const Where& at, YearsAllowed allowed) {
    std::optional<FiscalYear> parsed = fiscal_year(text, at);
    if (!parsed || !base_year_) return std::nullopt;
    int offset = *parsed - *base_year_;
    FiscalYear first_plan = *base_year_ + 1;
    FiscalYear last_plan = *base_year_ + plan_years_;
    switch (allowed) {
        case YearsAllowed::base_only:
            if (offset == 0) return YearIndex{0};
            report(at, fmt::format("{} is not the base year: only {} is allowed here", parsed->to_string(),
                                   base_year_->to_string()));
            return std::nullopt;
        case YearsAllowed::plan_only:
            if (offset >= 1 && offset <= plan_years_) return static_cast<YearIndex>(offset);
            report(at, fmt::format("{} is not a plan year: only {} to {} are allowed here",
                                   parsed->to_string(), first_plan.to_string(), last_plan.to_string()));
            return std::nullopt;
        case YearsAllowed::any:
            if (offset >= 0 && offset <= plan_years_) return static_cast<YearIndex>(offset);
            report(at, fmt::format("{} is outside the plan ({} to {})", parsed->to_string(),
                                   base_year_->to_string(), last_plan.to_string()));
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<YearIndex> Reader::year_quietly(std::string_view text) const {
    std::optional<FiscalYear> parsed = FiscalYear::parse(text);
    if (!parsed || !base_year_) return std::nullopt;
    int offset = *parsed - *base_year_;
    if (offset < 0 || offset > plan_years_) return std::nullopt;
    return static_cast<YearIndex>(offset);
}

std::optional<YearIndex> Reader::year(const Node& node, YearsAllowed allowed) {
    if (!node.is_scalar()) {
        report(node.at, "expected a fiscal year such as 2007/08, got " + describe(node));
        return std::nullopt;
    }
    return year(node.text, node.at, allowed);
}

std::optional<std::size_t> Reader::reference(const Node& node, const std::vector<std::string>& ids,
                                             std::string_view what) {
    if (!node.is_scalar()) {
        report(node.at, fmt::format("expected the id of a {}, got {}", what, describe(node)));
        return std::nullopt;
    }
    auto found = std::find(ids.begin(), ids.end(), node.text);
    if (found != ids.end()) return static_cast<std::size_t>(found - ids.begin());
    std::string suggestion =
        ids.empty() ? fmt::format(" (the scenario defines no {} at all)", what) : hint(node.text, ids);
    report(node.at, fmt::format("unknown {} '{}'{}", what, plain(node.text), suggestion));
    return std::nullopt;
}

std::vector<Rate> Reader::rates_by_year(const Node& node, bool every_year, Rate missing,
                                        std::string_view what, std::vector<Where>* where) {
    std::vector<Rate> rates(year_count(), missing);
    if (where) where->assign(year_count(), node.at);
    if (!rates.empty()) rates[0] = Rate{};
    if (node.is_scalar()) {
        if (std::optional<Rate> every = growth_rate(node, what))
            for (std::size_t y = 1; y < rates.size(); ++y) rates[y] = *every;
        return rates;
    }
    if (!node.is_map()) {
        report(node.at, fmt::format("{} must be a rate (every plan year) or a rate per plan year, got {}",
                                    what, describe(node)));
        return rates;
    }
    std::vector<bool> given(year_count(), false);
    for (const Entry& entry : node.entries) {
        std::optional<YearIndex> y = year(entry.key, entry.key_at, YearsAllowed::plan_only);
        std::optional<Rate> value = growth_rate(entry.value, what);
        if (!y) continue;
        if (given[*y]) {
            report(entry.key_at, fmt::format("{} is given twice in {}", entry.key, what));
            continue;
        }
        given[*y] = true;
        if (value) rates[*y] = *value;
        if (where) (*where)[*y] = entry.value.at;
    }
    if (every_year && years_known()) {
        for (std::size_t y = 1; y < given.size(); ++y)
            if (!given[y])
                report(node.at, fmt::format("{} has no rate for {} (every plan year needs one)", what,
                                            (*base_year_ + static_cast<int>(y)).to_string()));
    }
    return rates;
}

std::vector<std::optional<Money>> Reader::amounts_by_year(const Node& node, YearsAllowed allowed,
                                                          std::string_view what, std::vector<Where>* where) {
    std::vector<std::optional<Money>> amounts(year_count());
    if (where) where->assign(year_count(), node.at);
    if (!node.is_map()) {
        report(node.at, fmt::format("{} must be a mapping of year: amount, got {}", what, describe(node)));
        return amounts;
    }
    for (const Entry& entry : node.entries) {
        std::optional<YearIndex> y = year(entry.key, entry.key_at, allowed);
        std::optional<Money> value = amount(entry.value);
        if (!y) continue;
        if (amounts[*y]) {
            report(entry.key_at, fmt::format("{} is given twice in {}", entry.key, what));
            continue;
        }
        if (value) amounts[*y] = *value;
        if (where) (*where)[*y] = entry.value.at;
    }
    return amounts;
}

std::vector<std::string> Reader::ids(const Node& list, std::string_view what, bool id_required) {
    std::vector<std::string> result;
    std::map<std::string, int> first_line;
    for (const Node& item : list.items) {
        result.emplace_back();
        if (!item.is_map()) continue;  // reported when the item itself is read
        const Node* id = item.find("id");
        if (!id) {
            if (id_required) report(item.at, fmt::format("{} is missing required key 'id'", what));
            continue;
        }
        std::optional<std::string> name = text(*id, fmt::format("the id of a {}", what));
        if (!name) continue;
        auto [first, inserted] = first_line.emplace(*name, id->at.line);
        if (!inserted) {
            report(id->at,
                   fmt::format("duplicate {} id '{}' (first at line {})", what, plain(*name), first->second));
            continue;
        }
        result.back() = *name;
    }
    return result;
}

}  // namespace mtfp::load

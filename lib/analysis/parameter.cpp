#include "analysis/parameter.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/capital_parameters.hpp"
#include "analysis/command_line_error.hpp"
#include "model/diagnostic.hpp"
#include "model/path_parts.hpp"
#include "model/suggest.hpp"
#include "money/hundredths.hpp"
#include "money/limits.hpp"

namespace mtfp::analysis {

namespace {

// Reads a path part by part, so that every message can say which part is wrong.
class PathReader {
public:
    PathReader(const Scenario& scenario, const std::string& path)
        : scenario_(scenario), path_(path), parts_(split_path(path)) {}

    bool at_end() const { return next_ == parts_.size(); }

    // The next part, which must be one of `choices`.
    std::string key(const std::vector<std::string>& choices) {
        const std::string part = take("one of " + join(choices));
        if (std::find(choices.begin(), choices.end(), part) == choices.end())
            refuse(fmt::format(
                "'{}' has no '{}' that solve, sensitivity or --set +=, -=, *= can vary{}; it can vary {}",
                place(), part, did_you_mean(part, choices), join(choices)));
        return part;
    }

    // The next part as the id of one of `items`; its position.
    template <class Item>
    std::size_t id(const std::vector<Item>& items, const std::string& what) {
        std::vector<std::string> ids;
        for (const Item& item : items) ids.push_back(item.id);
        const std::string part = take("the id of " + what);
        auto found = std::find(ids.begin(), ids.end(), part);
        if (found == ids.end())
            refuse(fmt::format("there is no {} with id '{}'{}", what, part, did_you_mean(part, ids)));
        return static_cast<std::size_t>(found - ids.begin());
    }

    // Every plan year, or the one plan year the path ends with.
    std::vector<YearIndex> plan_years() {
        if (at_end()) {
            std::vector<YearIndex> years;
            for (YearIndex y = 1; y < scenario_.year_count(); ++y) years.push_back(y);
            return years;
        }
        const YearIndex y = year();
        if (y == 0)
            refuse(
                fmt::format("'{}' names the base year {}; this value is set for plan years only ({} to {})",
                            path_, scenario_.year(0).to_string(), scenario_.year(1).to_string(),
                            scenario_.year(scenario_.year_count() - 1).to_string()));
        return {y};
    }

    YearIndex year() {
        const std::string part = take("a fiscal year");
        std::optional<FiscalYear> year = FiscalYear::parse(part);
        if (!year) refuse(fmt::format("'{}' is not a fiscal year (write it as YYYY/YY, e.g. 2007/08)", part));
        const int offset = *year - scenario_.base_year;
        if (offset < 0 || offset > scenario_.plan_years)
            refuse(fmt::format("{} is not a year of the plan ({} to {})", year->to_string(),
                               scenario_.base_year.to_string(),
                               scenario_.year(scenario_.year_count() - 1).to_string()));
        return static_cast<YearIndex>(offset);
    }

    void end() {
        if (!at_end())
            refuse(fmt::format("'{}' holds a single value; it has no '{}'", place(), parts_[next_]));
    }

private:
    std::string take(const std::string& expected) {
        if (at_end()) refuse(fmt::format("'{}' is not a single rate or amount: add {}", path_, expected));
        const std::string& part = parts_[next_++];
        if (part.empty()) refuse(fmt::format("'{}' is not a path (an empty part)", path_));
        return part;
    }

    std::string place() const {
        if (next_ <= 1) return "the scenario";
        std::string text;
        for (std::size_t i = 0; i + 1 < next_; ++i) text += (i ? "." : "") + parts_[i];
        return text;
    }

    static std::string join(const std::vector<std::string>& choices) {
        std::string text;
        for (std::size_t i = 0; i < choices.size(); ++i) text += (i ? ", " : "") + choices[i];
        return text;
    }

    const Scenario& scenario_;
    const std::string& path_;
    std::vector<std::string> parts_;
    std::size_t next_ = 0;
};

constexpr std::int64_t max_amount = limits::max_amount_pounds;

// Below -100% a cost or an income would change sign, which no what-if means.
void rate_range(ParameterHandle& handle) {
    handle.lowest = -Rate::scale;
    handle.highest = limits::max_rate_units;
}

void amount_range(ParameterHandle& handle, std::int64_t lowest, std::int64_t highest) {
    handle.lowest = lowest;
    handle.highest = highest;
}

// The sign the loader requires of each kind of movement bounds the search.
void movement(PathReader& path, const Scenario& scenario, ParameterHandle& handle) {
    handle.kind = ParameterKind::movement_amount;
    handle.item = path.id(scenario.movements, "movement");
    path.key({"amounts"});
    const Movement& found = scenario.movements[handle.item];
    switch (found.kind) {
        case MovementKind::virement:
            refuse(
                fmt::format("movement '{}' is a virement: its amounts must net to zero across lines, so it "
                            "cannot be varied alone",
                            found.id));
        case MovementKind::in_year:
            if (!path.at_end() && path.year() != 0)
                refuse(fmt::format(
                    "movement '{}' is an in-year movement: it has an amount in the base year only",
                    found.id));
            handle.years = {0};
            amount_range(handle, -max_amount, max_amount);
            break;
        case MovementKind::committed_increase:
        case MovementKind::new_initiative:
            handle.years = path.plan_years();
            amount_range(handle, 0, max_amount);
            break;
        case MovementKind::committed_decrease:
        case MovementKind::efficiency:
            handle.years = path.plan_years();
            amount_range(handle, -max_amount, 0);
            break;
        case MovementKind::pensions:
            handle.years = path.plan_years();
            amount_range(handle, -max_amount, max_amount);
            break;
    }
}

void grant(PathReader& path, ParameterHandle& handle) {
    const std::string what = path.key({"growth", "amounts", "base"});
    if (what == "base") {
        handle.kind = ParameterKind::grant_base;
        amount_range(handle, 0, max_amount);
        return;
    }
    handle.kind = what == "growth" ? ParameterKind::grant_growth : ParameterKind::grant_amount;
    handle.years = path.plan_years();
    if (what == "growth")
        rate_range(handle);
    else
        amount_range(handle, 0, max_amount);
}

void grants(PathReader& path, const Scenario& scenario, ParameterHandle& handle) {
    if (path.key({"general", "specific"}) == "general") {
        handle.item = 0;
    } else {
        handle.item = path.id(scenario.specific_grants, "specific grant") + 1;
    }
    grant(path, handle);
}

void precept(PathReader& path, const Scenario& scenario, ParameterHandle& handle) {
    const std::string what = path.key({"band_d_increase", "tax_base_growth", "base", "collection_fund"});
    const CouncilTax& tax = scenario.precept.council_tax;
    if (what == "base" && tax.in_pounds())
        refuse("precept.base is not an input of this scenario: its precept is Band D x tax base (band_d)");
    if (what == "base") {
        handle.kind = ParameterKind::precept_base;
        amount_range(handle, 0, max_amount);
        return;
    }
    if (what == "collection_fund") {
        if (!tax.has_collection_fund())
            refuse(
                "precept.collection_fund is not an input of this scenario: it gives no collection fund (add "
                "one, or --set precept.collection_fund.YEAR=0 first)");
        handle.kind = ParameterKind::collection_fund;
        handle.years = path.plan_years();
        amount_range(handle, -max_amount, max_amount);
        return;
    }
    if (what == "band_d_increase" && scenario.precept.mode == PreceptMode::balance)
        refuse(
            "precept.band_d_increase is not an input of this scenario: its precept is in balance mode, so "
            "the Band D increase is whatever balances the budget");
    handle.kind = what == "band_d_increase" ? ParameterKind::band_d_increase : ParameterKind::tax_base_growth;
    handle.years = path.plan_years();
    rate_range(handle);
    if (handle.kind == ParameterKind::band_d_increase && tax.in_pounds()) {
        // In pence; a cut at most the whole charge, £10 million at most (hundredths.hpp).
        handle.kind = ParameterKind::band_d_cash;
        amount_range(handle, -max_hundredths, max_hundredths);
    }
}

void reserves(PathReader& path, const Scenario& scenario, ParameterHandle& handle) {
    const std::string what = path.key({"general", "earmarked", "transfers"});
    if (what == "transfers") {
        handle.kind = ParameterKind::transfer_amount;
        handle.item = path.id(scenario.transfers, "reserve transfer");
        path.key({"amount"});
        handle.years = {scenario.transfers[handle.item].year};
        amount_range(handle, -max_amount, max_amount);
        return;
    }
    handle.kind = ParameterKind::reserve_opening;
    if (what == "general") {
        handle.item = 0;
    } else {
        // Earmarked reserves follow the general reserve, in order.
        std::vector<Reserve> earmarked(scenario.reserves.begin() + 1, scenario.reserves.end());
        handle.item = path.id(earmarked, "earmarked reserve") + 1;
    }
    path.key({"opening"});
    amount_range(handle, 0, max_amount);
}

void lines(PathReader& path, const Scenario& scenario, ParameterHandle& handle) {
    handle.kind = ParameterKind::budget_book_amount;
    handle.item = path.id(scenario.lines, "line");
    path.key({"budget_book"});
    handle.subjective = path.id(scenario.subjectives, "subjective");
    amount_range(handle, -max_amount, max_amount);
}

}  // namespace

ValueType ParameterHandle::type() const {
    switch (kind) {
        case ParameterKind::index_rate:
        case ParameterKind::grant_growth:
        case ParameterKind::band_d_increase:
        case ParameterKind::tax_base_growth:
        case ParameterKind::capital_borrowing_rate:
            return ValueType::rate;
        case ParameterKind::band_d_cash:
            return ValueType::pence;
        default:
            return ValueType::money;
    }
}

ParameterHandle as_written(const ParameterHandle& handle, const std::string& value) {
    if (handle.kind != ParameterKind::band_d_cash || value.find('%') == std::string::npos) return handle;
    ParameterHandle rate = handle;
    rate.kind = ParameterKind::band_d_increase;
    rate_range(rate);
    return rate;
}

ParameterHandle resolve_parameter(const Scenario& scenario, const std::string& path) {
    ParameterHandle handle;
    handle.path = path;
    PathReader reader(scenario, path);
    // "capital" only where there is a capital programme, so a v1 scenario's messages stay as they were.
    std::vector<std::string> tops{"indices", "grants", "precept", "movements", "lines", "reserves"};
    if (scenario.capital) tops.emplace_back("capital");
    const std::string top = reader.key(tops);
    if (top == "capital") {
        resolve_capital_parameter(scenario, split_path(path), handle);
        return handle;
    }
    if (top == "indices") {
        handle.kind = ParameterKind::index_rate;
        handle.item = reader.id(scenario.indices, "index");
        handle.years = reader.plan_years();
        rate_range(handle);
    } else if (top == "grants") {
        grants(reader, scenario, handle);
    } else if (top == "precept") {
        precept(reader, scenario, handle);
    } else if (top == "movements") {
        movement(reader, scenario, handle);
    } else if (top == "lines") {
        lines(reader, scenario, handle);
    } else {
        reserves(reader, scenario, handle);
    }
    reader.end();
    return handle;
}

}  // namespace mtfp::analysis

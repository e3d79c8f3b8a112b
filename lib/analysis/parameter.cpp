#include "analysis/parameter.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/command_line_error.hpp"
#include "model/diagnostic.hpp"
#include "model/path_parts.hpp"
#include "model/suggest.hpp"
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
    const std::string what = path.key({"band_d_increase", "tax_base_growth", "base"});
    if (what == "base" && scenario.precept.council_tax.in_pounds())
        refuse("precept.base is not an input of this scenario: its precept is Band D x tax base (band_d)");
    if (what == "base") {
        handle.kind = ParameterKind::precept_base;
        amount_range(handle, 0, max_amount);
        return;
    }
    if (what == "band_d_increase" && scenario.precept.mode == PreceptMode::balance)
        refuse(
            "precept.band_d_increase is not an input of this scenario: its precept is in balance mode, so "
            "the Band D increase is whatever balances the budget");
    handle.kind = what == "band_d_increase" ? ParameterKind::band_d_increase : ParameterKind::tax_base_growth;
    handle.years = path.plan_years();
    rate_range(handle);
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

Grant& grant_of(Scenario& scenario, std::size_t item) {
    return item == 0 ? scenario.general_grant : scenario.specific_grants[item - 1];
}

const Grant& grant_of(const Scenario& scenario, std::size_t item) {
    return item == 0 ? scenario.general_grant : scenario.specific_grants[item - 1];
}

}  // namespace

ValueType ParameterHandle::type() const {
    switch (kind) {
        case ParameterKind::index_rate:
        case ParameterKind::grant_growth:
        case ParameterKind::band_d_increase:
        case ParameterKind::tax_base_growth:
            return ValueType::rate;
        default:
            return ValueType::money;
    }
}

ParameterHandle resolve_parameter(const Scenario& scenario, const std::string& path) {
    ParameterHandle handle;
    handle.path = path;
    PathReader reader(scenario, path);
    const std::string top = reader.key({"indices", "grants", "precept", "movements", "lines", "reserves"});
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

std::int64_t value_in(const Scenario& scenario, const Plan& plan, const ParameterHandle& handle,
                      YearIndex y) {
    switch (handle.kind) {
        case ParameterKind::index_rate:
            return scenario.indices[handle.item].rate_by_year[y].units();
        case ParameterKind::grant_growth:
            return grant_of(scenario, handle.item).by_year[y].growth.units();
        case ParameterKind::grant_amount:
            return (handle.item == 0 ? plan.general_grant[y] : plan.specific_grants[handle.item - 1][y])
                .in_pounds();
        case ParameterKind::grant_base:
            return grant_of(scenario, handle.item).base.in_pounds();
        case ParameterKind::band_d_increase:
            return scenario.precept.band_d_increase_by_year[y].units();
        case ParameterKind::tax_base_growth:
            return scenario.precept.tax_base_growth_by_year[y].units();
        case ParameterKind::precept_base:
            return scenario.precept.base.in_pounds();
        case ParameterKind::movement_amount:
            return scenario.movements[handle.item].amount_by_year[y].in_pounds();
        case ParameterKind::transfer_amount:
            return scenario.transfers[handle.item].amount.in_pounds();
        case ParameterKind::budget_book_amount:
            return scenario.lines[handle.item].budget_book[handle.subjective].in_pounds();
        case ParameterKind::reserve_opening:
            return scenario.reserves[handle.item].opening.in_pounds();
    }
    return 0;
}

void set_value(Scenario& scenario, const ParameterHandle& handle, YearIndex y, std::int64_t value) {
    const Rate rate = Rate::from_units(value);
    const Money amount = Money::pounds(value);
    switch (handle.kind) {
        case ParameterKind::index_rate:
            scenario.indices[handle.item].rate_by_year[y] = rate;
            return;
        case ParameterKind::grant_growth:
            grant_of(scenario, handle.item).by_year[y].growth = rate;
            return;
        case ParameterKind::grant_amount:
            grant_of(scenario, handle.item).by_year[y].amount = amount;
            return;
        case ParameterKind::grant_base:
            grant_of(scenario, handle.item).base = amount;
            return;
        case ParameterKind::band_d_increase:
            scenario.precept.band_d_increase_by_year[y] = rate;
            // A year whose increase was in pounds now takes the rate.
            if (y < scenario.precept.council_tax.cash_increase_pence.size())
                scenario.precept.council_tax.cash_increase_pence[y].reset();
            return;
        case ParameterKind::tax_base_growth:
            scenario.precept.tax_base_growth_by_year[y] = rate;
            return;
        case ParameterKind::precept_base:
            scenario.precept.base = amount;
            return;
        case ParameterKind::movement_amount:
            scenario.movements[handle.item].amount_by_year[y] = amount;
            return;
        case ParameterKind::transfer_amount:
            scenario.transfers[handle.item].amount = amount;
            return;
        case ParameterKind::budget_book_amount:
            scenario.lines[handle.item].budget_book[handle.subjective] = amount;
            return;
        case ParameterKind::reserve_opening:
            scenario.reserves[handle.item].opening = amount;
            return;
    }
}

}  // namespace mtfp::analysis

#pragma once
// The validator's toolkit: typed values out of document nodes, each problem reported
// at the node it concerns, and nothing thrown, so that one run finds every problem.
// Every getter returns nothing when the value is unusable (after reporting why).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/document.hpp"
#include "load/problems.hpp"
#include "model/scenario.hpp"
#include "money/fiscal_year.hpp"
#include "money/limits.hpp"
#include "money/money.hpp"
#include "money/rate.hpp"

namespace mtfp::load {

enum class YearsAllowed { base_only, plan_only, any };

class Reader {
public:
    explicit Reader(Problems& problems) : problems_(problems) {}

    Problems& problems() { return problems_; }
    void report(const Where& at, std::string message) { problems_.add(at, std::move(message)); }

    // The plan's years, once base_year and plan_years are valid; until then year keys
    // are not checked (the problem with base_year is reported instead).
    void set_years(FiscalYear base_year, int plan_years);
    bool years_known() const { return base_year_.has_value(); }
    std::size_t year_count() const { return static_cast<std::size_t>(plan_years_) + 1; }

    // `map` must be a mapping; reports unknown keys (did you mean) and returns false
    // when it is not a mapping at all.
    bool expect_map(const Node& node, std::string_view what, const std::vector<std::string>& known);
    // A list of at most `most` items (limits.hpp).
    bool expect_sequence(const Node& node, std::string_view what, std::size_t most = limits::max_list_items);
    // " (did you mean 'x'?)", or nothing; nothing too once many problems are found.
    std::string hint(std::string_view word, const std::vector<std::string>& candidates) const;
    // A key the mapping must have; a missing key has no location, so its map's is used.
    const Node* required(const Node& map, std::string_view key, std::string_view what);
    // The required `name` of a list item (a line, a subjective, a grant...), or "" when
    // it is missing or not text (either reported).
    std::string required_name(const Node& item, std::string_view what);

    std::optional<std::string> text(const Node& node, std::string_view what);
    std::optional<Money> amount(const Node& node);
    std::optional<Rate> rate(const Node& node);
    // A rate a figure grows by (an index, a growth, an increase): at least -100%.
    std::optional<Rate> growth_rate(const Node& node, std::string_view what);
    std::optional<bool> flag(const Node& node);
    std::optional<int> whole_number(const Node& node, std::string_view what);
    std::optional<FiscalYear> fiscal_year(std::string_view text, const Where& at);
    std::optional<YearIndex> year(std::string_view text, const Where& at, YearsAllowed allowed);
    std::optional<YearIndex> year(const Node& node, YearsAllowed allowed);
    // The year's index when it is in the plan, reporting nothing (for cross-checks of
    // keys already reported on).
    std::optional<YearIndex> year_quietly(std::string_view text) const;

    // An id that must name one of `ids`; `what` is "line", "index", ...
    std::optional<std::size_t> reference(const Node& node, const std::vector<std::string>& ids,
                                         std::string_view what);

    // A growth rate (at least -100%) for every plan year: one rate, or {year: rate}. With every_year, a
    // missing year is an error; otherwise it takes `missing`. [0] is unused (0%). `where`, when given,
    // receives each year's location (the node's where not written).
    std::vector<Rate> rates_by_year(const Node& node, bool every_year, Rate missing, std::string_view what,
                                    std::vector<Where>* where = nullptr);
    // {year: amount}; [y] is empty where the year is not given.
    // `where`, when given, receives each year's location.
    std::vector<std::optional<Money>> amounts_by_year(const Node& node, YearsAllowed allowed,
                                                      std::string_view what,
                                                      std::vector<Where>* where = nullptr);

    // The items of a list of mappings with unique `id`s: each item's id ("" where it
    // has none or a bad one). Reports duplicates at the second.
    std::vector<std::string> ids(const Node& list, std::string_view what, bool id_required);

private:
    Problems& problems_;
    std::optional<FiscalYear> base_year_;
    int plan_years_ = 0;
};

}  // namespace mtfp::load

#pragma once
// Builds a valid Scenario in C++ for tests, in pounds, naming things by id the way a
// scenario file does. Test-only: it looks ids up linearly and aborts on a typo, which
// is fine for hand-built fixtures. Everything defaults to empty, 0% or flat cash.
//
//   Scenario s = ScenarioBuilder(3)
//                    .index("prices", pct("2.5%"))
//                    .subjective("supplies", "prices")
//                    .line("TP", Section::business_group, {1000})
//                    .build();
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/scenario.hpp"
#include "money/fiscal_year.hpp"
#include "money/money.hpp"
#include "money/rate.hpp"

namespace mtfp::testing {

inline Money gbp(std::int64_t pounds) {
    return Money::pounds(pounds);
}

inline Rate pct(std::string_view text) {
    std::optional<Rate> rate = Rate::parse_percent(text);
    if (!rate) std::abort();  // a typo in a test's literal
    return *rate;
}

class ScenarioBuilder {
public:
    explicit ScenarioBuilder(int plan_years = 3, std::string_view base_year = "2006/07") {
        s_.name = "test";
        s_.file = "test.yaml";
        s_.base_year = *FiscalYear::parse(base_year);
        s_.plan_years = plan_years;
        const std::size_t years = s_.year_count();
        s_.general_grant.id = "general";
        s_.general_grant.name = "Central funding";
        s_.general_grant.by_year.assign(years, GrantYear{});
        s_.precept.band_d_increase_by_year.assign(years, Rate{});
        s_.precept.tax_base_growth_by_year.assign(years, Rate{});
        s_.checks.balanced_by_year.assign(years, false);
        s_.checks.balanced_by_year[0] = true;
        Reserve general;
        general.id = "general";
        general.name = "General reserve";
        s_.reserves.push_back(general);
    }

    std::size_t years() const { return s_.year_count(); }

    // One rate for every plan year.
    ScenarioBuilder& index(std::string id, Rate every_year) {
        return index(std::move(id), std::vector<Rate>(static_cast<std::size_t>(s_.plan_years), every_year));
    }
    // One rate per plan year, first plan year first.
    ScenarioBuilder& index(std::string id, std::vector<Rate> by_plan_year) {
        InflationIndex index;
        index.id = std::move(id);
        index.rate_by_year.assign(1, Rate{});
        index.rate_by_year.insert(index.rate_by_year.end(), by_plan_year.begin(), by_plan_year.end());
        index.rate_by_year.resize(s_.year_count());
        s_.indices.push_back(std::move(index));
        return *this;
    }
    ScenarioBuilder& subjective(std::string id, std::string_view index_id) {
        Subjective subjective;
        subjective.name = id;
        subjective.id = std::move(id);
        subjective.index = position(s_.indices, index_id);
        s_.subjectives.push_back(std::move(subjective));
        return *this;
    }
    // The budget book by subjective position; missing trailing subjectives are zero.
    ScenarioBuilder& line(std::string id, Section section, std::vector<std::int64_t> budget_book) {
        BudgetLine line;
        line.name = id;
        line.id = std::move(id);
        line.section = section;
        for (std::size_t i = 0; i < budget_book.size() && i < s_.subjectives.size(); ++i)
            line.budget_book.set(i, gbp(budget_book[i]), SourceRef{});
        s_.lines.push_back(std::move(line));
        return *this;
    }
    ScenarioBuilder& outturn(std::string_view line_id, std::int64_t amount) {
        s_.lines[position(s_.lines, line_id)].outturn = gbp(amount);
        return *this;
    }
    // Amounts by YearIndex (0 = base year), e.g. {{1, 5000}, {2, 2000}}.
    ScenarioBuilder& movement(std::string_view line_id, std::string_view subjective_id, MovementKind kind,
                              std::vector<std::pair<YearIndex, std::int64_t>> amounts, bool one_off = false) {
        Movement movement;
        movement.line = position(s_.lines, line_id);
        movement.subjective = position(s_.subjectives, subjective_id);
        movement.kind = kind;
        movement.label = "item";
        movement.amount_by_year.assign(s_.year_count(), Money{});
        for (auto [year, amount] : amounts) movement.amount_by_year[year] += gbp(amount);
        movement.one_off = one_off;
        s_.movements.push_back(std::move(movement));
        return *this;
    }

    ScenarioBuilder& general_grant(std::int64_t base) {
        s_.general_grant.base = gbp(base);
        return *this;
    }
    ScenarioBuilder& general_growth(YearIndex year, Rate growth) {
        s_.general_grant.by_year[year].growth = growth;
        return *this;
    }
    ScenarioBuilder& general_amount(YearIndex year, std::int64_t amount) {
        s_.general_grant.by_year[year].amount = gbp(amount);
        return *this;
    }
    ScenarioBuilder& specific_grant(std::string id, std::int64_t base) {
        Grant grant;
        grant.name = id;
        grant.id = std::move(id);
        grant.base = gbp(base);
        grant.by_year.assign(s_.year_count(), GrantYear{});
        s_.specific_grants.push_back(std::move(grant));
        return *this;
    }
    ScenarioBuilder& specific_growth(std::string_view id, YearIndex year, Rate growth) {
        s_.specific_grants[position(s_.specific_grants, id)].by_year[year].growth = growth;
        return *this;
    }
    ScenarioBuilder& specific_amount(std::string_view id, YearIndex year, std::int64_t amount) {
        s_.specific_grants[position(s_.specific_grants, id)].by_year[year].amount = gbp(amount);
        return *this;
    }
    ScenarioBuilder& real_terms_index(std::string_view index_id) {
        s_.real_terms_index = position(s_.indices, index_id);
        return *this;
    }

    ScenarioBuilder& precept(std::int64_t base) {
        s_.precept.base = gbp(base);
        return *this;
    }
    ScenarioBuilder& band_d_increase(YearIndex year, Rate increase) {
        s_.precept.mode = PreceptMode::band_d_increase;
        s_.precept.band_d_increase_by_year[year] = increase;
        return *this;
    }
    ScenarioBuilder& band_d_increase(Rate every_year) {
        for (YearIndex y = 1; y < s_.year_count(); ++y) band_d_increase(y, every_year);
        return *this;
    }
    ScenarioBuilder& balance_precept() {
        s_.precept.mode = PreceptMode::balance;
        return *this;
    }
    ScenarioBuilder& tax_base_growth(YearIndex year, Rate growth) {
        s_.precept.tax_base_growth_by_year[year] = growth;
        return *this;
    }
    ScenarioBuilder& council_tax_cap(Rate cap) {
        s_.precept.cap = cap;
        return *this;
    }

    ScenarioBuilder& general_reserve(std::int64_t opening) {
        s_.reserves[0].opening = gbp(opening);
        return *this;
    }
    ScenarioBuilder& general_reserve_floor(ReserveFloor floor) {
        s_.reserves[0].floor = floor;
        return *this;
    }
    ScenarioBuilder& earmarked_reserve(std::string id, std::int64_t opening) {
        Reserve reserve;
        reserve.name = id;
        reserve.id = std::move(id);
        reserve.opening = gbp(opening);
        s_.reserves.push_back(std::move(reserve));
        return *this;
    }
    ScenarioBuilder& transfer(std::string_view reserve_id, YearIndex year, std::int64_t amount) {
        ReserveTransfer transfer;
        transfer.reserve = position(s_.reserves, reserve_id);
        transfer.year = year;
        transfer.amount = gbp(amount);
        transfer.label = "transfer";
        s_.transfers.push_back(std::move(transfer));
        return *this;
    }

    ScenarioBuilder& balanced_year(YearIndex year) {
        s_.checks.balanced_by_year[year] = true;
        return *this;
    }
    ScenarioBuilder& nre_growth_limit(Rate limit) {
        s_.checks.nre_growth_limit = limit;
        return *this;
    }
    ScenarioBuilder& efficiency_minimum(Rate minimum) {
        s_.checks.efficiency_minimum = minimum;
        return *this;
    }

    Scenario build() const { return s_; }

private:
    template <typename T>
    static std::size_t position(const std::vector<T>& items, std::string_view id) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id == id) return i;
        }
        std::abort();  // a typo in a test's id
    }

    Scenario s_;
};

}  // namespace mtfp::testing

// `capital:` (format 1.1): the financing line, the borrowing rate, the opening capital
// financing requirement, an optional limit on the prudential indicator, and the schemes
// with spend, funding by source and an asset life. Funding above a year's spend, a
// life below one year and a financing line of another section are refused here, so
// that project/ never meets them.
#include <fmt/format.h>

#include <array>
#include <string_view>

#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "money/money_text.hpp"

namespace mtfp::load {

namespace {

constexpr std::array<std::string_view, capital_funding_count> funding_keys{"grants", "receipts", "revenue"};

// Amounts by year (base year included) that may not be negative; zero where not given.
std::vector<Money> spend_by_year(Reader& reader, const Node* node, std::string_view what,
                                 std::vector<SourceRef>& where, const SourceRef& fallback) {
    std::vector<Money> result(reader.year_count());
    where.assign(reader.year_count(), fallback);
    if (!node) return result;
    std::vector<Where> at;
    std::vector<std::optional<Money>> amounts = reader.amounts_by_year(*node, YearsAllowed::any, what, &at);
    for (std::size_t y = 0; y < amounts.size(); ++y) {
        if (!amounts[y]) continue;
        where[y] = at[y].ref();
        if (*amounts[y] < Money{}) {
            reader.report(at[y],
                          fmt::format("{} cannot be negative, got {}", what, pounds_phrase(*amounts[y])));
            continue;
        }
        result[y] = *amounts[y];
    }
    return result;
}

void read_life(Reader& reader, const Node& item, CapitalScheme& scheme) {
    const Node* node = reader.required(item, "life", "capital scheme");
    if (!node) return;
    scheme.life_where = node->at.ref();
    std::optional<int> life = reader.whole_number(*node, "a scheme's life (years)");
    if (life && *life < 1) {
        reader.report(node->at, "a scheme's life must be at least 1 year, got 0");
        return;
    }
    if (life) scheme.life = *life;
}

// Funding in a year may not exceed the spend: borrowing is what is left, never negative.
void check_funding(Reader& reader, const Node& item, const CapitalScheme& scheme, FiscalYear base_year) {
    for (std::size_t y = 0; y < scheme.spend.size(); ++y) {
        Money funded;
        for (const std::vector<Money>& source : scheme.funding) funded += source[y];
        if (funded <= scheme.spend[y]) continue;
        const std::string year = (base_year + static_cast<int>(y)).to_string();
        const Node* spend = item.find("spend");
        reader.report(spend ? spend->at : item.at,
                      fmt::format("capital scheme '{}': funding in {} ({}) is more than its spend ({})",
                                  scheme.id, year, pounds_phrase(funded), pounds_phrase(scheme.spend[y])));
    }
}

void read_schemes(Reader& reader, const Node& list, FiscalYear base_year, CapitalProgramme& capital) {
    std::vector<std::string> ids = reader.ids(list, "capital scheme", true);
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const Node& item = list.items[i];
        CapitalScheme scheme;
        scheme.id = ids[i];
        scheme.where = item.at.ref();
        for (std::vector<Money>& source : scheme.funding) source.assign(reader.year_count(), Money{});
        if (reader.expect_map(item, "a capital scheme", keys::capital_scheme)) {
            scheme.name = reader.required_name(item, "capital scheme");
            read_life(reader, item, scheme);
            scheme.spend =
                spend_by_year(reader, item.find("spend"), "spend", scheme.spend_where, scheme.where);
            for (std::size_t f = 0; f < capital_funding_count; ++f) {
                const std::string key(funding_keys[f]);
                scheme.funding[f] =
                    spend_by_year(reader, item.find(key), key, scheme.funding_where[f], scheme.where);
            }
            if (reader.years_known()) check_funding(reader, item, scheme, base_year);
        }
        if (scheme.spend.empty()) scheme.spend.assign(reader.year_count(), Money{});
        capital.schemes.push_back(std::move(scheme));
    }
}

void read_financing_line(Reader& reader, const Node& node, const Scenario& scenario,
                         CapitalProgramme& capital) {
    capital.financing_line_where = node.at.ref();
    std::optional<std::size_t> line = reader.reference(node, ids_of(scenario.lines), "line");
    if (!line) return;
    if (scenario.lines[*line].section != Section::financing) {
        reader.report(node.at, fmt::format("capital.financing_line must name a line of section financing; "
                                           "'{}' is not one",
                                           scenario.lines[*line].id));
        return;
    }
    capital.financing_line = *line;
}

}  // namespace

void read_capital(Reader& reader, const Node& root,
                  const std::vector<std::vector<std::size_t>>& line_subjectives, Scenario& scenario) {
    const Node* node = root.find("capital");
    if (!node || !reader.expect_map(*node, "capital", keys::capital)) return;
    CapitalProgramme capital;
    capital.where = node->at.ref();
    capital.borrowing_rate.assign(reader.year_count(), Rate{});
    capital.borrowing_rate_where.assign(reader.year_count(), capital.where);
    if (const Node* line = reader.required(*node, "financing_line", "capital"))
        read_financing_line(reader, *line, scenario, capital);
    if (const Node* rate = node->find("borrowing_rate")) {
        std::vector<Where> where;
        capital.borrowing_rate = reader.rates_by_year(*rate, false, Rate{}, "the borrowing rate", &where);
        for (std::size_t y = 0; y < where.size() && y < capital.borrowing_rate_where.size(); ++y)
            capital.borrowing_rate_where[y] = where[y].ref();
        for (std::size_t y = 1; y < capital.borrowing_rate.size(); ++y)
            if (capital.borrowing_rate[y] < Rate{})
                reader.report(rate->at, "the borrowing rate cannot be negative");
    }
    if (const Node* opening = node->find("opening_cfr")) {
        capital.opening_cfr_where = opening->at.ref();
        capital.opening_cfr = reader.amount(*opening).value_or(Money{});
        if (capital.opening_cfr < Money{})
            reader.report(opening->at, "the opening capital financing requirement cannot be negative");
    }
    if (const Node* limit = node->find("financing_cost_limit")) {
        capital.financing_cost_limit_where = limit->at.ref();
        capital.financing_cost_limit = reader.rate(*limit);
    }
    if (const Node* list = node->find("schemes"); list && reader.expect_sequence(*list, "capital.schemes"))
        read_schemes(reader, *list, scenario.base_year, capital);
    const std::size_t line = capital.financing_line;
    if (line < line_subjectives.size() && !line_subjectives[line].empty())
        capital.financing_subjective = line_subjectives[line].front();
    scenario.capital = std::move(capital);
}

}  // namespace mtfp::load

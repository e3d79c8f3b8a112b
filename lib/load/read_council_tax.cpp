#include "load/read_council_tax.hpp"

#include <fmt/format.h>

#include "money/hundredths.hpp"

namespace mtfp::load {

namespace {

constexpr std::string_view needs_band_d =
    "needs council tax in pounds: give 'band_d' and 'tax_base' instead of the cash 'base'";

std::optional<std::int64_t> hundredths(Reader& reader, const Node& node, std::string_view what,
                                       bool pound_sign) {
    if (!node.is_scalar()) {
        reader.report(node.at, fmt::format("expected {}, got {}", what, describe(node)));
        return std::nullopt;
    }
    auto parsed = parse_hundredths(node.text, what, pound_sign);
    if (auto* problem = std::get_if<AmountProblem>(&parsed)) {
        reader.report(node.at, problem->message);
        return std::nullopt;
    }
    return std::get<std::int64_t>(parsed);
}

// A tax base counts properties: more than none.
std::optional<std::int64_t> tax_base(Reader& reader, const Node& node) {
    std::optional<std::int64_t> value = hundredths(reader, node, "a tax base", false);
    if (value && *value <= 0) {
        reader.report(node.at, fmt::format("a tax base is a number of Band D equivalent properties, more "
                                           "than zero; got {}",
                                           node.text));
        return std::nullopt;
    }
    return value;
}

void read_tax_base_by_year(Reader& reader, const Node& node, CouncilTax& tax) {
    if (!node.is_map()) {
        reader.report(node.at, fmt::format("tax_base_by_year must be a mapping of year: tax base, got {}",
                                           describe(node)));
        return;
    }
    for (const Entry& entry : node.entries) {
        std::optional<YearIndex> y = reader.year(entry.key, entry.key_at, YearsAllowed::plan_only);
        std::optional<std::int64_t> value = tax_base(reader, entry.value);
        if (!y) continue;
        if (tax.tax_base_by_year[*y]) {
            reader.report(entry.key_at, fmt::format("{} is given twice in tax_base_by_year", entry.key));
            continue;
        }
        tax.tax_base_by_year[*y] = value;
        tax.tax_base_by_year_where[*y] = entry.value.at.ref();
    }
}

void read_collection_fund(Reader& reader, const Node& node, CouncilTax& tax) {
    std::vector<Where> where;
    auto by_year = reader.amounts_by_year(node, YearsAllowed::any, "collection_fund", &where);
    tax.collection_fund.assign(reader.year_count(), Money{});
    tax.collection_fund_where.assign(reader.year_count(), node.at.ref());
    for (std::size_t y = 0; y < by_year.size(); ++y) {
        if (by_year[y]) tax.collection_fund[y] = *by_year[y];
        tax.collection_fund_where[y] = where[y].ref();
    }
}

}  // namespace

bool written_in_pounds(const Node& node) {
    if (node.is_scalar()) return has_pound_sign(node.text);
    for (const Entry& entry : node.entries)
        if (written_in_pounds(entry.value)) return true;
    return false;
}

void read_council_tax(Reader& reader, const Node& precept, Scenario& scenario) {
    CouncilTax& tax = scenario.precept.council_tax;
    const std::size_t years = reader.year_count();
    tax.tax_base_by_year.assign(years, std::nullopt);
    tax.tax_base_by_year_where.assign(years, SourceRef{});
    tax.cash_increase_pence.assign(years, std::nullopt);
    tax.cash_increase_where.assign(years, SourceRef{});

    const Node* band_d = precept.find("band_d");
    const Node* base = precept.find("base");
    if (band_d && base)
        reader.report(band_d->at,
                      "precept has both a cash 'base' and 'band_d': give one (band_d with tax_base sets the "
                      "precept as Band D x tax base)");
    if (band_d) {
        tax.band_d_pence = hundredths(reader, *band_d, "a Band D charge", true);
        if (tax.band_d_pence && *tax.band_d_pence < 0) {
            reader.report(band_d->at,
                          fmt::format("a Band D charge cannot be negative, got {}", band_d->text));
            tax.band_d_pence = 0;
        }
        if (!tax.band_d_pence) tax.band_d_pence = 0;  // reported; keeps the other checks going
        tax.band_d_where = band_d->at.ref();
        if (const Node* node = reader.required(precept, "tax_base", "a precept with band_d")) {
            tax.tax_base_hundredths = tax_base(reader, *node).value_or(1);
            tax.tax_base_where = node->at.ref();
        }
    } else {
        for (std::string_view key : {"tax_base", "tax_base_by_year"})
            if (const Node* node = precept.find(key))
                reader.report(node->at, fmt::format("'{}' {}", key,
                                                    "belongs to council tax in pounds: give "
                                                    "'band_d' too (instead of 'base')"));
    }
    if (const Node* node = precept.find("tax_base_by_year"); node && band_d)
        read_tax_base_by_year(reader, *node, tax);
    if (const Node* node = precept.find("collection_fund")) read_collection_fund(reader, *node, tax);
}

void read_cash_band_d_increase(Reader& reader, const Node& increase, Scenario& scenario) {
    Precept& precept = scenario.precept;
    CouncilTax& tax = precept.council_tax;
    if (!tax.in_pounds())
        reader.report(increase.at, fmt::format("a Band D increase in pounds {}", needs_band_d));
    const auto one = [&](const Node& value, YearIndex y) {
        precept.band_d_increase_where[y] = value.at.ref();
        if (value.is_scalar() && has_pound_sign(value.text)) {
            tax.cash_increase_pence[y] = hundredths(reader, value, "a Band D increase", true);
            tax.cash_increase_where[y] = value.at.ref();
        } else if (std::optional<Rate> rate = reader.rate(value)) {
            precept.band_d_increase_by_year[y] = *rate;
        }
    };
    precept.band_d_increase_where.assign(reader.year_count(), increase.at.ref());
    if (increase.is_scalar()) {
        for (YearIndex y = 1; y < reader.year_count(); ++y) one(increase, y);
        return;
    }
    std::vector<bool> given(reader.year_count(), false);
    for (const Entry& entry : increase.entries) {
        std::optional<YearIndex> y = reader.year(entry.key, entry.key_at, YearsAllowed::plan_only);
        if (!y) continue;
        if (given[*y]) {
            reader.report(entry.key_at, fmt::format("{} is given twice in band_d_increase", entry.key));
            continue;
        }
        given[*y] = true;
        one(entry.value, *y);
    }
    if (!reader.years_known()) return;
    for (YearIndex y = 1; y < given.size(); ++y)
        if (!given[y])
            reader.report(increase.at, fmt::format("band_d_increase has no rate or amount for {} (every plan "
                                                   "year needs one)",
                                                   scenario.year(y).to_string()));
}

void read_cash_cap(Reader& reader, const Node& cap, Scenario& scenario) {
    CouncilTax& tax = scenario.precept.council_tax;
    if (!tax.in_pounds()) reader.report(cap.at, fmt::format("a cap in pounds {}", needs_band_d));
    tax.cap_pence = hundredths(reader, cap, "a cap on the Band D increase", true);
    tax.cap_where = cap.at.ref();
}

}  // namespace mtfp::load

#include <fmt/format.h>

#include "load/read_council_tax.hpp"
#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "model/suggest.hpp"

namespace mtfp::load {

void read_precept(Reader& reader, const Node& root, Scenario& scenario) {
    Precept& precept = scenario.precept;
    precept.band_d_increase_by_year.assign(reader.year_count(), Rate{});
    precept.tax_base_growth_by_year.assign(reader.year_count(), Rate{});
    const Node* node = reader.required(root, "precept", "the scenario");
    if (!node || !reader.expect_map(*node, "precept", keys::precept)) return;
    precept.where = node->at.ref();
    read_council_tax(reader, *node, scenario);
    const bool in_pounds = node->find("band_d") != nullptr;
    if (const Node* base = in_pounds ? nullptr : reader.required(*node, "base", "precept")) {
        precept.base = reader.amount(*base).value_or(Money{});
        precept.base_where = base->at.ref();
    }

    // Exactly one way of setting the precept: an assumed Band D increase, or balance.
    const Node* increase = node->find("band_d_increase");
    const Node* mode = node->find("mode");
    if (increase && mode) {
        reader.report(mode->at, "precept has both 'band_d_increase' and 'mode: balance'; give one");
    } else if (!increase && !mode) {
        reader.report(node->at,
                      "precept needs 'band_d_increase' (a rate, or a rate per plan year) or 'mode: balance'");
    }
    if (mode) {
        if (mode->is_scalar() && mode->text == "balance") {
            precept.mode = PreceptMode::balance;
        } else {
            std::string hint = mode->is_scalar() ? did_you_mean(mode->text, {"balance"}) : "";
            reader.report(mode->at,
                          fmt::format("precept mode must be 'balance', got {}{}", describe(*mode), hint));
        }
    }
    if (increase && written_in_pounds(*increase)) {
        precept.mode = PreceptMode::band_d_increase;
        read_cash_band_d_increase(reader, *increase, scenario);
    } else if (increase) {
        precept.mode = PreceptMode::band_d_increase;
        std::vector<Where> where;
        precept.band_d_increase_by_year =
            reader.rates_by_year(*increase, true, Rate{}, "band_d_increase", &where);
        for (const Where& at : where) precept.band_d_increase_where.push_back(at.ref());
    }
    if (const Node* growth = node->find("tax_base_growth")) {
        std::vector<Where> where;
        precept.tax_base_growth_by_year =
            reader.rates_by_year(*growth, false, Rate{}, "tax_base_growth", &where);
        for (const Where& at : where) precept.tax_base_growth_where.push_back(at.ref());
    }
    if (const Node* cap = node->find("cap")) {
        if (written_in_pounds(*cap))
            read_cash_cap(reader, *cap, scenario);
        else
            precept.cap = reader.rate(*cap);
        precept.cap_where = cap->at.ref();
    }
}

}  // namespace mtfp::load

#pragma once
// A small random plan for property tests of compare and explain: a few lines of every
// section, subjectives on two indices, movements (some one-off), grants by growth or
// settlement, a precept by Band D increase or balance, reserve transfers in any year.
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "scenario_builder.hpp"

namespace mtfp::testing {

inline Scenario random_scenario(std::mt19937_64& random) {
    auto between = [&random](std::int64_t low, std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(low, high)(random);
    };
    auto rate = [&](std::int64_t low_bp, std::int64_t high_bp) {
        return Rate::from_units(between(low_bp, high_bp) * (Rate::scale / 10'000));
    };
    const int years = static_cast<int>(between(1, 4));
    ScenarioBuilder b(years);
    std::vector<Rate> pay, prices;
    for (int y = 0; y < years; ++y) {
        pay.push_back(rate(-100, 800));
        prices.push_back(rate(0, 500));
    }
    b.index("pay", pay).index("prices", prices).subjective("staff", "pay").subjective("supplies", "prices");
    const std::vector<std::pair<std::string, Section>> lines{{"A", Section::business_group},
                                                             {"B", Section::business_group},
                                                             {"C", Section::corporate},
                                                             {"D", Section::authority},
                                                             {"E", Section::financing}};
    for (const auto& [id, section] : lines)
        b.line(id, section, {between(0, 90'000'000), between(-5'000'000, 40'000'000)});
    for (int m = 0; m < between(0, 8); ++m) {
        const std::string& line = lines[static_cast<std::size_t>(between(0, 4))].first;
        const auto year = static_cast<YearIndex>(between(1, years));
        const bool one_off = between(0, 2) == 0;
        switch (between(0, 2)) {
            case 0:
                b.movement(line, "staff", MovementKind::committed_increase, {{year, between(1, 3'000'000)}},
                           one_off);
                break;
            case 1:
                b.movement(line, "supplies", MovementKind::efficiency, {{year, -between(1, 3'000'000)}},
                           one_off);
                break;
            default:
                b.movement(line, "staff", MovementKind::pensions, {{year, between(-999'999, 999'999)}});
        }
    }
    b.general_grant(between(50'000'000, 150'000'000)).specific_grant("ct", between(0, 20'000'000));
    for (int y = 1; y <= years; ++y) {
        if (between(0, 1) == 0) {
            b.general_growth(static_cast<YearIndex>(y), rate(-300, 600));
        } else {
            b.specific_amount("ct", static_cast<YearIndex>(y), between(0, 25'000'000));
        }
    }
    b.precept(between(10'000'000, 60'000'000));
    if (between(0, 3) == 0) {
        b.balance_precept();
    } else {
        for (int y = 1; y <= years; ++y) {
            b.band_d_increase(static_cast<YearIndex>(y), rate(0, 999));
            b.tax_base_growth(static_cast<YearIndex>(y), rate(-50, 150));
        }
    }
    b.general_reserve(between(0, 30'000'000)).earmarked_reserve("ins", between(0, 9'000'000));
    for (int t = 0; t < between(0, 4); ++t)
        b.transfer(between(0, 1) == 0 ? "general" : "ins", static_cast<YearIndex>(between(0, years)),
                   between(-2'000'000, 2'000'000));
    return b.build();
}

}  // namespace mtfp::testing

// Property tests: many random scenarios, every identity of domain.md checked exactly
// in every column and year. The identities are audited by an independent checker that
// returns what it found broken, so that the same checker can be shown to catch a
// deliberately broken plan (a property test that cannot fail proves nothing).
#include <doctest/doctest.h>
#include <gmpxx.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "dense_line.hpp"
#include "money/rounding.hpp"
#include "project/checks.hpp"
#include "project/plan.hpp"
#include "project/sum.hpp"
#include "scenario_builder.hpp"

using namespace mtfp;
using namespace mtfp::testing;

namespace {

// ---------------------------------------------------------------- random scenarios

class RandomScenario {
public:
    explicit RandomScenario(std::uint64_t seed) : rng_(seed) {}

    Scenario make() {
        const int plan_years = static_cast<int>(between(1, 6));
        ScenarioBuilder b(plan_years);
        const std::size_t years = b.years();
        // Small magnitudes make rounding halves common; large ones test the range.
        const std::int64_t magnitudes[] = {100, 10'000, 1'000'000, 1'000'000'000};
        magnitude_ = magnitudes[between(0, 3)];

        const auto index_count = static_cast<std::size_t>(between(1, 4));
        for (std::size_t i = 0; i < index_count; ++i) {
            std::vector<Rate> rates;
            for (int y = 0; y < plan_years; ++y) rates.push_back(rate(-500'000'000, 1'500'000'000));
            b.index("i" + std::to_string(i), rates);
        }
        const auto subjective_count = static_cast<std::size_t>(between(1, 6));
        for (std::size_t s = 0; s < subjective_count; ++s) {
            b.subjective("s" + std::to_string(s),
                         "i" + std::to_string(between(0, static_cast<std::int64_t>(index_count) - 1)));
        }
        const auto line_count = static_cast<std::size_t>(between(1, 12));
        for (std::size_t l = 0; l < line_count; ++l) {
            std::vector<std::int64_t> book;
            for (std::size_t s = 0; s < subjective_count; ++s)
                book.push_back(chance(4) ? 0 : amount(-magnitude_, 4 * magnitude_));
            const auto section = static_cast<Section>(between(0, 3));
            b.line("l" + std::to_string(l), section, book);
            if (chance(3)) b.outturn("l" + std::to_string(l), amount(-magnitude_, 5 * magnitude_));
        }
        auto any_line = [&] {
            return "l" + std::to_string(between(0, static_cast<std::int64_t>(line_count) - 1));
        };
        auto any_subjective = [&] {
            return "s" + std::to_string(between(0, static_cast<std::int64_t>(subjective_count) - 1));
        };

        for (std::int64_t m = between(0, 6); m > 0; --m) {
            b.movement(any_line(), any_subjective(), MovementKind::in_year,
                       {{0, amount(-magnitude_, magnitude_)}});
        }
        for (std::int64_t m = between(0, 4); m > 0; --m) {  // virements net to zero
            const std::int64_t moved = amount(1, magnitude_);
            b.movement(any_line(), any_subjective(), MovementKind::virement, {{0, moved}});
            b.movement(any_line(), any_subjective(), MovementKind::virement, {{0, -moved}});
        }
        const MovementKind plan_kinds[] = {MovementKind::committed_increase, MovementKind::committed_decrease,
                                           MovementKind::efficiency, MovementKind::new_initiative,
                                           MovementKind::pensions};
        for (std::int64_t m = between(0, 30); m > 0; --m) {
            const MovementKind kind = plan_kinds[between(0, 4)];
            std::vector<std::pair<YearIndex, std::int64_t>> amounts;
            for (YearIndex y = 1; y < years; ++y) {
                if (chance(2)) continue;
                std::int64_t size = amount(1, magnitude_ / 2 + 1);
                if (kind == MovementKind::committed_decrease || kind == MovementKind::efficiency ||
                    (kind == MovementKind::pensions && chance(2))) {
                    size = -size;
                }
                amounts.emplace_back(y, size);
            }
            b.movement(any_line(), any_subjective(), kind, amounts, chance(3));
        }

        b.general_grant(amount(0, 3 * magnitude_));
        for (YearIndex y = 1; y < years; ++y) {
            if (chance(3)) {
                b.general_amount(y, amount(0, 3 * magnitude_));
            } else {
                b.general_growth(y, rate(-300'000'000, 800'000'000));
            }
        }
        for (std::int64_t g = between(0, 4); g > 0; --g) {
            const std::string id = "g" + std::to_string(g);
            b.specific_grant(id, amount(0, magnitude_));
            for (YearIndex y = 1; y < years; ++y) {
                const auto choice = between(0, 2);
                if (choice == 0) b.specific_amount(id, y, amount(0, magnitude_));
                if (choice == 1) b.specific_growth(id, y, rate(-300'000'000, 800'000'000));
            }
        }
        if (chance(2))
            b.real_terms_index("i" + std::to_string(between(0, static_cast<std::int64_t>(index_count) - 1)));

        b.precept(amount(1, 2 * magnitude_));
        for (YearIndex y = 1; y < years; ++y) {
            b.band_d_increase(y, rate(-200'000'000, 900'000'000));
            if (chance(2)) b.tax_base_growth(y, rate(-200'000'000, 300'000'000));
        }
        if (chance(2)) b.balance_precept();  // after the increases, which choose the other mode
        if (chance(2)) b.council_tax_cap(rate(0, 1'000'000'000));

        b.general_reserve(amount(0, magnitude_));
        for (std::int64_t r = between(0, 3); r > 0; --r)
            b.earmarked_reserve("e" + std::to_string(r), amount(0, magnitude_));
        const auto floor_kind = between(0, 2);
        if (floor_kind == 1) b.general_reserve_floor(gbp(amount(0, magnitude_)));
        if (floor_kind == 2) b.general_reserve_floor(rate(0, 1'000'000'000));
        Scenario partial = b.build();
        for (std::int64_t t = between(0, 10); t > 0; --t) {
            const auto reserve = between(0, static_cast<std::int64_t>(partial.reserves.size()) - 1);
            b.transfer(partial.reserves[static_cast<std::size_t>(reserve)].id,
                       static_cast<YearIndex>(between(0, plan_years)), amount(-magnitude_, magnitude_));
        }

        for (YearIndex y = 1; y < years; ++y) {
            if (chance(3)) b.balanced_year(y);
        }
        if (chance(2)) b.nre_growth_limit(rate(0, 800'000'000));
        if (chance(2)) b.efficiency_minimum(rate(0, 500'000'000));
        return b.build();
    }

private:
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(low, high)(rng_);
    }
    bool chance(std::int64_t one_in) { return between(1, one_in) == 1; }
    std::int64_t amount(std::int64_t low, std::int64_t high) { return between(low, high); }
    // Half the time a round rate (a multiple of 0.5%), which makes exact halves in
    // rounding common; otherwise any rate Rate can hold.
    Rate rate(std::int64_t low, std::int64_t high) {
        std::int64_t units = between(low, high);
        if (chance(2)) units = units / 50'000'000 * 50'000'000;
        return Rate::from_units(units);
    }

    std::mt19937_64 rng_;
    std::int64_t magnitude_ = 1;
};

// ---------------------------------------------------------------- the audit

class Audit {
public:
    void expect(bool holds, const char* identity, std::size_t where = 0, std::size_t year = 0) {
        if (!holds)
            broken_.push_back(std::string(identity) + " [" + std::to_string(where) + ", year " +
                              std::to_string(year) + "]");
    }
    const std::vector<std::string>& broken() const { return broken_; }

private:
    std::vector<std::string> broken_;
};

Money& at(MovementTotals& rows, PlanMovement row) {
    return rows[static_cast<std::size_t>(row)];
}

PlanMovement row_for(MovementKind kind) {
    switch (kind) {
        case MovementKind::committed_increase:
            return PlanMovement::committed_increases;
        case MovementKind::committed_decrease:
            return PlanMovement::committed_decreases;
        case MovementKind::efficiency:
            return PlanMovement::efficiency;
        case MovementKind::new_initiative:
            return PlanMovement::new_initiatives;
        default:
            return PlanMovement::pensions;
    }
}

bool is_base_kind(MovementKind kind) {
    return kind == MovementKind::in_year || kind == MovementKind::virement;
}

// One Summary column against the identities, given the figures below the lines.
void audit_column(Audit& audit, const Scenario& s, const SummaryColumn& c, std::size_t column,
                  Money specific_cash, Money from, Money to, Money general_cash, Money precept_cash) {
    Money business_groups, corporate, authority, financing;
    for (std::size_t l = 0; l < s.lines.size(); ++l) {
        switch (s.lines[l].section) {
            case Section::business_group:
                business_groups += c.line_budget[l];
                break;
            case Section::corporate:
                corporate += c.line_budget[l];
                break;
            case Section::authority:
                authority += c.line_budget[l];
                break;
            case Section::financing:
                financing += c.line_budget[l];
                break;
        }
    }
    audit.expect(c.line_budget.size() == s.lines.size(), "one figure per line", column);
    audit.expect(c.total_business_groups == business_groups, "total business groups", column);
    audit.expect(c.total_corporate == corporate, "total corporate", column);
    audit.expect(c.total_mps == business_groups + corporate, "total MPS = BG + corporate", column);
    audit.expect(c.total_authority == authority, "total authority", column);
    audit.expect(c.net_service_expenditure == c.total_mps + authority, "NSE = MPS + authority", column);
    audit.expect(c.total_financing == financing, "total financing", column);
    audit.expect(c.net_expenditure == c.net_service_expenditure + financing, "NE = NSE + financing", column);
    audit.expect(c.specific_grants == -specific_cash, "specific grants = -cash", column);
    audit.expect(c.net_revenue_expenditure == c.net_expenditure + c.specific_grants, "NRE = NE + specific",
                 column);
    audit.expect(c.transfer_from_reserves == from, "transfer from = negative items", column);
    audit.expect(c.transfer_to_reserves == to, "transfer to = positive items", column);
    audit.expect(c.budget_requirement == c.net_revenue_expenditure + from + to,
                 "requirement = NRE + transfers", column);
    audit.expect(c.general_grant == -general_cash, "general grant = -cash", column);
    audit.expect(c.precept == -precept_cash, "precept = -cash", column);
    audit.expect(c.total_funding == c.general_grant + c.precept, "funding = general + precept", column);
    audit.expect(c.budget_gap == c.budget_requirement + c.total_funding, "gap = requirement + funding",
                 column);
}

bool same_column(const SummaryColumn& a, const SummaryColumn& b) {
    return a.line_budget == b.line_budget && a.total_business_groups == b.total_business_groups &&
           a.total_corporate == b.total_corporate && a.total_mps == b.total_mps &&
           a.total_authority == b.total_authority && a.net_service_expenditure == b.net_service_expenditure &&
           a.total_financing == b.total_financing && a.net_expenditure == b.net_expenditure &&
           a.specific_grants == b.specific_grants && a.net_revenue_expenditure == b.net_revenue_expenditure &&
           a.transfer_from_reserves == b.transfer_from_reserves &&
           a.transfer_to_reserves == b.transfer_to_reserves && a.budget_requirement == b.budget_requirement &&
           a.general_grant == b.general_grant && a.precept == b.precept &&
           a.total_funding == b.total_funding && a.budget_gap == b.budget_gap;
}

// GMP rationals are the independent oracle for anything rounded or compared exactly.
// A two-argument mpq_class is not canonical until told to be.
mpq_class fraction(std::int64_t numerator, std::int64_t denominator) {
    mpq_class q(static_cast<long>(numerator), static_cast<long>(denominator));
    q.canonicalize();
    return q;
}

mpq_class whole(Money amount) {
    return mpq_class(static_cast<long>(amount.in_pounds()));
}

// Half away from zero.
Money rounded(const mpq_class& value) {
    mpz_class magnitude = abs(value.get_num());
    mpz_class quotient = magnitude / value.get_den();
    if ((magnitude % value.get_den()) * 2 >= value.get_den()) ++quotient;
    return gbp(sgn(value) < 0 ? -quotient.get_si() : quotient.get_si());
}

// The exact implied Band D increase.
mpq_class exact_increase(Money precept, Money previous, Rate growth) {
    const mpq_class unchanged = whole(previous) * fraction(Rate::scale + growth.units(), Rate::scale);
    return whole(precept) / unchanged - 1;
}

std::vector<std::string> audit_plan(const Scenario& s, const Plan& p) {
    Audit audit;
    const std::size_t years = s.year_count();
    const std::size_t subjectives = s.subjectives.size();

    // Lines: base year and each plan year by subjective, from the scenario's movements.
    for (std::size_t l = 0; l < s.lines.size(); ++l) {
        std::vector<std::vector<Money>> items(years, std::vector<Money>(subjectives));
        std::vector<std::vector<Money>> one_off(years, std::vector<Money>(subjectives));
        std::vector<MovementTotals> rows(years, MovementTotals{});
        std::vector<Money> base = s.lines[l].budget_book.dense(subjectives);
        for (const Movement& m : s.movements) {
            if (m.line != l) continue;
            if (is_base_kind(m.kind)) {
                base[m.subjective] += m.amount_by_year[0];
                continue;
            }
            for (YearIndex y = 1; y < years; ++y) {
                items[y][m.subjective] += m.amount_by_year[y];
                at(rows[y], row_for(m.kind)) += m.amount_by_year[y];
                if (!m.one_off) continue;
                one_off[y][m.subjective] += m.amount_by_year[y];
                if (y + 1 < years) at(rows[y + 1], row_for(m.kind)) -= m.amount_by_year[y];
            }
        }
        const DenseLine line(p, l, subjectives);
        audit.expect(line[0].by_subjective == base, "base budget = book + in-year + virements", l);
        audit.expect(line[0].recurring_by_subjective == base, "base budget all recurring", l);
        audit.expect(line[0].movements == MovementTotals{}, "no movements in the base year", l);
        for (YearIndex y = 1; y < years; ++y) {
            Money inflation;
            for (std::size_t s_ = 0; s_ < subjectives; ++s_) {
                const Rate r = s.indices[s.subjectives[s_].index].rate_by_year[y];
                const Money recurring_before = line[y - 1].by_subjective[s_] - one_off[y - 1][s_];
                audit.expect(line[y - 1].recurring_by_subjective[s_] == recurring_before,
                             "recurring = draft - one-offs", l, y - 1);
                const Money inflated = apply_rate(recurring_before, r);
                inflation += inflated;
                audit.expect(line[y].by_subjective[s_] ==
                                 line[y - 1].by_subjective[s_] + inflated + items[y][s_] - one_off[y - 1][s_],
                             "draft = previous + inflation + items - last year's one-offs", l, y);
            }
            at(rows[y], PlanMovement::inflation) += inflation;
            audit.expect(line[y].movements == rows[y], "movement rows per line", l, y);
            audit.expect(
                sum(line[y].by_subjective) == sum(line[y - 1].by_subjective) + sum(line[y].movements),
                "line draft(Y) = draft(Y-1) + rows", l, y);
        }
        audit.expect(line[years - 1].recurring_by_subjective.size() == subjectives, "recurring sized", l);
        // Sparse storage: the line's cells in strictly increasing subjective order, and a
        // cell for every subjective of its budget book that is not zero.
        for (std::size_t c = p.lines.begin(l); c < p.lines.end(l); ++c) {
            audit.expect(p.lines.subjective[c] < subjectives, "cell's subjective in range", l);
            if (c > p.lines.begin(l))
                audit.expect(p.lines.subjective[c - 1] < p.lines.subjective[c], "cells in subjective order",
                             l);
        }
        for (const BudgetCell& cell : s.lines[l].budget_book.cells())
            if (!cell.amount.is_zero())
                audit.expect(p.lines.cell_of(l, cell.subjective) < p.lines.cell_count(),
                             "a cell per book amount", l);
    }

    // Below the lines, item by item, from the scenario and the plan's cash figures.
    std::vector<Money> from(years), to(years);
    for (const ReserveTransfer& t : s.transfers) (t.amount < Money{} ? from : to)[t.year] += t.amount;
    std::vector<Money> specific(years);
    for (const auto& grant : p.specific_grants) {
        for (YearIndex y = 0; y < years; ++y) specific[y] += grant[y];
    }

    // Summary columns.
    for (YearIndex y = 0; y < years; ++y) {
        for (std::size_t l = 0; l < s.lines.size(); ++l) {
            audit.expect(p.years[y].line_budget[l] == sum(p.lines.by_subjective(l, y, subjectives)),
                         "summary line = line draft", l, y);
        }
        audit_column(audit, s, p.years[y], 10 + y, specific[y], from[y], to[y], p.general_grant[y],
                     p.precept[y]);
    }
    audit_column(audit, s, p.budget_book, 0, specific[0], from[0], to[0], p.general_grant[0], p.precept[0]);
    audit_column(audit, s, p.revised, 1, specific[0], from[0], to[0], p.general_grant[0], p.precept[0]);
    audit_column(audit, s, p.outturn, 2, specific[0], from[0], to[0], p.general_grant[0], p.precept[0]);
    audit.expect(same_column(p.years[0], p.revised), "years[0] == revised");
    for (std::size_t l = 0; l < s.lines.size(); ++l) {
        audit.expect(p.budget_book.line_budget[l] == s.lines[l].budget_book.total(), "budget book column", l);
        audit.expect(p.outturn.line_budget[l] == s.lines[l].outturn.value_or(p.revised.line_budget[l]),
                     "outturn column", l);
    }

    // Table 2: by subjective, totalling net expenditure.
    for (YearIndex y = 0; y < years; ++y) {
        Money grand;
        for (std::size_t s_ = 0; s_ < subjectives; ++s_) {
            Money sum;
            for (std::size_t l = 0; l < p.lines.size(); ++l) sum += p.lines.budget(l, s_, y);
            audit.expect(p.subjective_totals[s_][y] == sum, "table 2 row", s_, y);
            grand += p.subjective_totals[s_][y];
        }
        audit.expect(p.subjective_grand_total[y] == grand, "table 2 total = sum of rows", 0, y);
        audit.expect(p.subjective_grand_total[y] == p.years[y].net_expenditure,
                     "table 2 total = net expenditure", 0, y);
    }

    // Table 3 over Total MPS, and all movements over every line.
    audit.expect(p.mps_budget_book == p.budget_book.total_mps, "table 3 budget book");
    audit.expect(p.mps_base_budget == p.mps_budget_book + p.mps_in_year, "table 3 base = book + in-year");
    audit.expect(p.mps_base_budget == p.revised.total_mps, "table 3 base = revised MPS");
    audit.expect(p.mps_draft_budget[0] == p.mps_base_budget, "table 3 draft[0] = base");
    for (YearIndex y = 0; y < years; ++y) {
        MovementTotals mps{}, all{};
        for (std::size_t l = 0; l < s.lines.size(); ++l) {
            for (std::size_t r = 0; r < plan_movement_count; ++r) {
                all[r] += p.lines.movements(l, y)[r];
                if (s.lines[l].section == Section::business_group ||
                    s.lines[l].section == Section::corporate) {
                    mps[r] += p.lines.movements(l, y)[r];
                }
            }
        }
        audit.expect(p.mps_movements[y] == mps, "table 3 rows = sum over MPS lines", 0, y);
        audit.expect(p.all_movements[y] == all, "all movements = sum over lines", 0, y);
        audit.expect(p.mps_draft_budget[y] == p.years[y].total_mps, "table 3 draft = total MPS", 0, y);
        if (y == 0) continue;
        audit.expect(p.mps_draft_budget[y] == p.mps_draft_budget[y - 1] + sum(p.mps_movements[y]),
                     "table 3 draft(Y) = draft(Y-1) + rows", 0, y);
        audit.expect(p.years[y].net_expenditure == p.years[y - 1].net_expenditure + sum(p.all_movements[y]),
                     "NE(Y) = NE(Y-1) + all movements", 0, y);
    }

    // Grants.
    auto audit_grant = [&](const Grant& g, const std::vector<Money>& cash, const std::vector<Money>& real,
                           std::size_t which) {
        audit.expect(cash[0] == g.base, "grant base", which);
        audit.expect(real[0] == Money{}, "no real-terms change in the base year", which);
        for (YearIndex y = 1; y < years; ++y) {
            const GrantYear& gy = g.by_year[y];
            audit.expect(cash[y] == (gy.amount ? *gy.amount : grow(cash[y - 1], gy.growth)), "grant cash",
                         which, y);
            const Money expected_real =
                s.real_terms_index
                    ? cash[y] - grow(cash[y - 1], s.indices[*s.real_terms_index].rate_by_year[y])
                    : Money{};
            audit.expect(real[y] == expected_real, "real-terms change", which, y);
        }
    };
    audit_grant(s.general_grant, p.general_grant, p.general_real_terms_change, 999);
    for (std::size_t g = 0; g < s.specific_grants.size(); ++g) {
        audit_grant(s.specific_grants[g], p.specific_grants[g], p.specific_real_terms_change[g], g);
    }

    // Precept.
    audit.expect(p.precept[0] == s.precept.base, "precept base");
    for (YearIndex y = 1; y < years; ++y) {
        const Rate growth = s.precept.tax_base_growth_by_year[y];
        if (s.precept.mode == PreceptMode::band_d_increase) {
            audit.expect(p.band_d_increase[y] == s.precept.band_d_increase_by_year[y], "band D = input", 0,
                         y);
            audit.expect(p.precept[y] == grow(p.precept[y - 1], p.band_d_increase[y], growth),
                         "precept grown once", 0, y);
        } else {
            audit.expect(p.years[y].budget_gap == Money{}, "balance mode: gap 0", 0, y);
            if (p.precept[y - 1].is_zero()) continue;
            // The implied rate is the exact one rounded to Rate's resolution: within half a unit.
            const mpq_class exact = exact_increase(p.precept[y], p.precept[y - 1], growth) * Rate::scale;
            const mpq_class error = fraction(p.band_d_increase[y].units(), 1) - exact;
            audit.expect(abs(error) <= mpq_class(1, 2), "implied band D increase", 0, y);
        }
    }

    // Reserves (Table 4).
    for (std::size_t r = 0; r < s.reserves.size(); ++r) {
        for (YearIndex y = 0; y < years; ++y) {
            Money transfers;
            for (const ReserveTransfer& t : s.transfers) {
                if (t.reserve == r && t.year == y) transfers += t.amount;
            }
            const ReserveYear& ry = p.reserves[r][y];
            audit.expect(ry.opening == (y == 0 ? s.reserves[r].opening : p.reserves[r][y - 1].closing),
                         "opening(Y+1) = closing(Y)", r, y);
            audit.expect(ry.transfers == transfers, "reserve transfers", r, y);
            audit.expect(ry.closing == ry.opening + ry.transfers, "closing = opening + transfers", r, y);
        }
    }
    for (YearIndex y = 0; y < years; ++y) {
        ReserveYear sum;
        for (const auto& reserve : p.reserves) {
            sum.opening += reserve[y].opening;
            sum.transfers += reserve[y].transfers;
            sum.closing += reserve[y].closing;
        }
        audit.expect(p.reserve_totals[y].opening == sum.opening &&
                         p.reserve_totals[y].transfers == sum.transfers &&
                         p.reserve_totals[y].closing == sum.closing,
                     "reserve totals", 0, y);
        audit.expect(p.general_transfers[y] == p.reserves[0][y].transfers, "general transfers", 0, y);
        audit.expect(p.general_transfers[y] + p.earmarked_transfers[y] == sum.transfers,
                     "earmarked transfers", 0, y);
        audit.expect(sum.transfers == p.years[y].transfer_from_reserves + p.years[y].transfer_to_reserves,
                     "reserve transfers = summary transfers", 0, y);
        if (const auto& floor = s.reserves[0].floor) {
            const Money expected =
                std::holds_alternative<Money>(*floor)
                    ? std::get<Money>(*floor)
                    : apply_rate(p.years[y].net_revenue_expenditure, std::get<Rate>(*floor));
            audit.expect(p.general_reserve_floor[y] == expected, "floor", 0, y);
        } else {
            audit.expect(!p.general_reserve_floor[y], "no floor", 0, y);
        }
    }

    // Gap report and bridge.
    Money gaps_so_far;
    for (YearIndex y = 0; y < years; ++y) {
        const GapYear& g = p.gaps[y];
        audit.expect(g.budget_requirement == p.years[y].budget_requirement, "gap requirement", 0, y);
        audit.expect(g.total_funding == -p.years[y].total_funding, "gap funding positive", 0, y);
        audit.expect(g.gap == g.budget_requirement - g.total_funding, "gap = requirement - funding", 0, y);
        audit.expect(g.gap == p.years[y].budget_gap, "gap = summary gap", 0, y);
        audit.expect(g.efficiency == p.all_movements[y][static_cast<std::size_t>(PlanMovement::efficiency)],
                     "efficiency over every line", 0, y);
        audit.expect(g.gap_before_savings == g.gap - g.efficiency, "gap before savings", 0, y);
        audit.expect(g.new_gap == g.gap - (y == 0 ? Money{} : p.gaps[y - 1].gap), "new gap", 0, y);
        gaps_so_far += g.new_gap;
        audit.expect(gaps_so_far == g.gap, "new gaps add up to the gap", 0, y);
        if (y == 0) {
            audit.expect(g.bridge.empty(), "no bridge in the base year");
            continue;
        }
        Money requirement = p.gaps[y - 1].budget_requirement;
        Money funding = p.gaps[y - 1].total_funding;
        Money movements;
        for (const GapBridgeStep& step : g.bridge) {
            (step.changes_funding() ? funding : requirement) += step.amount;
            if (step.kind == GapBridgeStep::Kind::movement) movements += step.amount;
        }
        audit.expect(g.bridge.size() == plan_movement_count + 4, "bridge steps", 0, y);
        audit.expect(movements == sum(p.all_movements[y]), "bridge movements", 0, y);
        audit.expect(requirement == g.budget_requirement, "bridge reaches the requirement", 0, y);
        audit.expect(funding == g.total_funding, "bridge reaches funding", 0, y);
    }
    return audit.broken();
}

// The rules, re-derived from the plan and the scenario.
std::vector<std::string> audit_checks(const Scenario& s, const Plan& p, const CheckOutcome& outcome) {
    Audit audit;
    const std::size_t years = s.year_count();
    std::vector<RuleResult> expected;
    auto add = [&](Rule rule, YearIndex y, bool passed) {
        RuleResult r;
        r.rule = rule;
        r.year = y;
        r.passed = passed;
        expected.push_back(r);
    };
    for (YearIndex y = 0; y < years; ++y) {
        if (y == 0 || s.checks.balanced_by_year[y])
            add(Rule::balanced_budget, y, p.years[y].budget_gap.is_zero());
    }
    if (s.precept.cap) {
        for (YearIndex y = 1; y < years; ++y) {
            bool passed = p.band_d_increase[y] <= *s.precept.cap;
            if (s.precept.mode == PreceptMode::balance) {
                const mpq_class cap = fraction(s.precept.cap->units(), Rate::scale);
                const Money previous = p.precept[y - 1];
                const Rate growth = s.precept.tax_base_growth_by_year[y];
                if (previous.is_zero() || growth.units() == -Rate::scale) {
                    passed = p.precept[y] <= Money{};
                } else {
                    passed = exact_increase(p.precept[y], previous, growth) <= cap;
                }
            }
            add(Rule::council_tax_cap, y, passed);
        }
    }
    if (s.checks.nre_growth_limit) {
        for (YearIndex y = 1; y < years; ++y) {
            // Compounded year by year in exact rationals, rounded once at the end.
            mpq_class limit = whole(p.revised.net_revenue_expenditure);
            for (YearIndex k = 0; k < y; ++k)
                limit *= fraction(Rate::scale + s.checks.nre_growth_limit->units(), Rate::scale);
            add(Rule::nre_guidance, y, p.years[y].net_revenue_expenditure <= rounded(limit));
        }
    }
    if (s.checks.efficiency_minimum) {
        for (YearIndex y = 1; y < years; ++y) {
            const Money savings = -p.all_movements[y][static_cast<std::size_t>(PlanMovement::efficiency)];
            add(Rule::efficiency, y,
                savings >= apply_rate(p.years[y - 1].net_service_expenditure, *s.checks.efficiency_minimum));
        }
    }
    for (YearIndex y = 0; y < years; ++y) {
        for (std::size_t r = 0; r < s.reserves.size(); ++r) {
            bool passed = p.reserves[r][y].closing >= Money{};
            if (r == 0 && p.general_reserve_floor[y])
                passed = passed && p.reserves[r][y].closing >= *p.general_reserve_floor[y];
            add(Rule::reserves, y, passed);
        }
    }

    audit.expect(outcome.results.size() == expected.size(), "one result per rule and year");
    bool all = true;
    for (std::size_t i = 0; i < expected.size() && i < outcome.results.size(); ++i) {
        const RuleResult& got = outcome.results[i];
        audit.expect(got.rule == expected[i].rule && got.year == expected[i].year, "rule order", i, got.year);
        audit.expect(got.passed == expected[i].passed, "rule verdict", static_cast<std::size_t>(got.rule),
                     got.year);
        all = all && got.passed;
    }
    audit.expect(outcome.passed == all, "passed = all rules passed");
    return audit.broken();
}

constexpr std::uint64_t seed = 20070401;
constexpr int scenario_count = 500;

}  // namespace

TEST_CASE("identities: hold exactly in every column and year of random scenarios") {
    RandomScenario random(seed);
    int balance_mode = 0;
    int with_one_offs = 0;
    for (int i = 0; i < scenario_count; ++i) {
        const Scenario s = random.make();
        const Plan plan = project(s);
        CAPTURE(i);
        const std::vector<std::string> broken = audit_plan(s, plan);
        CHECK_MESSAGE(broken.empty(), (broken.empty() ? std::string() : broken.front()));
        balance_mode += s.precept.mode == PreceptMode::balance;
        for (const Movement& m : s.movements) with_one_offs += m.one_off;
    }
    // The generator covers what it claims to.
    CHECK(balance_mode > scenario_count / 4);
    CHECK(with_one_offs > scenario_count);
}

TEST_CASE("identities: check_plan's verdicts agree with the rules re-derived exactly") {
    RandomScenario random(seed + 1);
    int failed = 0;
    int passed = 0;
    for (int i = 0; i < scenario_count; ++i) {
        const Scenario s = random.make();
        const Plan plan = project(s);
        const CheckOutcome outcome = check_plan(s, plan);
        CAPTURE(i);
        const std::vector<std::string> broken = audit_checks(s, plan, outcome);
        CHECK_MESSAGE(broken.empty(), (broken.empty() ? std::string() : broken.front()));
        for (const RuleResult& r : outcome.results) (r.passed ? passed : failed) += 1;
    }
    CHECK(passed > 100);
    CHECK(failed > 100);
}

// The audit must catch a plan that breaks any one identity by a single pound.
TEST_CASE("identities: the audit catches a deliberately broken plan") {
    RandomScenario random(seed + 2);
    Scenario s = random.make();
    while (s.plan_years < 2 || s.lines.size() < 2 || s.reserves.size() < 2) s = random.make();
    const Plan good = project(s);
    REQUIRE(audit_plan(s, good).empty());

    const Money pound = gbp(1);
    std::vector<std::pair<const char*, void (*)(Plan&)>> breaks = {
        {"a line's draft", [](Plan& p) { p.lines.draft_at(0, 2) += gbp(1); }},
        {"a movement row", [](Plan& p) { p.lines.movements(0, 1)[0] += gbp(1); }},
        {"a recurring budget", [](Plan& p) { p.lines.recurring_at(0, 1) += gbp(1); }},
        {"a cell out of order", [](Plan& p) { p.lines.subjective[0] = 99; }},
        {"total MPS", [](Plan& p) { p.years[1].total_mps += gbp(1); }},
        {"a section total", [](Plan& p) { p.outturn.total_financing += gbp(1); }},
        {"NRE", [](Plan& p) { p.budget_book.net_revenue_expenditure += gbp(1); }},
        {"budget gap", [](Plan& p) { p.years[2].budget_gap += gbp(1); }},
        {"table 2", [](Plan& p) { p.subjective_totals[0][1] += gbp(1); }},
        {"table 3 row", [](Plan& p) { p.mps_movements[2][3] += gbp(1); }},
        {"table 3 in-year", [](Plan& p) { p.mps_in_year += gbp(1); }},
        {"a grant", [](Plan& p) { p.general_grant[1] += gbp(1); }},
        {"a real-terms change", [](Plan& p) { p.general_real_terms_change[1] += gbp(1); }},
        {"precept", [](Plan& p) { p.precept[2] += gbp(1); }},
        {"a reserve closing", [](Plan& p) { p.reserves[1][1].closing += gbp(1); }},
        {"a reserve opening", [](Plan& p) { p.reserves[0][2].opening += gbp(1); }},
        {"earmarked transfers", [](Plan& p) { p.earmarked_transfers[0] += gbp(1); }},
        {"gap before savings", [](Plan& p) { p.gaps[1].gap_before_savings += gbp(1); }},
        {"new gap", [](Plan& p) { p.gaps[2].new_gap += gbp(1); }},
        {"a bridge step", [](Plan& p) { p.gaps[2].bridge[7].amount += gbp(1); }},
        {"revised vs years[0]", [](Plan& p) { p.revised.precept += gbp(1); }},
    };
    CHECK(pound == gbp(1));
    for (const auto& [what, apply] : breaks) {
        const auto& broken_part = what;  // clang-14 cannot capture a binding in CAPTURE's lambda
        CAPTURE(broken_part);
        Plan broken = good;
        apply(broken);
        CHECK_FALSE(audit_plan(s, broken).empty());
    }

    // And a wrong verdict is caught by the checks audit.
    CheckOutcome outcome = check_plan(s, good);
    REQUIRE(audit_checks(s, good, outcome).empty());
    outcome.results.back().passed = !outcome.results.back().passed;
    CHECK_FALSE(audit_checks(s, good, outcome).empty());
}

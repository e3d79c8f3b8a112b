// build_check_report: each rule result as a line with its figures and a sentence a
// finance officer can read out, e.g. "2007/08: NRE £2,520.1m within the guidance
// limit £2,523.1m (3% a year on 2006/07 NRE)"; the base year's NRE is its revised figure.
#include <fmt/format.h>

#include <algorithm>

#include "money/money_text.hpp"
#include "report/report.hpp"
#include "report/tables.hpp"

namespace mtfp {

namespace {

Cell cell_of(const CheckFigure& figure) {
    Cell cell;
    cell.money = figure.money;
    cell.rate = figure.rate;
    cell.hundredths = figure.pence;
    return cell;
}

Money money_of(const CheckFigure& figure) {
    return figure.money.value_or(Money{});
}

Rate rate_of(const CheckFigure& figure) {
    return figure.rate.value_or(Rate{});
}

// The balance is "to the pound", so its figures are whole pounds.
std::string balanced_message(const RuleResult& r) {
    const Money requirement = money_of(r.value);
    const Money funding = money_of(r.limit);
    if (requirement == funding) {
        return fmt::format("budget requirement {} = total funding {}: balanced", pounds_phrase(requirement),
                           pounds_phrase(funding));
    }
    const bool shortfall = requirement > funding;
    return fmt::format("budget requirement {} {} total funding {}: a {} of {}", pounds_phrase(requirement),
                       shortfall ? "exceeds" : "is below", pounds_phrase(funding),
                       shortfall ? "gap" : "surplus",
                       pounds_phrase(shortfall ? requirement - funding : funding - requirement));
}

std::string cap_message(const RuleResult& r) {
    if (r.value.pence && r.limit.pence)
        return fmt::format("Band D increase {} {} the cap {}", pence_phrase(*r.value.pence),
                           r.passed ? "within" : "exceeds", pence_phrase(*r.limit.pence));
    // Balance mode from a zero precept: any precept is an increase without a rate.
    if (!r.value.rate && r.passed)
        return fmt::format("no Band D increase: the precept stays at zero, within the cap {}",
                           format_rate(rate_of(r.limit)));
    if (!r.value.rate)
        return fmt::format(
            "the precept rises from zero, so the Band D increase has no rate: it exceeds "
            "any cap, here {}",
            format_rate(rate_of(r.limit)));
    return fmt::format("Band D increase {} {} the cap {}", format_rate(rate_of(r.value)),
                       r.passed ? "within" : "exceeds", format_rate(rate_of(r.limit)));
}

std::string nre_message(const Scenario& scenario, const RuleResult& r) {
    const std::string growth =
        scenario.checks.nre_growth_limit ? format_rate(*scenario.checks.nre_growth_limit) : "?";
    const std::string basis = fmt::format("({} a year on {} NRE)", growth, scenario.year(0).to_string());
    if (r.passed) {
        const auto f = money_phrases({money_of(r.value), money_of(r.limit)});
        return fmt::format("NRE {} within the guidance limit {} {}", f[0], f[1], basis);
    }
    const auto f =
        money_phrases({money_of(r.value), money_of(r.limit), money_of(r.value) - money_of(r.limit)});
    return fmt::format("NRE {} exceeds the guidance limit {} by {} {}", f[0], f[1], f[2], basis);
}

std::string efficiency_message(const Scenario& scenario, const RuleResult& r) {
    const std::string minimum =
        scenario.checks.efficiency_minimum ? format_rate(*scenario.checks.efficiency_minimum) : "?";
    const std::string basis = fmt::format("({} of {} net service expenditure)", minimum,
                                          scenario.year(r.year == 0 ? 0 : r.year - 1).to_string());
    if (r.passed) {
        const auto f = money_phrases({money_of(r.value), money_of(r.limit)});
        return fmt::format("efficiency savings {} meet the minimum {} {}", f[0], f[1], basis);
    }
    const auto f =
        money_phrases({money_of(r.value), money_of(r.limit), money_of(r.limit) - money_of(r.value)});
    return fmt::format("efficiency savings {} fall short of the minimum {} by {} {}", f[0], f[1], f[2],
                       basis);
}

std::string reserve_name(const Scenario& scenario, const std::string& id) {
    for (const Reserve& reserve : scenario.reserves) {
        if (reserve.id == id) return reserve.name;
    }
    return id;
}

// The limit is the general reserve's floor where it has one above zero, else zero.
std::string reserves_message(const Scenario& scenario, const RuleResult& r) {
    const Money closing = money_of(r.value);
    const Money limit = money_of(r.limit);
    const std::string name = reserve_name(scenario, r.subject);
    if (limit.is_zero())
        return fmt::format("{} closing balance {} {}", name, money_phrase(closing),
                           r.passed ? "at or above zero" : "below zero");
    if (r.passed) {
        const auto f = money_phrases({closing, limit});
        return fmt::format("{} closing balance {} at or above its floor {}", name, f[0], f[1]);
    }
    const auto f = money_phrases({closing, limit, limit - closing});
    return fmt::format("{} closing balance {} below its floor {} by {}", name, f[0], f[1], f[2]);
}

// The prudential indicator; without a ratio NRE was at or below zero.
std::string financing_costs_message(const RuleResult& r) {
    const std::string limit = format_rate(rate_of(r.limit));
    if (!r.value.rate)
        return r.passed ? fmt::format("no financing costs, within the limit {} of NRE", limit)
                        : fmt::format(
                              "financing costs against NRE at or below zero: no ratio, over any limit, "
                              "here {}",
                              limit);
    return fmt::format("financing costs {} of NRE {} the limit {}", format_rate(rate_of(r.value)),
                       r.passed ? "within" : "exceed", limit);
}

std::string message(const Scenario& scenario, const RuleResult& r) {
    const std::string year = scenario.year(r.year).to_string();
    switch (r.rule) {
        case Rule::balanced_budget:
            return year + ": " + balanced_message(r);
        case Rule::council_tax_cap:
            return year + ": " + cap_message(r);
        case Rule::nre_guidance:
            return year + ": " + nre_message(scenario, r);
        case Rule::efficiency:
            return year + ": " + efficiency_message(scenario, r);
        case Rule::financing_costs:
            return year + ": " + financing_costs_message(r);
        case Rule::reserves:
            break;
    }
    return year + ": " + reserves_message(scenario, r);
}

// The place a CI annotation points to: the parameter the rule tests against, or the
// scenario's first line when the rule has none written (the base year's balance).
SourceRef parameter_source(const Scenario& scenario, const RuleResult& r) {
    const CheckParameters& checks = scenario.checks;
    SourceRef found;
    switch (r.rule) {
        case Rule::balanced_budget:
            found = r.year != 0 && !checks.balanced_years_where.file.empty() ? checks.balanced_years_where
                                                                             : checks.where;
            break;
        case Rule::council_tax_cap:
            found = scenario.precept.cap_where;
            break;
        case Rule::nre_guidance:
            found = checks.nre_growth_limit_where;
            break;
        case Rule::efficiency:
            found = checks.efficiency_minimum_where;
            break;
        case Rule::financing_costs:
            if (scenario.capital) found = scenario.capital->financing_cost_limit_where;
            break;
        case Rule::reserves:
            for (const Reserve& reserve : scenario.reserves)
                if (reserve.id == r.subject) found = reserve.where;
            break;
    }
    if (found.file.empty()) found = SourceRef{scenario.file, 1, 1};
    return found;
}

}  // namespace

CheckReport build_check_report(const Scenario& scenario, const CheckOutcome& outcome) {
    CheckReport report;
    report.header = report::header_of(scenario);
    report.passed = outcome.passed;
    for (const RuleResult& r : outcome.results) {
        CheckLine line;
        line.rule = rule_name(r.rule);
        line.year = scenario.year(r.year).to_string();
        line.subject = r.subject;
        line.passed = r.passed;
        line.value = cell_of(r.value);
        line.limit = cell_of(r.limit);
        line.message = message(scenario, r);
        line.warn = std::find(scenario.checks.warn_rules.begin(), scenario.checks.warn_rules.end(),
                              line.rule) != scenario.checks.warn_rules.end();
        line.where = parameter_source(scenario, r);
        report.lines.push_back(std::move(line));
    }
    report.settle();
    return report;
}

void CheckReport::settle() {
    passed = std::all_of(lines.begin(), lines.end(),
                         [](const CheckLine& line) { return line.passed || line.warn; });
}

CheckTally CheckReport::tally() const {
    CheckTally tally;
    tally.checks = lines.size();
    for (const CheckLine& line : lines) {
        if (line.verdict() == CheckLine::Verdict::fail) ++tally.failed;
        if (line.verdict() == CheckLine::Verdict::warn) ++tally.warned;
    }
    return tally;
}

std::string CheckTally::sentence() const {
    const std::string warnings =
        fmt::format("{} {} as warnings (severity warn)", warned, failed ? "more failed" : "failed");
    if (failed == 0 && warned == 0) return fmt::format("all {} checks passed", checks);
    if (failed == 0) return fmt::format("{} of {} checks passed; {}", checks - warned, checks, warnings);
    return fmt::format("{} of {} checks failed", failed, checks) + (warned ? "; " + warnings : "");
}

}  // namespace mtfp

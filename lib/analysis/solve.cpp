#include "analysis/solve.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/command_line_error.hpp"
#include "analysis/value_text.hpp"
#include "model/diagnostic.hpp"
#include "money/amount_text.hpp"
#include "money/money_text.hpp"

namespace mtfp::analysis {

namespace {

std::string years_text(const Scenario& scenario, const std::vector<YearIndex>& years) {
    if (years.size() == 1) return scenario.year(years.front()).to_string();
    return scenario.year(years.front()).to_string() + " to " + scenario.year(years.back()).to_string();
}

// One step's search: `working` holds every value found so far and is changed in place.
class Search {
public:
    Search(Scenario& working, const ParameterHandle& handle, const Target& target, SolveStep& step,
           const RuleBaseline* rules)
        : working_(working), handle_(handle), target_(target), step_(step), rules_(rules) {}

    void run() {
        const Scenario original = working_;
        step_.before = value_in(working_, plan_now(), handle_, component());
        step_.value = step_.before;
        std::int64_t low = std::min(handle_.lowest, step_.before);
        std::int64_t high = std::max(handle_.highest, step_.before);
        const bool low_met = met_within(low);
        const bool high_met = met_within(high);
        if (low_met == high_met) {
            if (low_met)
                step_.outcome = SolveOutcome::met_throughout;
            else
                step_.outcome = SolveOutcome::none_in_range;
            describe_flat(low, high);
            working_ = original;
            return;
        }
        // Invariant: met at `yes`, not met at `no`; they close in on the edge.
        std::int64_t yes = low_met ? low : high;
        std::int64_t no = low_met ? high : low;
        while (yes - no > 1 || no - yes > 1) {
            const std::int64_t middle = yes + (no - yes) / 2;
            if (met(middle))
                yes = middle;
            else
                no = middle;
        }
        if (exact_zero_required() && !exactly_met(yes)) {
            step_.outcome = SolveOutcome::no_exact_value;
            if (step_.target_years.size() > 1) {
                const YearIndex shown = binding_year(yes);
                step_.message = fmt::format(
                    "{}: no single value of {} makes the gap exactly £0 in every one of these years: at {}, "
                    "the "
                    "closest to closing them all, the gap in {} is {} (use --year, or gap<=0)",
                    years(), handle_.path, value_text(yes), working_.year(shown).to_string(),
                    figure_phrase(yes, shown));
            } else {
                step_.message = fmt::format(
                    "{}: no value of {} makes the gap exactly £0: the plan rounds to the pound, "
                    "and the gap is {} at {} but {} at {}",
                    years(), handle_.path, gap_phrase(yes), value_text(yes), gap_phrase(no), value_text(no));
            }
            working_ = original;
            return;
        }
        if (rules_ && !keeps_rules(yes)) {
            const std::int64_t edge = yes;
            if (!move_within_rules(yes, no, low_met ? low : high)) {
                working_ = original;
                return;
            }
            step_.outcome = SolveOutcome::solved;
            step_.value = yes;
            step_.next_not_met = no;
            step_.message = fmt::format(
                "{}: {} = {} meets {} and keeps every rule of check (--within-rules); the target is met from "
                "{}, "
                "but up to {} the plan breaks {}",
                years(), path_in_year(), value_text(yes), target_.text, value_text(edge), value_text(no),
                broken_text(no));
            set(yes);
            return;
        }
        step_.outcome = SolveOutcome::solved;
        step_.value = yes;
        step_.next_not_met = no;
        const YearIndex shown = binding_year(no);
        step_.message = fmt::format(
            "{}: {} = {} meets {} ({} is {} in {}); at {} it does not ({} is {})", years(), path_in_year(),
            value_text(yes), target_.text, figure_name(target_), figure_phrase(yes, shown),
            working_.year(shown).to_string(), value_text(no), figure_name(target_), figure_phrase(no, shown));
        if (target_.kind == TargetKind::gap_zero && !exact_zero_required())
            step_.message +=
                "; Band D moves by the penny, so gap=0 is met as balance mode meets it: the smallest "
                "increase "
                "that leaves no gap (a surplus under a penny per Band D property)";
        set(yes);
    }

    // gap=0 asks for a gap of exactly £0, except of a Band D increase in pence: a penny
    // moves the precept by the tax base in pounds, so no increase need close it exactly.
    bool exact_zero_required() const {
        return target_.kind == TargetKind::gap_zero && handle_.type() != ValueType::pence;
    }

private:
    bool keeps_rules(std::int64_t value) {
        const Plan plan = plan_at(value);
        return rules_->kept(working_, plan);
    }

    // `yes` meets the target but breaks a rule. Rules move one way with a value as the
    // target does, so the first value from `yes` towards `far` (the end where the target
    // is met) that keeps the rules is found by bisection, when `far` keeps them. For
    // gap=0 that value must still close the gap exactly. On success `yes` and `no`
    // become that value and its neighbour that breaks a rule.
    bool move_within_rules(std::int64_t& yes, std::int64_t& no, std::int64_t far) {
        const std::int64_t edge = yes;
        const std::string broken = broken_text(edge);
        bool found = false;
        try {
            found = keeps_rules(far) && (!exact_zero_required() || exactly_met(far));
        } catch (const AmountOutOfRange&) {
            found = false;
        }
        if (found && target_.kind != TargetKind::gap_zero) {
            std::int64_t breaks = edge, keeps = far;
            while (keeps - breaks > 1 || breaks - keeps > 1) {
                const std::int64_t middle = breaks + (keeps - breaks) / 2;
                if (keeps_rules(middle))
                    keeps = middle;
                else
                    breaks = middle;
            }
            yes = keeps;
            no = breaks;
            return true;
        }
        step_.outcome = SolveOutcome::none_within_rules;
        step_.message = fmt::format(
            "{}: {} = {} meets {}, but breaks {}; no value of {} that meets {} keeps every rule of check "
            "(--within-rules); left at {}",
            years(), path_in_year(), value_text(edge), target_.text, broken, handle_.path, target_.text,
            value_text(step_.before));
        return false;
    }

    std::string broken_text(std::int64_t value) {
        const Plan plan = plan_at(value);
        std::string text;
        for (const RuleResult& result : rules_->broken(check_plan(working_, plan)))
            text += (text.empty() ? "" : ", ") + rule_name(result.rule) + " in " +
                    working_.year(result.year).to_string();
        return text;
    }

    YearIndex component() const { return step_.varied_year.value_or(0); }

    void set(std::int64_t value) { set_value(working_, handle_, component(), value); }

    Plan plan_now() const { return project(working_); }

    Plan plan_at(std::int64_t value) {
        set(value);
        return project(working_);
    }

    bool met(std::int64_t value) {
        const Plan plan = plan_at(value);
        return std::all_of(step_.target_years.begin(), step_.target_years.end(), [&](YearIndex y) {
            return target_side_met(target_, target_figures(target_, working_, plan, y));
        });
    }

    // An end of the range whose plan leaves the exact range of pounds is pulled halfway
    // back towards the value the step started from, until it can be projected.
    bool met_within(std::int64_t& end) {
        for (int tries = 0; tries < 64; ++tries) {
            try {
                return met(end);
            } catch (const AmountOutOfRange&) {
                end = step_.before + (end - step_.before) / 2;
            }
        }
        return met(step_.before);
    }

    bool exactly_met(std::int64_t value) {
        const Plan plan = plan_at(value);
        return std::all_of(step_.target_years.begin(), step_.target_years.end(), [&](YearIndex y) {
            return target_met(target_, target_figures(target_, working_, plan, y));
        });
    }

    // The first target year where the target is not met at `value` (the year that binds).
    YearIndex binding_year(std::int64_t value) {
        const Plan plan = plan_at(value);
        for (YearIndex y : step_.target_years)
            if (!target_met(target_, target_figures(target_, working_, plan, y))) return y;
        return step_.target_years.front();
    }

    std::string figure_phrase(std::int64_t value, YearIndex y) {
        const Plan plan = plan_at(value);
        const TargetFigures figures = target_figures(target_, working_, plan, y);
        std::string text = pounds_phrase(figures.figure);
        if (target_.kind != TargetKind::gap_zero && target_.kind != TargetKind::gap_at_most)
            text += " against " + pounds_phrase(figures.limit);
        return text;
    }

    std::string gap_phrase(std::int64_t value) { return figure_phrase(value, binding_year(value)); }

    void describe_flat(std::int64_t low, std::int64_t high) {
        const YearIndex shown = step_.target_years.front();
        const std::string at_low = figure_phrase(low, shown);
        const std::string at_high = figure_phrase(high, shown);
        const std::string moves = at_low == at_high
                                      ? fmt::format(" ({} does not move {} in {})", handle_.path,
                                                    figure_name(target_), working_.year(shown).to_string())
                                      : "";
        if (step_.outcome == SolveOutcome::met_throughout) {
            step_.message = fmt::format("{}: {} is met at every value of {} from {} to {}{}; left at {}",
                                        years(), target_.text, handle_.path, value_text(low),
                                        value_text(high), moves, value_text(step_.before));
        } else {
            step_.message = fmt::format(
                "{}: no value of {} from {} to {} meets {}: in {} {} is {} at {} and {} at {}{}; left at {}",
                years(), handle_.path, value_text(low), value_text(high), target_.text,
                working_.year(shown).to_string(), figure_name(target_), at_low, value_text(low), at_high,
                value_text(high), moves, value_text(step_.before));
        }
    }

    std::string value_text(std::int64_t value) const { return format_value(value, handle_.type()); }
    std::string years() const { return years_text(working_, step_.target_years); }
    std::string path_in_year() const {
        if (!step_.varied_year || handle_.years.size() == 1) return handle_.path;
        return handle_.path + " in " + working_.year(*step_.varied_year).to_string();
    }

    Scenario& working_;
    const ParameterHandle& handle_;
    const Target& target_;
    SolveStep& step_;
    const RuleBaseline* rules_;
};

std::vector<YearIndex> all_plan_years(const Scenario& scenario) {
    std::vector<YearIndex> years;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) years.push_back(y);
    return years;
}

// Which value is varied against which years' target, in order.
std::vector<SolveStep> plan_steps(const Scenario& scenario, const ParameterHandle& handle,
                                  std::optional<YearIndex> year) {
    std::vector<SolveStep> steps;
    auto add = [&steps](std::optional<YearIndex> varied, std::vector<YearIndex> targets) {
        SolveStep step;
        step.varied_year = varied;
        step.target_years = std::move(targets);
        steps.push_back(std::move(step));
    };
    if (!handle.by_year()) {
        add(std::nullopt, year ? std::vector<YearIndex>{*year} : all_plan_years(scenario));
    } else if (handle.years.size() == 1) {
        // A value of one year (indices.pay.2008/09, a reserve transfer) is varied against
        // its own year's target, or year Y's; a base-year value against every plan year.
        const YearIndex own = handle.years.front();
        add(own, year       ? std::vector<YearIndex>{*year}
                 : own == 0 ? all_plan_years(scenario)
                            : std::vector<YearIndex>{own});
    } else if (year) {
        if (std::find(handle.years.begin(), handle.years.end(), *year) == handle.years.end())
            refuse(fmt::format("--year {}: {} has no value in that year", scenario.year(*year).to_string(),
                               handle.path));
        add(*year, {*year});
    } else {
        for (YearIndex y : handle.years) add(y, {y});
    }
    return steps;
}

}  // namespace

bool SolveResult::met() const {
    return std::all_of(steps.begin(), steps.end(), [](const SolveStep& step) {
        return step.outcome == SolveOutcome::solved || step.outcome == SolveOutcome::met_throughout;
    });
}

SolveResult solve(const Scenario& scenario, const ParameterHandle& handle, const Target& target,
                  std::optional<YearIndex> year, bool within_rules) {
    SolveResult result;
    result.scenario = scenario;
    result.steps = plan_steps(scenario, handle, year);
    const RuleBaseline rules(scenario, project(scenario));
    for (SolveStep& step : result.steps)
        Search(result.scenario, handle, target, step, within_rules ? &rules : nullptr).run();
    result.plan = project(result.scenario);
    result.broken_rules = rules.broken(check_plan(result.scenario, result.plan));
    result.failing_anyway = rules.failing_already();
    return result;
}

}  // namespace mtfp::analysis

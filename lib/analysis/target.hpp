#pragma once
// What `solve` is asked to reach in a year: gap=0, gap<=AMOUNT, general_reserve>=floor
// or nre<=guidance. The reserve and NRE targets use the limits of the reserves and
// nre_guidance checks themselves (lib/project/checks.*), so solve and check agree.
#include <string>

#include "model/scenario.hpp"
#include "project/plan.hpp"

namespace mtfp::analysis {

enum class TargetKind { gap_zero, gap_at_most, general_reserve_at_floor, nre_within_guidance };

struct Target {
    TargetKind kind = TargetKind::gap_zero;
    Money gap_limit;   // gap_at_most only
    std::string text;  // as written, e.g. "gap<=5000"
};

// Throws InputError (on the command line) for an unknown target, or nre<=guidance in
// a scenario without an nre_growth_limit.
Target parse_target(const std::string& text, const Scenario& scenario);

// The figure a target looks at in year y, and the limit it must meet.
struct TargetFigures {
    Money figure;
    Money limit;
};
TargetFigures target_figures(const Target& target, const Scenario& scenario, const Plan& plan, YearIndex y);

// Whether the figures meet the target exactly (gap=0: the gap is zero).
bool target_met(const Target& target, const TargetFigures& figures);
// The one-sided form a search can bracket: gap=0 is searched as gap<=0, whose edge is
// the value closest to a zero gap; every other target is its own one-sided form.
bool target_side_met(const Target& target, const TargetFigures& figures);

// "the gap", "the general reserve", "NRE": what the figure is, for sentences.
std::string figure_name(const Target& target);

}  // namespace mtfp::analysis

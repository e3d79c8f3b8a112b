// sensitivity's defaults and labels (issue 15): an index at 0% in every plan year is not
// varied by default (a note says so, and --vary still reaches it); a one-sided variation's
// last row is labelled as the change from the base it is, never "Swing (high - low)".
#include <doctest/doctest.h>

#include <algorithm>

#include "analysis/sensitivity.hpp"
#include "load/load.hpp"
#include "report/what_if_tables.hpp"

using namespace mtfp;
using namespace mtfp::analysis;

namespace {

Scenario shipped(const std::string& name, const std::vector<Override>& overrides = {}) {
    return load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/" + name, overrides);
}

std::vector<std::string> paths(const std::vector<Variation>& variations) {
    std::vector<std::string> found;
    for (const Variation& variation : variations) found.push_back(variation.handle.path);
    return found;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::string label_of(const Table& table, const std::string& key) {
    const Row* row = table.find_row(key);
    REQUIRE(row != nullptr);
    return row->label;
}

}  // namespace

TEST_CASE("sensitivity: the default leaves out an index at 0% in every plan year, and says so") {
    const Scenario scenario = shipped("mps-2007-10.yaml");  // none: 0%
    std::vector<std::string> notes;
    const std::vector<std::string> varied = paths(default_variations(scenario, notes));
    CHECK(contains(varied, "indices.pay"));
    CHECK(contains(varied, "indices.prices"));
    CHECK_FALSE(contains(varied, "indices.none"));
    REQUIRE_FALSE(notes.empty());
    CHECK(notes.front() ==
          "indices.none left out: 0% in every plan year, not an inflation assumption (vary it with --vary "
          "indices.none=±1%).");
    // 0% in one year only is an assumption (a one-year freeze): varied.
    std::vector<std::string> frozen_notes;
    const Scenario frozen = shipped("mps-2007-10.yaml", {{"indices.pay.2008/09", "0%"}});
    CHECK(contains(paths(default_variations(frozen, frozen_notes)), "indices.pay"));
    // A pay freeze in every year is left out too, and the note names both.
    std::vector<std::string> freeze_notes;
    const Scenario freeze = shipped("mps-2007-10.yaml", {{"indices.pay", "0%"}});
    CHECK_FALSE(contains(paths(default_variations(freeze, freeze_notes)), "indices.pay"));
    CHECK(freeze_notes.front().starts_with("indices.pay, indices.none left out"));
    // Asked for by name, it is varied.
    CHECK(parse_variation("indices.none=±1%", scenario).handle.path == "indices.none");
}

TEST_CASE("sensitivity: a one-sided variation's last row is its change from the base, labelled so") {
    const Scenario scenario = shipped("mps-2007-10.yaml");
    const SensitivityResult result =
        sensitivity(scenario, {parse_variation("grants.general.growth=+1%", scenario),
                               parse_variation("indices.prices=-0.5%", scenario),
                               parse_variation("indices.pay=±1%", scenario)});
    const PlanReport report = build_sensitivity_report(scenario, result);
    const Table& gap = report.tables.front();
    CHECK(label_of(gap, "grants.general.growth:swing") == "Change (high - base)");
    CHECK(label_of(gap, "indices.prices:swing") == "Change (base - low)");
    CHECK(label_of(gap, "indices.pay:swing") == "Swing (high - low)");
    // More grant growth lowers the gap: the change is negative, and the label says what it is.
    const Row* change = gap.find_row("grants.general.growth:swing");
    REQUIRE(change != nullptr);
    CHECK(change->cells.back().money->in_pounds() < 0);
    for (const Row& row : gap.rows) {
        const bool high_low = row.label.find("high - low") != std::string::npos;
        if (row.key != "indices.pay:swing") CHECK_FALSE(high_low);
    }
}

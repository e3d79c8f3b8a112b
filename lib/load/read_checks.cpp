#include "load/schema_keys.hpp"
#include "load/validate.hpp"

namespace mtfp::load {

void read_checks(Reader& reader, const Node& root, Scenario& scenario) {
    CheckParameters& checks = scenario.checks;
    checks.balanced_by_year.assign(reader.year_count(), false);
    checks.balanced_by_year[0] = true;  // the base year must always balance
    const Node* node = root.find("checks");
    if (!node || !reader.expect_map(*node, "checks", keys::checks)) return;
    if (const Node* years = node->find("balanced_years");
        years && reader.expect_sequence(*years, "balanced_years"))
        for (const Node& year : years->items)
            if (auto y = reader.year(year, YearsAllowed::any)) checks.balanced_by_year[*y] = true;
    if (const Node* limit = node->find("nre_growth_limit")) checks.nre_growth_limit = reader.rate(*limit);
    if (const Node* minimum = node->find("efficiency_minimum"))
        checks.efficiency_minimum = reader.rate(*minimum);
}

}  // namespace mtfp::load

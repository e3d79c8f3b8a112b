#include "load/read_savings.hpp"
#include "load/validate.hpp"

namespace mtfp::load {

Scenario read_scenario(Reader& reader, const Node& root, const std::string& file) {
    Scenario scenario;
    read_header(reader, root, file, scenario);
    read_indices(reader, root, scenario);
    read_subjectives(reader, root, scenario);
    auto line_subjectives = read_lines(reader, root, scenario);
    const auto split = read_base_budget(reader, root, line_subjectives, scenario);
    // The ledger's revised-budget movements go after the file's own, so that item i of
    // the file's movements is scenario.movements[i] (read_movements and read_priorities
    // rely on it).
    std::vector<Movement> from_ledger = std::move(scenario.movements);
    scenario.movements.clear();
    read_movements(reader, root, line_subjectives, scenario);
    for (Movement& movement : from_ledger) scenario.movements.push_back(std::move(movement));
    read_grants(reader, root, scenario);
    read_precept(reader, root, scenario);
    read_reserves(reader, root, scenario);
    read_savings_risk(reader, root, scenario);
    read_labels(reader, root, scenario);
    read_checks(reader, root, scenario);
    read_uncertainty(reader, root, scenario);
    read_capital(reader, root, line_subjectives, scenario);
    read_priorities(reader, root, scenario);
    place_cost_centre_lines(reader, root, split, scenario);
    return scenario;
}

}  // namespace mtfp::load

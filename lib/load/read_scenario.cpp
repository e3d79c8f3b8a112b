#include "load/read_savings.hpp"
#include "load/validate.hpp"

namespace mtfp::load {

Scenario read_scenario(Reader& reader, const Node& root, const std::string& file) {
    Scenario scenario;
    read_header(reader, root, file, scenario);
    read_indices(reader, root, scenario);
    read_subjectives(reader, root, scenario);
    auto line_subjectives = read_lines(reader, root, scenario);
    read_base_budget(reader, root, line_subjectives, scenario);
    read_movements(reader, root, line_subjectives, scenario);
    read_grants(reader, root, scenario);
    read_precept(reader, root, scenario);
    read_reserves(reader, root, scenario);
    read_savings_risk(reader, root, scenario);
    read_labels(reader, root, scenario);
    read_checks(reader, root, scenario);
    read_uncertainty(reader, root, scenario);
    read_capital(reader, root, line_subjectives, scenario);
    read_priorities(reader, root, scenario);
    return scenario;
}

}  // namespace mtfp::load

#pragma once
// The merged, overridden document -> the typed Scenario, one part of the scenario per
// function (and per file). Each reports every problem it finds through the Reader and
// fills in what it can, so later parts can still be checked; the caller throws if any
// problem was found, so a half-filled Scenario never leaves `load`.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "load/document.hpp"
#include "load/reader.hpp"
#include "model/scenario.hpp"

namespace mtfp::load {

// format, name, base_year, plan_years; sets the Reader's years when they are valid.
void read_header(Reader& reader, const Node& root, const std::string& file, Scenario& scenario);
void read_indices(Reader& reader, const Node& root, Scenario& scenario);
void read_subjectives(Reader& reader, const Node& root, Scenario& scenario);
// Returns, per line, the subjectives its budget book names (for a movement that
// leaves out its subjective).
std::vector<std::vector<std::size_t>> read_lines(Reader& reader, const Node& root, Scenario& scenario);
// base_budget: the budget book of the lines it names, summed from a ledger extract (CSV);
// adds each such line's subjectives to `line_subjectives`. A line of its own for each
// cost centre of the lines in cost_centre_lines is appended; returns those lines'
// positions, for place_cost_centre_lines once everything else is read.
std::vector<std::size_t> read_base_budget(Reader& reader, const Node& root,
                                          std::vector<std::vector<std::size_t>>& line_subjectives,
                                          Scenario& scenario);
// Puts each cost centre's line where its line was, drops the lines split into cost
// centres, and renumbers every reference to a line; a movement or the capital financing
// naming a split line is an error (it names one of the cost centres' lines instead).
void place_cost_centre_lines(Reader& reader, const Node& root, const std::vector<std::size_t>& split,
                             Scenario& scenario);
// Whether base_budget.lines names the line (its budget_book then comes from the ledger).
bool fed_by_ledger(const Node& root, std::string_view line_id);
void read_movements(Reader& reader, const Node& root,
                    const std::vector<std::vector<std::size_t>>& line_subjectives, Scenario& scenario);
void read_grants(Reader& reader, const Node& root, Scenario& scenario);
void read_precept(Reader& reader, const Node& root, Scenario& scenario);
void read_reserves(Reader& reader, const Node& root, Scenario& scenario);
void read_checks(Reader& reader, const Node& root, Scenario& scenario);
void read_uncertainty(Reader& reader, const Node& root, Scenario& scenario);
// capital: (1.1); the financing line's consequences go to the first subjective it names.
void read_capital(Reader& reader, const Node& root,
                  const std::vector<std::vector<std::size_t>>& line_subjectives, Scenario& scenario);
// priorities: (1.1), with the lines' shares and the movements' priority; after both.
void read_priorities(Reader& reader, const Node& root, Scenario& scenario);

// The whole scenario, in the order above.
Scenario read_scenario(Reader& reader, const Node& root, const std::string& file);

// The ids of a list of items, in order (for references and "did you mean").
template <typename Item>
std::vector<std::string> ids_of(const std::vector<Item>& items) {
    std::vector<std::string> ids;
    ids.reserve(items.size());
    for (const Item& item : items) ids.push_back(item.id);
    return ids;
}

}  // namespace mtfp::load

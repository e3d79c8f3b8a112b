#pragma once
// Helpers for the loader's tests: paths of the test data, scratch scenario files, and
// the messages a load produces.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "load/load.hpp"
#include "model/diagnostic.hpp"

namespace mtfp::testing {

inline std::string load_data(const std::string& name) {
    return std::string(MTFP_SOURCE_DIR) + "/tests/unit/data/" + name;
}

// Writes `text` to NAME in a scratch folder of this process and returns its path.
inline std::string scratch_scenario(const std::string& name, const std::string& text) {
    std::filesystem::path folder = std::filesystem::temp_directory_path() / "mtfp-load-tests";
    std::filesystem::create_directories(folder);
    std::filesystem::path path = folder / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

// Every message of a failed load, formatted as the CLI prints them; empty if it loaded.
template <class Load>
std::vector<std::string> problems_of_load(Load load) {
    try {
        load();
    } catch (const InputError& error) {
        std::vector<std::string> messages;
        for (const Diagnostic& diagnostic : error.diagnostics())
            messages.push_back(format_diagnostic(diagnostic));
        return messages;
    }
    return {};
}

inline std::vector<std::string> load_problems(const std::string& path,
                                              const std::vector<Override>& overrides = {}) {
    return problems_of_load([&] { load_scenario(path, overrides); });
}

// A small valid scenario in £ for error tests, to be broken one edit at a time.
inline const std::string small_scenario = R"(format: mtfp/1
units: "£"
base_year: 2006/07
plan_years: 2
indices:
  prices: 2%
subjectives:
  - {id: supplies, name: Supplies, index: prices}
lines:
  - {id: A, name: Line A, section: business_group, subjective: supplies, budget_book: 1000}
movements:
  - {id: m1, line: A, kind: committed_increase, amounts: {2007/08: 10}}
grants:
  general: {base: 500}
precept:
  base: 500
  band_d_increase: 3%
)";

inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    if (at == std::string::npos) return "REPLACE FAILED: " + from;
    return text.replace(at, from.size(), to);
}

}  // namespace mtfp::testing

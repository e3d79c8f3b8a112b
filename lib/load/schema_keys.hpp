#pragma once
// The keys each mapping of a scenario may hold. Validation reports any other key as
// unknown (with "did you mean"), and --set may create only these, so the two can never
// disagree about what a path names.
#include <string>
#include <vector>

namespace mtfp::load::keys {

inline const std::vector<std::string> top{"format",  "name",      "units",       "base_year", "plan_years",
                                          "extends", "indices",   "subjectives", "lines",     "movements",
                                          "grants",  "precept",   "reserves",    "checks",    "uncertainty",
                                          "capital", "priorities"};
inline const std::vector<std::string> subjective{"id", "name", "index"};
inline const std::vector<std::string> line{"id",         "name",    "section",   "budget_book",
                                           "subjective", "outturn", "priorities"};
inline const std::vector<std::string> movement{"id",    "line",    "kind",    "subjective",
                                               "label", "amounts", "one_off", "priority"};
inline const std::vector<std::string> grants{"general", "specific", "real_terms_index"};
inline const std::vector<std::string> general_grant{"name", "base", "growth", "amounts"};
inline const std::vector<std::string> specific_grant{"id", "name", "base", "growth", "amounts"};
inline const std::vector<std::string> precept{"base", "band_d_increase", "mode", "tax_base_growth", "cap"};
inline const std::vector<std::string> reserves{"general", "earmarked", "transfers"};
inline const std::vector<std::string> general_reserve{"name", "opening", "floor"};
inline const std::vector<std::string> earmarked_reserve{"id", "name", "opening"};
inline const std::vector<std::string> transfer{"id", "reserve", "year", "amount", "label"};
inline const std::vector<std::string> checks{"balanced_years", "nre_growth_limit", "efficiency_minimum"};
inline const std::vector<std::string> uncertainty{"param", "dist", "mean", "sd",
                                                  "min",   "mode", "max",  "per_year"};

inline const std::vector<std::string> capital{"financing_line", "borrowing_rate", "opening_cfr",
                                              "financing_cost_limit", "schemes"};
inline const std::vector<std::string> capital_scheme{"id",     "name",     "life",   "spend",
                                                     "grants", "receipts", "revenue"};
inline const std::vector<std::string> priority{"id", "name"};

}  // namespace mtfp::load::keys

#pragma once
// The keys each mapping of a scenario may hold. Validation reports any other key as
// unknown (with "did you mean"), and --set may create only these, so the two can never
// disagree about what a path names.
#include <string>
#include <vector>

namespace mtfp::load::keys {

inline const std::vector<std::string> top{
    "format",      "name",         "units",     "base_year",   "plan_years", "extends",   "indices",
    "subjectives", "lines",        "movements", "grants",      "precept",    "reserves",  "checks",
    "uncertainty", "savings_risk", "labels",    "base_budget", "capital",    "priorities"};
inline const std::vector<std::string> base_budget{"ledger", "columns", "lines", "subjectives",
                                                  "cost_centre_lines"};
inline const std::vector<std::string> ledger_columns{"cost_centre", "account", "budget", "revised",
                                                     "outturn"};
inline const std::vector<std::string> subjective{"id", "name", "index"};
inline const std::vector<std::string> line{"id",         "name",    "section",   "budget_book",
                                           "subjective", "outturn", "priorities"};
inline const std::vector<std::string> movement{"id",    "line",     "kind",    "subjective",
                                               "label", "amounts",  "one_off", "status",
                                               "owner", "cashable", "priority"};
inline const std::vector<std::string> savings_risk{"delivered", "green", "amber", "red"};
// The tables whose titles `labels.titles` may rename.
inline const std::vector<std::string> table_ids{"summary", "table2",     "table3",      "table4",
                                                "gap",     "grants",     "council_tax", "savings",
                                                "capital", "priorities", "movements",   "table3_lines"};
// The fixed row labels `labels` may rename, by row key (a line, grant, reserve or
// subjective has its own name in the scenario).
inline const std::vector<std::string> label_rows{"heading:business_groups",
                                                 "total_business_groups",
                                                 "heading:corporate",
                                                 "total_corporate",
                                                 "total_mps",
                                                 "total_authority",
                                                 "net_service_expenditure",
                                                 "net_expenditure",
                                                 "specific_grants",
                                                 "net_revenue_expenditure",
                                                 "transfer_from_reserves",
                                                 "transfer_to_reserves",
                                                 "use_of_reserves",
                                                 "budget_requirement",
                                                 "heading:funding",
                                                 "precept",
                                                 "collection_fund",
                                                 "total_funding",
                                                 "budget_gap",
                                                 "budget_book",
                                                 "in_year",
                                                 "base_budget",
                                                 "inflation",
                                                 "committed_increases",
                                                 "committed_decreases",
                                                 "efficiency",
                                                 "new_initiatives",
                                                 "pensions",
                                                 "draft_budget",
                                                 "gap",
                                                 "gap_before_savings",
                                                 "new_gap",
                                                 "gap_before_reserves",
                                                 "savings_at_risk",
                                                 "risk_adjusted_gap",
                                                 "total",
                                                 "band_d_increase",
                                                 "heading:earmarked",
                                                 "opening:earmarked_total",
                                                 "opening:total",
                                                 "opening",
                                                 "earmarked_transfers",
                                                 "closing",
                                                 "outturn"};
inline const std::vector<std::string> grants{"general", "specific", "real_terms_index"};
inline const std::vector<std::string> general_grant{"name", "base", "growth", "amounts"};
inline const std::vector<std::string> specific_grant{"id", "name", "base", "growth", "amounts"};
inline const std::vector<std::string> precept{
    "base",     "band_d_increase",  "mode",           "tax_base_growth", "cap", "band_d",
    "tax_base", "tax_base_by_year", "collection_fund"};
inline const std::vector<std::string> reserves{"general", "earmarked", "transfers", "policy"};
inline const std::vector<std::string> reserves_policy{"fund_gap_from", "outturn_to"};
inline const std::vector<std::string> fund_gap_from{"reserve", "down_to"};
inline const std::vector<std::string> general_reserve{"name", "opening", "floor"};
inline const std::vector<std::string> earmarked_reserve{"id", "name", "opening"};
inline const std::vector<std::string> transfer{"id", "reserve", "year", "amount", "label"};
inline const std::vector<std::string> checks{"balanced_years", "nre_growth_limit", "efficiency_minimum",
                                             "severity", "expect"};
// The rules `check` evaluates, by the names it prints: what checks.severity may name.
inline const std::vector<std::string> check_rules{"balanced_budget", "council_tax_cap", "nre_guidance",
                                                  "efficiency",      "reserves",        "financing_costs",
                                                  "expect"};
inline const std::vector<std::string> expectation{"row", "year", "equals", "min", "max"};
inline const std::vector<std::string> uncertainty{"param", "dist",   "mean",    "sd",       "min",     "mode",
                                                  "max",   "values", "weights", "per_year", "relative"};

inline const std::vector<std::string> capital{"financing_line", "borrowing_rate", "opening_cfr",
                                              "financing_cost_limit", "schemes"};
inline const std::vector<std::string> capital_scheme{"id",     "name",     "life",   "spend",
                                                     "grants", "receipts", "revenue"};
inline const std::vector<std::string> priority{"id", "name"};

}  // namespace mtfp::load::keys

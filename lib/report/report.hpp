#pragma once
// Builds the table models from a projected plan, once; renderers only draw them.
#include <optional>
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "project/checks.hpp"
#include "project/plan.hpp"
#include "report/charts.hpp"
#include "report/table.hpp"

namespace mtfp {

// `all` is the published set; table3_lines and movements are shown only when asked for.
enum class TableChoice {
    summary,
    table2,
    table3,
    table4,
    gap,
    grants,
    all,
    table3_lines,
    movements,
    capital,
    priorities,
    council_tax,
    savings
};

// What every rendered result says about where it came from.
struct ReportHeader {
    std::string scenario_name;
    std::string scenario_file;
    FiscalYear base_year;
    std::vector<FiscalYear> plan_years;
};

struct PlanReport {
    ReportHeader header;
    std::vector<Table> tables;  // in the order summary, table2, table3, table4, gap, grants
    // The scenario's inputs, for formats that show them beside the tables (xlsx, html);
    // text, CSV, JSON and Markdown do not.
    std::vector<Table> assumptions = {};
    // The Workings sheet (xlsx only): each line's budget by subjective as formulas over
    // the Assumptions sheet's rates, which the tables' figures are formulas over.
    std::vector<Table> workings = {};
    // Where the base year's budget book came from, for the JSON reconciliation beside
    // the Summary; set with the Summary of a base_budget scenario.
    std::optional<Ledger> ledger = {};
    // The charts of those tables (html draws them), built from the same plan.
    PlanCharts charts = {};
};

// Whether the report states the workbook's live model: the Workings sheet (a row per
// line and subjective) and the tables' formulas over it. Only the xlsx renderer draws
// them, and for a plan of many lines they are most of the report's memory, so the other
// formats leave them out.
enum class Workings { stated, left_out };

PlanReport build_plan_report(const Scenario& scenario, const Plan& plan, TableChoice choice,
                             Workings workings = Workings::stated);

// One line per rule result, with its figures and a sentence saying what it means.
struct CheckLine {
    std::string rule;     // "balanced_budget", "council_tax_cap", "nre_guidance", "efficiency", "reserves"
    std::string year;     // "2007/08"
    std::string subject;  // e.g. a reserve's id; may be empty
    bool passed = true;
    Cell value;
    Cell limit;
    std::string message;   // e.g. "budget requirement 2,425,700,000 = total funding 2,425,700,000"
    bool warn = false;     // checks.severity says warn: a failure is reported, not failed
    SourceRef where = {};  // where the rule's parameter is written (CI annotations)

    // A failure of a rule whose severity is warn is reported as a warning, not failed.
    enum class Verdict { pass, warn, fail };
    Verdict verdict() const { return passed ? Verdict::pass : warn ? Verdict::warn : Verdict::fail; }
    const char* verdict_word() const { return passed ? "PASS" : warn ? "WARN" : "FAIL"; }
};

// How many checks there were, failed, and failed as warnings: every renderer's last line.
struct CheckTally {
    std::size_t checks = 0;
    std::size_t failed = 0;
    std::size_t warned = 0;

    // "all 29 checks passed", "23 of 29 checks passed; 6 failed as warnings (severity
    // warn)" or "2 of 29 checks failed[; 6 more failed as warnings (severity warn)]".
    std::string sentence() const;
};

struct CheckReport {
    ReportHeader header;
    bool passed = true;  // no failure of a rule whose severity is error
    std::vector<CheckLine> lines;
    // `passed` again after lines were added (the expectations, evaluated by the command).
    void settle();
    CheckTally tally() const;
};

CheckReport build_check_report(const Scenario& scenario, const CheckOutcome& outcome);

}  // namespace mtfp

#pragma once
// The validated, typed scenario: what `load` hands to `project`. Everything here is
// already checked (ids unique, references resolved to positions, years in range,
// signs right, virements netting to zero), so later stages never re-validate and
// never look anything up by name.
//
// Years are addressed by YearIndex: 0 is the base year, 1..plan_years the plan years.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/budget_book.hpp"
#include "model/capital.hpp"
#include "model/council_tax.hpp"
#include "model/labels.hpp"
#include "model/ledger.hpp"
#include "model/priorities.hpp"
#include "model/reserves_policy.hpp"
#include "model/savings.hpp"
#include "model/source_ref.hpp"
#include "money/fiscal_year.hpp"
#include "money/money.hpp"
#include "money/rate.hpp"
#include "money/units.hpp"

namespace mtfp {

using YearIndex = std::size_t;

enum class Section { business_group, corporate, authority, financing };

enum class MovementKind {
    in_year,             // base year only
    virement,            // base year only; nets to zero across all lines each year
    committed_increase,  // plan years; positive
    committed_decrease,  // plan years; negative
    efficiency,          // plan years; negative (savings)
    new_initiative,      // plan years; positive
    pensions,            // plan years; either sign (real-terms change in unfunded pensions)
};

struct InflationIndex {
    std::string id;
    std::vector<Rate> rate_by_year;  // size plan_years + 1; [0] unused (0%)
    SourceRef where;
    std::vector<SourceRef> rate_where = {};  // by year, where each rate was written (for explain)
};

struct Subjective {
    std::string id;
    std::string name;
    std::size_t index = 0;  // position in Scenario::indices
    SourceRef where;
};

struct BudgetLine {
    std::string id;
    std::string name;
    Section section = Section::business_group;
    BudgetBook budget_book;        // the base year's budget book, by subjective (sparse)
    std::optional<Money> outturn;  // base-year forecast outturn (total)
    SourceRef where;
    std::vector<PriorityShare> priorities = {};  // shares adding to at most 100%; MPS and authority only
    // A cost centre's own line (base_budget.cost_centre_lines): the id of the line its
    // cost centre was mapped to; empty for every other line.
    std::string cost_centre_of = {};
};

struct Movement {
    std::string id;              // optional in the file (extension to v1); "" when not given
    std::size_t line = 0;        // position in Scenario::lines
    std::size_t subjective = 0;  // position in Scenario::subjectives
    MovementKind kind = MovementKind::committed_increase;
    std::string label;
    std::vector<Money> amount_by_year;  // size plan_years + 1; zero where not entered
    bool one_off = false;
    SourceRef where;
    std::vector<SourceRef> amount_where = {};  // by year; the movement's where if not written
    std::optional<std::size_t> priority = {};  // position in Scenario::priorities, if it names one
    SavingsItem savings = {};                  // efficiency items only: status, owner, cashable (1.1)
};

// A grant year is either a cash figure (a settlement) or growth on the previous year.
struct GrantYear {
    std::optional<Money> amount;  // set: this cash figure
    Rate growth;                  // used when amount is not set; default 0% (flat cash)
    SourceRef where = {};         // where the amount or growth was written; empty: the default
};

struct Grant {
    std::string id;  // "general" for central funding
    std::string name;
    Money base;
    std::vector<GrantYear> by_year;  // size plan_years + 1; [0] unused
    SourceRef where;
    SourceRef base_where = {};
};

enum class PreceptMode { band_d_increase, balance };

struct Precept {
    Money base;
    PreceptMode mode = PreceptMode::band_d_increase;
    std::vector<Rate> band_d_increase_by_year;  // size plan_years + 1; [0] unused
    std::vector<Rate> tax_base_growth_by_year;  // size plan_years + 1; [0] unused
    std::optional<Rate> cap;
    SourceRef where;
    SourceRef cap_where = {};
    SourceRef base_where = {};
    std::vector<SourceRef> band_d_increase_where = {};  // by year
    std::vector<SourceRef> tax_base_growth_where = {};  // by year
    CouncilTax council_tax = {};                        // council tax in pounds (1.1), if used
};

// A floor is an amount or a share of the year's net revenue expenditure.
using ReserveFloor = std::variant<Money, Rate>;

struct Reserve {
    std::string id;  // "general" for the general reserve
    std::string name;
    Money opening;                      // at the start of the base year
    std::optional<ReserveFloor> floor;  // general reserve only
    SourceRef where;
    SourceRef opening_where = {};
};

struct ReserveTransfer {
    std::string id;           // optional in the file (extension to v1); "" when not given
    std::size_t reserve = 0;  // position in Scenario::reserves (0 is the general reserve)
    YearIndex year = 0;
    Money amount;  // negative: drawn to support the budget; positive: a contribution
    std::string label;
    SourceRef where;
    SourceRef amount_where = {};
};

// checks.expect: a figure the plan must show (ROW as `explain` takes it; amounts in pounds).
struct Expectation {
    std::string row;  // e.g. "budget_gap", "line:TP", "reserve:general"
    YearIndex year = 0;
    std::optional<Money> equals, min, max;
    SourceRef where;
};

struct CheckParameters {
    std::vector<bool> balanced_by_year;  // size plan_years + 1; [0] always true
    std::optional<Rate> nre_growth_limit;
    std::optional<Rate> efficiency_minimum;
    // Rules whose failure is reported but does not fail the check (severity: warn).
    std::vector<std::string> warn_rules = {};
    std::vector<Expectation> expectations = {};
    // Where each rule's parameter is written, for CI annotations; file "" when not given.
    SourceRef where = {}, balanced_years_where = {}, nre_growth_limit_where = {},
              efficiency_minimum_where = {};
};

enum class Distribution { normal, triangular, uniform, discrete };

// One `uncertainty` entry: what `simulate` draws for one --set path. Values are in the
// parameter's exact units: Rate units (1e-10) for a rate, whole pounds for an amount.
struct UncertainParameter {
    std::string param;  // a --set path, e.g. "indices.pay"
    Distribution dist = Distribution::normal;
    bool amount = false;  // the path names an amount (pounds), not a rate
    // normal: mean, sd; triangular: min, mode, max; uniform: min, max; discrete: the values
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> weights = {};  // discrete: one per value, summing to more than 0
    bool per_year = false;
    bool relative = false;  // the draw is added to the scenario's value
    SourceRef where;
};

struct Scenario {
    std::string name;
    std::string file;  // as given on the command line
    // The top file's units: values given on the command line (solve, sensitivity) are
    // read in them, as --set values are.
    Units units{"£", 0};
    std::vector<std::string> files_read;  // `file` and every file it extends, as opened
    FiscalYear base_year;
    int plan_years = 3;
    std::vector<InflationIndex> indices;
    std::vector<Subjective> subjectives;  // Table 2 rows, in order
    std::vector<BudgetLine> lines;        // Summary rows, in order; sections contiguous not required
    std::vector<Movement> movements;
    Grant general_grant;
    std::vector<Grant> specific_grants;
    std::optional<std::size_t> real_terms_index;  // position in indices
    Precept precept;
    std::vector<Reserve> reserves;  // [0] is the general reserve, then earmarked in order
    std::vector<ReserveTransfer> transfers;
    ReservesPolicy reserves_policy = {};  // reserves.policy (1.1)
    SavingsRisk savings_risk = {};        // delivery risk by status (1.1)
    Labels labels = {};                   // the force's own labels and titles (1.1)
    CheckParameters checks;
    std::vector<UncertainParameter> uncertainty;
    std::optional<CapitalProgramme> capital = {};
    std::vector<Priority> priorities = {};
    std::optional<Ledger> ledger;  // where base_budget read the budget book from, when it did

    std::size_t year_count() const { return static_cast<std::size_t>(plan_years) + 1; }
    FiscalYear year(YearIndex y) const { return base_year + static_cast<int>(y); }
};

}  // namespace mtfp

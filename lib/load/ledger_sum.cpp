#include "load/ledger_sum.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <variant>

#include "load/ledger_amount.hpp"
#include "load/ledger_csv.hpp"
#include "money/limits.hpp"

namespace mtfp::load {

namespace {

// A distinct code, resolved once: where it goes and the first row that carried it.
struct Code {
    Resolution resolution;
    int first_line = 0;
    int first_column = 0;
    std::size_t rows = 0;
    std::int64_t pence = 0;      // cost centres: their budget rows summed (for explain)
    std::size_t slot = no_slot;  // cost centres: the line slot their rows go to
    static constexpr std::size_t no_slot = static_cast<std::size_t>(-1);
};

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using CodeCache = std::unordered_map<std::string, Code, TextHash, std::equal_to<>>;

class Summer : public CsvHandler {
public:
    Summer(const LedgerColumns& columns, const LedgerMapping& mapping)
        : columns_(columns), mapping_(mapping) {
        sums_.cells.assign(mapping.line_ids.size(), {});
        if (columns.outturn) sums_.outturn_by_line.assign(mapping.line_ids.size(), 0);
    }

    void record(const CsvRecord& record) override {
        if (!header_seen_) {
            header_seen_ = true;
            header(record);
            return;
        }
        if (!header_ok_) return;
        row(record);
    }

    void malformed(int line, int column, std::string message) override {
        problem(line, column, std::move(message));
    }

    LedgerSums finish() {
        if (!header_seen_) problem(1, 1, "the ledger is empty: it needs a header row naming its columns");
        codes_problems(cost_centres_, "cost centre", mapping_.lines, mapping_.line_ids, "base_budget.lines",
                       "line");
        codes_problems(accounts_, "account", mapping_.subjectives, mapping_.subjective_ids,
                       "base_budget.subjectives", "subjective");
        largest_cost_centres();
        for (auto& cells : sums_.cells)
            std::sort(cells.begin(), cells.end(),
                      [](const LedgerCell& a, const LedgerCell& b) { return a.subjective < b.subjective; });
        return std::move(sums_);
    }

private:
    void problem(int line, int column, std::string message) {
        if (sums_.problems.size() >= limits::max_problems) {
            ++sums_.unlisted;
            return;
        }
        sums_.problems.push_back(LedgerProblem{line, column, std::move(message)});
    }

    void header(const CsvRecord& record) {
        width_ = record.count;
        auto find = [&](const std::string& name, const char* key) -> std::size_t {
            std::size_t found = record.count;
            for (std::size_t i = 0; i < record.count && i < record.fields.size(); ++i) {
                if (record.fields[i] != name) continue;
                if (found != record.count) {
                    problem(record.line, record.column_of(i),
                            fmt::format("the header names column '{}' twice (columns.{})", name, key));
                    header_ok_ = false;
                }
                found = i;
            }
            if (found == record.count) {
                problem(record.line, 1,
                        fmt::format("the header has no column '{}' (named by base_budget.columns.{})", name,
                                    key));
                header_ok_ = false;
            }
            return found;
        };
        cost_centre_ = find(columns_.cost_centre, "cost_centre");
        account_ = find(columns_.account, "account");
        budget_ = find(columns_.budget, "budget");
        if (columns_.revised) revised_ = find(*columns_.revised, "revised");
        if (columns_.outturn) outturn_ = find(*columns_.outturn, "outturn");
    }

    std::optional<std::int64_t> amount(const CsvRecord& record, std::size_t column, const std::string& name) {
        auto parsed = parse_pence(record.fields[column]);
        if (const auto* pence = std::get_if<std::int64_t>(&parsed)) return *pence;
        problem(record.line, record.column_of(column),
                fmt::format("{}: {}", name, std::get<std::string>(parsed)));
        return std::nullopt;
    }

    Code* code(CodeCache& cache, const PatternSet& patterns, const CsvRecord& record, std::size_t column,
               const char* what) {
        const std::string& text = record.fields[column];
        if (text.empty()) {
            problem(record.line, record.column_of(column), fmt::format("the {} is empty", what));
            return nullptr;
        }
        auto found = cache.find(std::string_view(text));
        if (found == cache.end()) {
            Code fresh;
            fresh.resolution = patterns.resolve(text);
            fresh.first_line = record.line;
            fresh.first_column = record.column_of(column);
            found = cache.emplace(text, fresh).first;
        }
        ++found->second.rows;
        return &found->second;
    }

    static bool usable(const Code* code) {
        return code && code->resolution.target && !code->resolution.conflicting;
    }

    void add(std::int64_t& total, std::int64_t pence, const CsvRecord& record) {
        if (__builtin_add_overflow(total, pence, &total)) {
            problem(record.line, 1, "the ledger's amounts sum beyond the range mtfp holds exactly");
            total = 0;
        }
    }

    void row(const CsvRecord& record) {
        if (record.count != width_) {
            problem(record.line, record.count > width_ ? record.column_of(width_) : 1,
                    fmt::format("the row has {} fields; the header has {}", record.count, width_));
            return;
        }
        ++sums_.rows;
        Code* centre = code(cost_centres_, mapping_.lines, record, cost_centre_, "cost centre");
        Code* account = code(accounts_, mapping_.subjectives, record, account_, "account");
        auto budget = amount(record, budget_, columns_.budget);
        std::optional<std::int64_t> revised, outturn;
        if (columns_.revised) revised = amount(record, revised_, *columns_.revised);
        if (columns_.outturn) outturn = amount(record, outturn_, *columns_.outturn);
        if (!usable(centre) || !usable(account) || !budget || (columns_.revised && !revised) ||
            (columns_.outturn && !outturn))
            return;
        const std::size_t line = slot_of(*centre, record);
        LedgerCell& cell = cell_of(line, *account->resolution.target);
        add(cell.budget, *budget, record);
        add(sums_.budget_pence, *budget, record);
        add(centre->pence, *budget, record);
        if (revised) add(cell.revised, *revised, record);
        if (outturn) add(sums_.outturn_by_line[line], *outturn, record);
        if (cell.rows++ == 0) cell.first_line = record.line;
        cell.last_line = record.line;
    }

    // A cost centre's slot: its line's, or a slot of its own when its line takes a line
    // per cost centre (given on first sight, so slots follow the ledger's order).
    std::size_t slot_of(Code& centre, const CsvRecord& record) {
        if (centre.slot != Code::no_slot) return centre.slot;
        const std::size_t line = *centre.resolution.target;
        centre.slot = line;
        if (line < mapping_.line_per_cost_centre.size() && mapping_.line_per_cost_centre[line]) {
            centre.slot = sums_.cells.size();
            sums_.cells.emplace_back();
            sums_.cost_centre_lines.push_back(CostCentreLine{record.fields[cost_centre_], line});
            if (columns_.outturn) sums_.outturn_by_line.push_back(0);
        }
        return centre.slot;
    }

    // A slot holds few subjectives (those its rows carry), so a scan finds the cell.
    LedgerCell& cell_of(std::size_t slot, std::size_t subjective) {
        std::vector<LedgerCell>& cells = sums_.cells[slot];
        for (LedgerCell& cell : cells)
            if (cell.subjective == subjective) return cell;
        cells.push_back(LedgerCell{.subjective = subjective});
        return cells.back();
    }

    // Each unmapped or doubly-mapped code once, at its first row, in file order.
    void codes_problems(const CodeCache& cache, const char* what, const PatternSet& patterns,
                        const std::vector<std::string>& ids, const char* key, const char* target) {
        std::vector<std::pair<const std::string*, const Code*>> bad;
        for (const auto& [text, code] : cache)
            if (!usable(&code)) bad.emplace_back(&text, &code);
        std::sort(bad.begin(), bad.end(),
                  [](const auto& a, const auto& b) { return a.second->first_line < b.second->first_line; });
        for (const auto& [text, code] : bad) {
            std::string rows =
                code->rows == 1 ? "1 row carries it" : fmt::format("{} rows carry it", code->rows);
            const Resolution& r = code->resolution;
            if (!r.target) {
                problem(code->first_line, code->first_column,
                        fmt::format("{} '{}' maps to no {} ({}); {}, this the first", what, *text, target,
                                    key, rows));
                continue;
            }
            problem(
                code->first_line, code->first_column,
                fmt::format("{} '{}' matches '{}' ({} {}) and '{}' ({} {}); a code maps to one {}: narrow "
                            "one pattern ({}, this the first)",
                            what, *text, patterns.pattern(*r.first_pattern).text(), target,
                            ids[patterns.target(*r.first_pattern)], patterns.pattern(*r.conflicting).text(),
                            target, ids[patterns.target(*r.conflicting)], target, rows));
        }
    }

    void largest_cost_centres() {
        sums_.largest_by_line.assign(sums_.cells.size(), {});
        for (const auto& [text, code] : cost_centres_) {
            if (!usable(&code) || code.slot == Code::no_slot) continue;
            auto& list = sums_.largest_by_line[code.slot];
            list.push_back(LedgerCostCentre{text, code.pence, code.rows});
            auto bigger = [](const LedgerCostCentre& a, const LedgerCostCentre& b) {
                std::int64_t x = a.pence < 0 ? -a.pence : a.pence, y = b.pence < 0 ? -b.pence : b.pence;
                return x != y ? x > y : a.code < b.code;
            };
            std::sort(list.begin(), list.end(), bigger);
            if (list.size() > load::largest_cost_centres) list.pop_back();
        }
    }

    const LedgerColumns& columns_;
    const LedgerMapping& mapping_;
    LedgerSums sums_;
    CodeCache cost_centres_;
    CodeCache accounts_;
    bool header_seen_ = false;
    bool header_ok_ = true;
    std::size_t width_ = 0;
    std::size_t cost_centre_ = 0, account_ = 0, budget_ = 0, revised_ = 0, outturn_ = 0;
};

}  // namespace

LedgerSums sum_ledger_file(const std::string& path, const LedgerColumns& columns,
                           const LedgerMapping& mapping) {
    Summer summer(columns, mapping);
    if (!stream_csv(path, summer)) {
        LedgerSums none;
        none.problems.push_back(LedgerProblem{0, 0, "cannot read the ledger file"});
        return none;
    }
    return summer.finish();
}

LedgerSums sum_ledger_text(std::string_view text, const LedgerColumns& columns,
                           const LedgerMapping& mapping) {
    Summer summer(columns, mapping);
    stream_csv_text(text, summer);
    return summer.finish();
}

}  // namespace mtfp::load

#pragma once
// How a ledger code (a cost centre or an account) finds its line or subjective: the
// patterns of `base_budget.lines` and `base_budget.subjectives`, compiled once. A pattern
// is an exact code (`NPT01`), a prefix (`LP*`) or an inclusive range (`1000-1099`;
// compared as numbers when both ends and the code are digits, else character by
// character). Each distinct code is resolved once and the answer cached by the caller.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mtfp::load {

class CodePattern {
public:
    enum class Kind { exact, prefix, range };

    // Nothing, with `why` set, when the text is not a pattern (an empty code, a `*`
    // other than at the end, a range whose start is after its end).
    static std::optional<CodePattern> compile(std::string_view text, std::string& why);

    bool matches(std::string_view code) const;
    Kind kind() const { return kind_; }
    const std::string& text() const { return text_; }

private:
    Kind kind_ = Kind::exact;
    std::string text_;  // as written
    std::string from_;  // exact: the code; prefix: the prefix; range: the start
    std::string to_;    // range: the end
    bool numeric_ = false;
};

// Where a code goes: the target of the first pattern that matches it, in file order.
// A code that patterns of two different targets both claim is ambiguous: nothing is
// guessed, the caller reports both patterns.
struct Resolution {
    std::optional<std::size_t> target;         // position of the line or subjective
    std::optional<std::size_t> first_pattern;  // index into the set's patterns
    std::optional<std::size_t> conflicting;    // a later pattern of another target
};

class PatternSet {
public:
    void add(CodePattern pattern, std::size_t target) { entries_.push_back({std::move(pattern), target}); }
    Resolution resolve(std::string_view code) const;
    const CodePattern& pattern(std::size_t i) const { return entries_[i].pattern; }
    std::size_t target(std::size_t i) const { return entries_[i].target; }
    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        CodePattern pattern;
        std::size_t target;
    };
    std::vector<Entry> entries_;
};

// -1, 0 or 1 as `a` is below, equal to or above `b`, both whole numbers in digits
// (leading zeros ignored, so any length compares).
int compare_digits(std::string_view a, std::string_view b);

}  // namespace mtfp::load

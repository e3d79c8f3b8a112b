#include "load/ledger_patterns.hpp"

#include <algorithm>

namespace mtfp::load {

namespace {

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view without_leading_zeros(std::string_view digits) {
    std::size_t first = digits.find_first_not_of('0');
    return first == std::string_view::npos ? std::string_view("0") : digits.substr(first);
}

}  // namespace

int compare_digits(std::string_view a, std::string_view b) {
    a = without_leading_zeros(a);
    b = without_leading_zeros(b);
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    int order = a.compare(b);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

std::optional<CodePattern> CodePattern::compile(std::string_view text, std::string& why) {
    CodePattern pattern;
    pattern.text_ = std::string(text);
    if (text.empty()) {
        why = "a code pattern is empty";
        return std::nullopt;
    }
    std::size_t star = text.find('*');
    if (star != std::string_view::npos) {
        if (star != text.size() - 1) {
            why = "'*' may only end a pattern (PREFIX*)";
            return std::nullopt;
        }
        pattern.kind_ = Kind::prefix;
        pattern.from_ = std::string(text.substr(0, star));
        return pattern;
    }
    std::size_t dash = text.find('-');
    if (dash == std::string_view::npos) {
        pattern.kind_ = Kind::exact;
        pattern.from_ = pattern.text_;
        return pattern;
    }
    std::string_view from = text.substr(0, dash);
    std::string_view to = text.substr(dash + 1);
    if (from.empty() || to.empty() || to.find('-') != std::string_view::npos) {
        why = "a range is written FROM-TO, with one '-'";
        return std::nullopt;
    }
    pattern.kind_ = Kind::range;
    pattern.from_ = std::string(from);
    pattern.to_ = std::string(to);
    pattern.numeric_ = all_digits(from) && all_digits(to);
    bool backwards = pattern.numeric_ ? compare_digits(from, to) > 0 : from > to;
    if (backwards) {
        why = "the range starts after it ends";
        return std::nullopt;
    }
    return pattern;
}

bool CodePattern::matches(std::string_view code) const {
    switch (kind_) {
        case Kind::exact:
            return code == from_;
        case Kind::prefix:
            return code.substr(0, std::min(code.size(), from_.size())) == from_ &&
                   code.size() >= from_.size();
        case Kind::range:
            if (numeric_) {
                return all_digits(code) && compare_digits(from_, code) <= 0 && compare_digits(code, to_) <= 0;
            }
            return from_ <= code && code <= to_;
    }
    return false;
}

Resolution PatternSet::resolve(std::string_view code) const {
    Resolution resolution;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (!entries_[i].pattern.matches(code)) continue;
        if (!resolution.target) {
            resolution.target = entries_[i].target;
            resolution.first_pattern = i;
        } else if (entries_[i].target != *resolution.target) {
            resolution.conflicting = i;
            break;
        }
    }
    return resolution;
}

}  // namespace mtfp::load

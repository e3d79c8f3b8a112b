#pragma once
// Bounds the loader enforces before any arithmetic, so that Money sums and rate
// products can never overflow (documented in docs/limits.md).
#include <cstddef>
#include <cstdint>

namespace mtfp::limits {

inline constexpr std::int64_t max_amount_pounds = 1'000'000'000'000;  // £1 trillion per amount
inline constexpr std::int64_t max_rate_units = 100'000'000'000;       // ±1000% per rate
inline constexpr int max_plan_years = 10;
// 2 MiB is some 150 times the largest shipped scenario, and small enough that yaml-cpp
// reads the worst such file in well under a second (16 MiB took seconds).
inline constexpr std::size_t max_file_bytes = 2 * 1024 * 1024;
inline constexpr int max_nesting_depth = 64;
inline constexpr std::size_t max_nodes = 250'000;  // over the whole extends chain
inline constexpr int max_extends_depth = 16;
// Far beyond any police authority's budget (tens of lines, about twenty subjectives),
// and low enough that every cross-reference check stays well under a second.
inline constexpr std::size_t max_lines = 1'000;
inline constexpr std::size_t max_subjectives = 500;
inline constexpr std::size_t max_list_items = 10'000;  // movements, transfers, grants, ...
inline constexpr std::size_t max_text_chars = 1'000;   // a name, label or id, in bytes
// Problems listed in one run; the rest are counted. Suggestions ("did you mean") are
// computed only while under it, so a file of nothing but bad references stays fast.
inline constexpr std::size_t max_problems = 100;

}  // namespace mtfp::limits

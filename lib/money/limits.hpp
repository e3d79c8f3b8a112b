#pragma once
// Bounds the loader enforces before any arithmetic, so that Money sums and rate
// products can never overflow (documented in docs/limits.md).
#include <cstddef>
#include <cstdint>

namespace mtfp::limits {

inline constexpr std::int64_t max_amount_pounds = 1'000'000'000'000;  // £1 trillion per amount
inline constexpr std::int64_t max_rate_units = 100'000'000'000;       // ±1000% per rate
inline constexpr int max_plan_years = 10;
inline constexpr std::size_t max_file_bytes = 16 * 1024 * 1024;
inline constexpr int max_nesting_depth = 64;
inline constexpr std::size_t max_nodes = 1'000'000;
inline constexpr int max_extends_depth = 16;

}  // namespace mtfp::limits

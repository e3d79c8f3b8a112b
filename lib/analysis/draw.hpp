#pragma once
// The random numbers and distributions of `simulate`, each a pure function, so that a
// draw's values depend on (seed, draw, entry, year) only and never on the thread that
// computes them or on the standard library (std:: distributions differ between
// implementations; these transforms are written out and documented in docs/simulate.md).
#include <cstdint>

#include "model/scenario.hpp"

namespace mtfp::analysis {

// A uniform number strictly between 0 and 1: Philox4x64-10 (Random123) keyed by
// (seed, entry) at counter (draw, year, 0, 0); the first 64-bit word's top 53 bits,
// plus one half, over 2^53.
double uniform_open(std::uint64_t seed, std::uint64_t draw, std::uint64_t entry, std::uint64_t year);

// The distribution's value at probability u (its inverse CDF), rounded half away from
// zero to a whole unit of the parameter (1e-10 of a rate, or a pound): normal by Boost.Math's
// inverse normal CDF, triangular and uniform by their closed forms, discrete by
// cumulative weights. A value beyond +/-2^62 is held there (the range check refuses it).
std::int64_t quantile(const UncertainParameter& parameter, double u);

}  // namespace mtfp::analysis

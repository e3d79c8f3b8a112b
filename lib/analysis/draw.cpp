#include "analysis/draw.hpp"

#include <Random123/philox.h>

#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace mtfp::analysis {

namespace {

constexpr double held = 4611686018427387904.0;  // 2^62: far beyond any valid rate or amount

std::int64_t rounded(double value) {
    if (!(value > -held)) return -static_cast<std::int64_t>(held);
    if (!(value < held)) return static_cast<std::int64_t>(held);
    return std::llround(value);  // half away from zero, like money/rounding.hpp
}

double standard_normal_quantile(double u) {
    static const boost::math::normal_distribution<double> standard(0.0, 1.0);
    return boost::math::quantile(standard, u);
}

double triangular_quantile(double low, double mode, double high, double u) {
    if (high == low) return low;
    const double below = (mode - low) / (high - low);  // the CDF at the mode
    if (u < below) return low + std::sqrt(u * (high - low) * (mode - low));
    return high - std::sqrt((1.0 - u) * (high - low) * (high - mode));
}

// The first value whose cumulative weight exceeds u x total: value i has the share
// weight i / total, and a value of weight 0 is never chosen.
std::int64_t discrete_value(const UncertainParameter& parameter, double u) {
    std::int64_t total = 0;
    for (std::int64_t weight : parameter.weights) total += weight;
    const double pick = u * static_cast<double>(total);
    std::int64_t cumulative = 0;
    for (std::size_t i = 0; i < parameter.shape.size(); ++i) {
        cumulative += parameter.weights[i];
        if (pick < static_cast<double>(cumulative)) return parameter.shape[i];
    }
    return parameter.shape.back();  // unreachable for u < 1; kept for rounding at the edge
}

}  // namespace

double uniform_open(std::uint64_t seed, std::uint64_t draw, std::uint64_t entry, std::uint64_t year) {
    using Philox = r123::Philox4x64;
    const Philox::key_type key = {{seed, entry}};
    const Philox::ctr_type counter = {{draw, year, 0, 0}};
    const Philox::ctr_type random = Philox()(counter, key);
    return (static_cast<double>(random[0] >> 11) + 0.5) * 0x1.0p-53;
}

std::int64_t quantile(const UncertainParameter& parameter, double u) {
    const std::vector<std::int64_t>& v = parameter.shape;
    const auto d = [&](std::size_t i) { return static_cast<double>(v[i]); };
    switch (parameter.dist) {
        case Distribution::normal:
            if (v[1] == 0) return v[0];
            return rounded(d(0) + d(1) * standard_normal_quantile(u));
        case Distribution::triangular:
            return rounded(triangular_quantile(d(0), d(1), d(2), u));
        case Distribution::uniform:
            return rounded(d(0) + u * (d(1) - d(0)));
        case Distribution::discrete:
            return discrete_value(parameter, u);
    }
    return v[0];
}

}  // namespace mtfp::analysis

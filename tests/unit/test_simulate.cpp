// simulate: the transforms honour their distributions (means, variances and weights
// within tolerances derived from N), draws are independent of the thread count, zero
// spread reproduces the plan, per_year and relative do what they say, and draws outside
// a parameter's range are refused at the lowest draw number.
#include <doctest/doctest.h>

#include <cmath>
#include <map>

#include "analysis/draw.hpp"
#include "analysis/simulation.hpp"
#include "analysis/simulation_summary.hpp"
#include "load/load.hpp"
#include "model/diagnostic.hpp"

using namespace mtfp;
using namespace mtfp::analysis;

namespace {

Scenario mps() {
    return load_scenario(std::string(MTFP_SOURCE_DIR) + "/scenarios/mps-2007-10.yaml");
}

std::int64_t pct(const char* text) {
    return Rate::parse_percent(text)->units();
}
double dpct(const char* text) {
    return static_cast<double>(pct(text));
}

UncertainParameter entry(const std::string& param, Distribution dist, std::vector<std::int64_t> shape,
                         bool per_year = false, bool relative = false) {
    UncertainParameter parameter;
    parameter.param = param;
    parameter.dist = dist;
    parameter.shape = std::move(shape);
    parameter.per_year = per_year;
    parameter.relative = relative;
    return parameter;
}

struct Moments {
    double mean = 0, variance = 0;
};

// N draws of the distribution at (seed 7, draw d, entry 1, year 0).
Moments moments(const UncertainParameter& parameter, int n) {
    double sum = 0, squares = 0;
    for (int d = 1; d <= n; ++d) {
        const double x = static_cast<double>(quantile(parameter, uniform_open(7, d, 1, 0)));
        sum += x;
        squares += x * x;
    }
    const double mean = sum / n;
    return {mean, (squares - n * mean * mean) / (n - 1)};
}

// Tolerances of four standard errors: of the mean sd/sqrt(N); of the variance
// var x sqrt(2/(N-1)) (exact for a normal, close for these light-tailed shapes).
void check_moments(const UncertainParameter& parameter, double mean, double variance, int n) {
    const Moments found = moments(parameter, n);
    CHECK(std::abs(found.mean - mean) < 4 * std::sqrt(variance / n));
    CHECK(std::abs(found.variance - variance) < 4 * variance * std::sqrt(2.0 / (n - 1)));
}

SimulationResult run(const Scenario& scenario, std::uint64_t draws, unsigned threads,
                     std::uint64_t seed = 1) {
    SimulationOptions options;
    options.draws = draws;
    options.threads = threads;
    options.seed = seed;
    options.keep_values = true;
    return simulate(scenario, options);
}

std::string refusal(const Scenario& scenario, unsigned threads) {
    try {
        run(scenario, 2000, threads);
    } catch (const InputError& error) {
        return format_diagnostic(error.diagnostics().front());
    }
    return "";
}

double correlation(const std::vector<double>& a, const std::vector<double>& b) {
    const double n = static_cast<double>(a.size());
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) ma += a[i] / n, mb += b[i] / n;
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ab += (a[i] - ma) * (b[i] - mb);
        aa += (a[i] - ma) * (a[i] - ma);
        bb += (b[i] - mb) * (b[i] - mb);
    }
    return ab / std::sqrt(aa * bb);
}

}  // namespace

TEST_CASE("simulate: uniform numbers lie strictly between 0 and 1 and depend on every key part") {
    const double u = uniform_open(1, 1, 1, 1);
    CHECK(u > 0.0);
    CHECK(u < 1.0);
    CHECK(uniform_open(1, 1, 1, 1) == u);
    CHECK(uniform_open(2, 1, 1, 1) != u);
    CHECK(uniform_open(1, 2, 1, 1) != u);
    CHECK(uniform_open(1, 1, 2, 1) != u);
    CHECK(uniform_open(1, 1, 1, 2) != u);
}

TEST_CASE("simulate: each distribution's sample mean and variance within four standard errors") {
    const int n = 20000;
    const double sd = dpct("0.5%");
    check_moments(entry("x", Distribution::normal, {pct("2.5%"), pct("0.5%")}), dpct("2.5%"), sd * sd, n);
    const double a = dpct("1%"), b = dpct("4%"), c = dpct("2%");
    check_moments(entry("x", Distribution::uniform, {pct("1%"), pct("4%")}), (a + b) / 2,
                  (b - a) * (b - a) / 12, n);
    check_moments(entry("x", Distribution::triangular, {pct("1%"), pct("2%"), pct("4%")}), (a + b + c) / 3,
                  (a * a + b * b + c * c - a * b - a * c - b * c) / 18, n);
}

TEST_CASE("simulate: the transforms at known probabilities") {
    // The inverse normal CDF at 0.975 is 1.959964: 2.5% + 0.5% x 1.959964 = 3.479982%.
    CHECK(quantile(entry("x", Distribution::normal, {pct("2.5%"), pct("0.5%")}), 0.975) ==
          pct("3.47998199%"));
    CHECK(quantile(entry("x", Distribution::uniform, {0, 1000}), 0.25) == 250);
    // Triangular 0, 0, 100 (mode at min): the median is 100 - sqrt(0.5 x 100 x 100) = 29.29
    CHECK(quantile(entry("x", Distribution::triangular, {0, 0, 100}), 0.5) == 29);
    CHECK(quantile(entry("x", Distribution::triangular, {0, 100, 100}), 0.25) == 50);
}

TEST_CASE("simulate: discrete values drawn in the shares of their weights") {
    UncertainParameter discrete = entry("x", Distribution::discrete, {-800, -400, 0});
    discrete.weights = {60, 30, 10};
    const int n = 20000;
    std::map<std::int64_t, int> counts;
    for (int d = 1; d <= n; ++d) ++counts[quantile(discrete, uniform_open(3, d, 1, 0))];
    CHECK(counts.size() == 3);
    for (auto [value, share] : {std::pair{-800, 0.6}, {-400, 0.3}, {0, 0.1}})
        CHECK(std::abs(counts[value] / double(n) - share) < 4 * std::sqrt(share * (1 - share) / n));
    UncertainParameter never = entry("x", Distribution::discrete, {1, 2});
    never.weights = {0, 5};
    for (int d = 1; d <= 200; ++d) CHECK(quantile(never, uniform_open(3, d, 1, 0)) == 2);
}

TEST_CASE("simulate: nearest rank is the ceil(k/100 x N)-th smallest") {
    const std::vector<std::int64_t> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    CHECK(nearest_rank(ten, 5) == 1);    // ceil(0.5) = 1st
    CHECK(nearest_rank(ten, 25) == 3);   // ceil(2.5) = 3rd
    CHECK(nearest_rank(ten, 50) == 5);   // 5th exactly
    CHECK(nearest_rank(ten, 95) == 10);  // ceil(9.5) = 10th
    CHECK(nearest_rank(ten, 100) == 10);
    CHECK(nearest_rank({42}, 1) == 42);
}

TEST_CASE("simulate: identical figures on 1, 2 and 8 threads, the seed decides them") {
    const Scenario scenario = mps();
    const SimulationResult one = run(scenario, 1000, 1);
    for (unsigned threads : {2u, 8u}) {
        const SimulationResult many = run(scenario, 1000, threads);
        CHECK(many.figures == one.figures);
        CHECK(many.flags == one.flags);
        CHECK(many.values == one.values);
    }
    CHECK(run(scenario, 1000, 2).figures == one.figures);
    CHECK(run(scenario, 1000, 2, 2).figures != one.figures);
}

TEST_CASE("simulate: zero spread gives every draw the plan of run") {
    Scenario scenario = mps();
    const Plan base = project(scenario);
    UncertainParameter vfm = entry("movements.vfm.amounts", Distribution::discrete, {-5000000});
    vfm.weights = {1};
    vfm.amount = true;
    scenario.uncertainty = {
        entry("indices.pay", Distribution::normal, {0, 0}, true, true),
        entry("indices.prices.2008/09", Distribution::triangular, {pct("2.5%"), pct("2.5%"), pct("2.5%")}),
        entry("grants.general.growth", Distribution::uniform, {0, 0}, false, true), vfm};
    REQUIRE(scenario.indices[1].rate_by_year[2].units() == pct("2.5%"));
    const SimulationResult result = run(scenario, 300, 2);
    for (YearIndex y = 1; y <= result.plan_years; ++y)
        for (std::uint64_t d = 0; d < result.draws; ++d) {
            CHECK(result.of(DrawFigure::gap, y)[d] == base.gaps[y].gap.in_pounds());
            CHECK(result.of(DrawFigure::general_reserve, y)[d] == base.reserves[0][y].closing.in_pounds());
        }
}

TEST_CASE("simulate: relative adds the draw to each year's own value") {
    Scenario scenario = mps();
    scenario.uncertainty = {entry("indices.pay", Distribution::normal, {pct("1%"), 0}, false, true)};
    const SimulationResult result = run(scenario, 10, 1);
    REQUIRE(result.value_columns == 3);
    for (std::size_t c = 0; c < 3; ++c)
        CHECK(result.values[c] == scenario.indices[0].rate_by_year[c + 1].units() + pct("1%"));
}

TEST_CASE("simulate: per_year draws years independently, without it the years move together") {
    Scenario scenario = mps();
    scenario.uncertainty = {entry("indices.pay", Distribution::normal, {pct("3%"), pct("0.5%")}, true),
                            entry("indices.prices", Distribution::normal, {pct("3%"), pct("0.5%")}, false)};
    const std::uint64_t n = 4000;
    const SimulationResult result = run(scenario, n, 2);
    std::vector<double> pay1, pay2, prices1, prices2;
    for (std::uint64_t d = 0; d < n; ++d) {
        const std::int64_t* row = &result.values[d * result.value_columns];
        const auto real = [](std::int64_t v) { return static_cast<double>(v); };
        pay1.push_back(real(row[0])), pay2.push_back(real(row[1]));
        prices1.push_back(real(row[3])), prices2.push_back(real(row[4]));
    }
    CHECK(std::abs(correlation(pay1, pay2)) < 4 / std::sqrt(double(n)));
    CHECK(correlation(prices1, prices2) == doctest::Approx(1.0));
    CHECK(prices1 == prices2);
}

TEST_CASE(
    "simulate: a draw outside the parameter's range is refused at the lowest draw, on any thread count") {
    Scenario scenario = mps();
    UncertainParameter vfm = entry("movements.vfm.amounts", Distribution::normal, {-1000000, 1000000});
    vfm.amount = true;
    vfm.where = {"s.yaml", 9, 5};
    scenario.uncertainty = {vfm};
    const std::string message = refusal(scenario, 1);
    CHECK(message.starts_with("s.yaml:9:5: error: draw "));
    CHECK(message.find("movements.vfm.amounts.2007/08 would be £") != std::string::npos);
    CHECK(message.find("outside what it may be") != std::string::npos);
    CHECK(refusal(scenario, 2) == message);
    CHECK(refusal(scenario, 8) == message);

    // A bounded distribution reaching outside is refused before any draw.
    UncertainParameter uniform = entry("movements.vfm.amounts", Distribution::uniform, {-1000, 1000});
    uniform.amount = true;
    uniform.where = {"s.yaml", 10, 5};
    scenario.uncertainty = {uniform};
    CHECK(refusal(scenario, 1) ==
          "s.yaml:10:5: error: the distribution of movements.vfm.amounts reaches £1,000, outside what it may "
          "be "
          "(-£1,000,000,000,000 to £0)");
}

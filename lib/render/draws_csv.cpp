#include "money/money_text.hpp"
#include "render/renderers.hpp"
#include "render/simulation.hpp"

namespace mtfp::render {

std::string draws_csv(const analysis::SimulationResult& result, const Units& units,
                      const std::vector<FiscalYear>& plan_years) {
    std::string text = "draw";
    std::vector<bool> is_rate;
    for (const analysis::DrawnParameter& parameter : result.parameters)
        for (const std::string& path : parameter.set_paths) {
            text += "," + csv_field(path);
            is_rate.push_back(parameter.handle.type() == analysis::ValueType::rate);
        }
    for (FiscalYear year : plan_years) text += ",gap " + year.to_string();
    text += "\n";
    const auto& gaps = result.figures[static_cast<std::size_t>(analysis::DrawFigure::gap)];
    for (std::uint64_t d = 0; d < result.draws; ++d) {
        text += std::to_string(d + 1);
        for (std::size_t c = 0; c < result.value_columns; ++c) {
            const std::int64_t value = result.values[d * result.value_columns + c];
            text += ",";
            text += is_rate[c] ? Rate::from_units(value).to_percent_string()
                               : amount_in_units(Money::pounds(value), units);
        }
        for (const std::vector<std::int64_t>& gap : gaps) text += "," + std::to_string(gap[d]);
        text += "\n";
    }
    return text;
}

}  // namespace mtfp::render

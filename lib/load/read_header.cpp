#include <fmt/format.h>

#include <filesystem>

#include "load/schema_keys.hpp"
#include "load/validate.hpp"
#include "money/limits.hpp"

namespace mtfp::load {

void read_header(Reader& reader, const Node& root, const std::string& file, Scenario& scenario) {
    reader.expect_map(root, "the scenario", keys::top);
    scenario.file = file;
    if (const Node* format = reader.required(root, "format", "the scenario")) {
        if (!format->is_scalar() || (format->text != "mtfp/1" && format->text != "mtfp/1.1"))
            reader.report(format->at,
                          fmt::format("unsupported format {}: this mtfp reads 'format: mtfp/1' or 'mtfp/1.1'",
                                      describe(*format)));
    }
    scenario.name = std::filesystem::path(file).stem().string();
    if (const Node* name = root.find("name"))
        if (auto text = reader.text(*name, "name")) scenario.name = *text;

    std::optional<FiscalYear> base_year;
    if (const Node* node = reader.required(root, "base_year", "the scenario")) {
        if (node->is_scalar())
            base_year = reader.fiscal_year(node->text, node->at);
        else
            reader.report(node->at,
                          "base_year must be a fiscal year such as 2006/07, got " + describe(*node));
    }
    std::optional<int> plan_years = 3;
    if (const Node* node = root.find("plan_years")) {
        plan_years = reader.whole_number(*node, "plan_years");
        if (plan_years && (*plan_years < 1 || *plan_years > limits::max_plan_years)) {
            reader.report(node->at, fmt::format("plan_years must be from 1 to {}, got {}",
                                                limits::max_plan_years, *plan_years));
            plan_years.reset();
        }
    }
    if (base_year && plan_years) {
        scenario.base_year = *base_year;
        scenario.plan_years = *plan_years;
        reader.set_years(*base_year, *plan_years);
    } else {
        scenario.plan_years = 0;  // never handed out: a problem has been reported
    }
}

}  // namespace mtfp::load

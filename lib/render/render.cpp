#include "render/render.hpp"

#include "render/renderers.hpp"

namespace mtfp {

std::string render_plan(const PlanReport& report, const RenderOptions& options,
                        const TerminalStyle& terminal) {
    switch (options.format) {
        case OutputFormat::text:
            return render::plan_text(report, options.units, terminal);
        case OutputFormat::csv:
            return render::plan_csv(report, options.units);
        case OutputFormat::json:
            return render::plan_json(report);  // always whole pounds
        case OutputFormat::xlsx:
            return render::plan_xlsx(report, options.units);
        case OutputFormat::html:
            return render::plan_html(report, options.units);
        case OutputFormat::markdown:
            break;
    }
    return render::plan_markdown(report, options.units);
}

std::string render_check(const CheckReport& report, const RenderOptions& options,
                         const PlanReport* plan_tables, const TerminalStyle& terminal) {
    switch (options.format) {
        case OutputFormat::text:
            return render::check_text(report, terminal);
        case OutputFormat::csv:
            return render::check_csv(report);
        case OutputFormat::json:
            return render::check_json(report);
        case OutputFormat::xlsx:
            return render::check_xlsx(report, plan_tables, options.units);
        case OutputFormat::html:
            return render::check_html(report, plan_tables, options.units);
        case OutputFormat::markdown:
            break;
    }
    return render::check_markdown(report);
}

}  // namespace mtfp

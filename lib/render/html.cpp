#include "render/renderers.hpp"

namespace mtfp::render {

std::string plan_html(const PlanReport&, DisplayUnits) {
    return "";
}
std::string check_html(const CheckReport&, const PlanReport*, DisplayUnits) {
    return "";
}

}  // namespace mtfp::render

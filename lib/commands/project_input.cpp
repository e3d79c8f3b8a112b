#include "commands/project_input.hpp"

#include "model/diagnostic.hpp"

namespace mtfp {

Plan project_scenario(const Scenario& scenario) {
    try {
        return project(scenario);
    } catch (const AmountOutOfRange& error) {
        throw InputError({Diagnostic{scenario.file, 0, 0, error.what()}});
    }
}

}  // namespace mtfp

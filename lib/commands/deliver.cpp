#include "commands/deliver.hpp"

#include "model/diagnostic.hpp"
#include "output/atomic_file.hpp"

namespace mtfp {

CommandResult deliver(const PlanRequest& request, std::string rendered, int exit_code) {
    if (!request.output_file) return CommandResult{std::move(rendered), exit_code};
    write_file_atomically(*request.output_file, rendered);
    return CommandResult{"", exit_code};
}

}  // namespace mtfp

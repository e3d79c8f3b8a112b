#pragma once
// How text meets a terminal: colour and width are for a person at a terminal only,
// never for a pipe or an -o file (golden tests and scripts see plain text).
#include <string>

#include "render/render.hpp"

namespace mtfp::cli {

// --color auto|always|never. auto: colour when standard output is a terminal, there
// is no -o and NO_COLOR is unset or empty. The width (COLUMNS, else the terminal's
// own) applies only when standard output is a terminal and there is no -o.
TerminalStyle terminal_style(const std::string& color_choice, bool to_file);

}  // namespace mtfp::cli

#include "terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace mtfp::cli {

namespace {

std::size_t terminal_width() {
    if (const char* columns = std::getenv("COLUMNS")) {
        char* end = nullptr;
        const unsigned long value = std::strtoul(columns, &end, 10);
        if (end != columns && *end == '\0' && value >= 20 && value <= 10000) return value;
    }
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) return size.ws_col;
    return 0;
}

}  // namespace

TerminalStyle terminal_style(const std::string& color_choice, bool to_file) {
    const bool terminal = !to_file && ::isatty(STDOUT_FILENO) == 1;
    const char* no_color = std::getenv("NO_COLOR");
    const bool colour_wanted = no_color == nullptr || *no_color == '\0';
    TerminalStyle style;
    if (color_choice == "always" || (color_choice == "auto" && terminal && colour_wanted))
        style.colour = Colour::on;
    if (terminal) style.width = terminal_width();
    return style;
}

}  // namespace mtfp::cli

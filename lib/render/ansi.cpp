#include "render/ansi.hpp"

namespace mtfp::render {

std::string in_colour(const std::string& text, Tone tone, Colour colour) {
    if (colour == Colour::off || text.empty()) return text;
    return (tone == Tone::attention ? "\x1b[1;31m" : "\x1b[32m") + text + "\x1b[0m";
}

}  // namespace mtfp::render

#pragma once
// ANSI colour for the text renderer on a terminal: red for what needs attention (a
// failed check, a shortfall), green for a pass. Plain text when colour is off.
#include <string>

#include "render/render.hpp"

namespace mtfp::render {

enum class Tone { attention, fine };

std::string in_colour(const std::string& text, Tone tone, Colour colour);

}  // namespace mtfp::render

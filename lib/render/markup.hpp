#pragma once
// Text placed in HTML, SVG or XML (the JUnit report): one escaping for all of them.
#include <string>

namespace mtfp::render {

// & < > " ' escaped (the apostrophe as &#39;, which HTML and XML both read), and
// control characters other than tab and newline dropped: XML 1.0 forbids them and
// none belongs in a label or a message.
std::string escape_markup(const std::string& text);

}  // namespace mtfp::render

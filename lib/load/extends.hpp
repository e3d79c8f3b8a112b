#pragma once
// Reading a scenario file and, through `extends`, the files it builds on, into one
// merged document. Paths in `extends` are relative to the file that names them.
#include <optional>
#include <string>

#include "load/document.hpp"
#include "load/session.hpp"

namespace mtfp::load {

// The merged document of `path` and everything it extends, or nothing when a file
// could not be read or parsed (the problem is in session.problems). Each file's
// units are set on its SourceFile: its own `units`, else the file it extends.
// With `bytes`, the top file's text is taken from memory instead of from `path`
// (which still names it and anchors its relative `extends`).
std::optional<Node> read_with_extends(Session& session, const std::string& path,
                                      std::optional<std::string> bytes = std::nullopt);

}  // namespace mtfp::load

#pragma once
// What one load_scenario call accumulates: the source files (each node points at
// one, so they must never move: hence a deque), the node budget shared by every
// file, and the problems found so far.
#include <deque>
#include <string>

#include "load/document.hpp"
#include "load/parse_yaml.hpp"
#include "load/problems.hpp"

namespace mtfp::load {

struct Session {
    std::deque<SourceFile> files;
    NodeBudget budget;
    Problems problems;
    bool unreadable = false;  // a file could not be read at all: nothing to validate

    SourceFile& add_file(std::string name) {
        SourceFile& file = files.emplace_back();
        file.name = std::move(name);
        file.order = static_cast<int>(files.size()) - 1;
        return file;
    }
};

}  // namespace mtfp::load

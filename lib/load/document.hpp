#pragma once
// The loader's own document tree. yaml-cpp's nodes forget where they came from once
// merged and silently keep the last of two duplicate keys, so `load` builds this small
// tree instead: every node knows its kind, its text, its children in file order and
// the file, line and column it was written at (also after `extends` merges files).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/scenario.hpp"
#include "money/units.hpp"

namespace mtfp::load {

// One source of nodes: a scenario file, or one --set argument.
struct SourceFile {
    std::string name;            // as reported: the path, or "command line"
    std::optional<Units> units;  // the units its bare amounts are written in
    int order = 0;               // diagnostics are sorted by file in this order
    std::string context;         // for --set: "--set PATH=VALUE", prefixed to messages
};

struct Where {
    const SourceFile* file = nullptr;
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based; 0 when unknown

    SourceRef ref() const {
        return SourceRef{file ? file->name : "", line, column, file ? file->context : ""};
    }
};

struct Entry;

struct Node {
    enum class Kind { null, scalar, map, sequence };
    Kind kind = Kind::null;
    std::string text;            // scalars only, as written (quotes removed)
    std::vector<Entry> entries;  // maps: keys in file order
    std::vector<Node> items;     // sequences
    Where at;

    bool is_map() const { return kind == Kind::map; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_scalar() const { return kind == Kind::scalar; }
    const Node* find(std::string_view key) const;
    Node* find(std::string_view key);
    const Entry* entry(std::string_view key) const;
    bool erase(std::string_view key);
};

struct Entry {
    std::string key;
    Where key_at;
    Node value;
};

// "a mapping", "a list", "an empty value" or the scalar quoted, for "expected X, got Y".
std::string describe(const Node& node);

}  // namespace mtfp::load

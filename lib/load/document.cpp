#include "load/document.hpp"

#include <algorithm>

namespace mtfp::load {

const Entry* Node::entry(std::string_view key) const {
    auto found = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == key; });
    return found == entries.end() ? nullptr : &*found;
}

const Node* Node::find(std::string_view key) const {
    const Entry* found = entry(key);
    return found ? &found->value : nullptr;
}

Node* Node::find(std::string_view key) {
    return const_cast<Node*>(static_cast<const Node*>(this)->find(key));
}

bool Node::erase(std::string_view key) {
    auto found = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == key; });
    if (found == entries.end()) return false;
    entries.erase(found);
    return true;
}

std::string describe(const Node& node) {
    switch (node.kind) {
        case Node::Kind::null:
            return "an empty value";
        case Node::Kind::map:
            return "a mapping";
        case Node::Kind::sequence:
            return "a list";
        case Node::Kind::scalar:
            break;
    }
    std::string text = node.text.size() > 40 ? node.text.substr(0, 40) + "..." : node.text;
    return "'" + text + "'";
}

}  // namespace mtfp::load

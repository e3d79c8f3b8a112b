#pragma once
// The nodes of a derivation tree: an input with its source, a figure made of others by an
// operation, a negation. Shared by explain's parts so that every node is built one way.
#include <string>
#include <utility>
#include <vector>

#include "explain/explanation.hpp"

namespace mtfp::explaining {

// A figure read from the scenario: its label and where it is written.
inline ExplainNode source_node(std::string label, SourceRef source) {
    ExplainNode node;
    node.label = std::move(label);
    node.source = std::move(source);
    return node;
}

inline ExplainNode input(std::string label, Money amount, SourceRef source) {
    ExplainNode node = source_node(std::move(label), std::move(source));
    node.amount = amount;
    return node;
}

inline ExplainNode rate_input(std::string label, Rate rate, SourceRef source) {
    ExplainNode node = source_node(std::move(label), std::move(source));
    node.rate = rate;
    return node;
}

inline ExplainNode made(std::string label, Money amount, Operation operation,
                        std::vector<ExplainNode> children) {
    ExplainNode node;
    node.label = std::move(label);
    node.amount = amount;
    node.operation = operation;
    node.children = std::move(children);
    return node;
}

inline ExplainNode negated(std::string label, ExplainNode child) {
    const Money amount = -*child.amount;
    return made(std::move(label), amount, Operation::negate, {std::move(child)});
}

}  // namespace mtfp::explaining

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

// A figure of the plan explained by another ROW YEAR ("line:TP 2006/07").
inline ExplainNode figure(std::string label, Money amount, const std::string& row, const std::string& year) {
    ExplainNode node;
    node.label = std::move(label);
    node.amount = amount;
    node.operation = Operation::figure;
    node.see = row + " " + year;
    return node;
}

// Where a value was written; a Scenario built in code (tests) may not say, so the item's
// own location stands in.
inline SourceRef where_or(const std::vector<SourceRef>& where, std::size_t i, const SourceRef& fallback) {
    return i < where.size() ? where[i] : fallback;
}

inline std::string movement_label(const Movement& movement) {
    return movement.label.empty() ? "movement" : "movement '" + movement.label + "'";
}

inline std::string transfer_label(const ReserveTransfer& transfer) {
    return "transfer " + (transfer.label.empty() ? transfer.id : "'" + transfer.label + "'");
}

}  // namespace mtfp::explaining

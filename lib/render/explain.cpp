// The explanation tree: in text one node per line under box-drawing branches, each
// with its figure in whole pounds (explain is about exactness, so never £m), the
// operation that makes it from the lines below, and for an input where it was written.
// JSON carries the same tree; other formats draw the text.
#include "render/explain.hpp"

#include <nlohmann/json.hpp>

#include "render/display_units.hpp"

namespace mtfp {

namespace {

using nlohmann::ordered_json;

std::string operation_text(Operation operation) {
    switch (operation) {
        case Operation::sum:
            return "sum of";
        case Operation::negate:
            return "minus";
        case Operation::apply_rate:
            return "round(amount x rate)";
        case Operation::grow:
            return "round(amount x (1 + rate))";
        case Operation::grow_twice:
            return "round(amount x (1 + rate) x (1 + rate)), rounded once";
        case Operation::input:
        case Operation::figure:
            break;
    }
    return "";
}

std::string operation_key(Operation operation) {
    switch (operation) {
        case Operation::input:
            return "input";
        case Operation::figure:
            return "figure";
        case Operation::sum:
            return "sum";
        case Operation::negate:
            return "negate";
        case Operation::apply_rate:
            return "apply_rate";
        case Operation::grow:
            return "grow";
        case Operation::grow_twice:
            break;
    }
    return "grow_twice";
}

// FILE:LINE:COLUMN, marked "inherited" when written in a file the scenario extends.
std::string source_text(const SourceRef& source, const std::string& scenario_file) {
    if (!source.via.empty()) return "command line: " + source.via;
    if (source.file.empty()) return "default";
    std::string text = source.file;
    if (source.line > 0) text += ":" + std::to_string(source.line);
    if (source.column > 0) text += ":" + std::to_string(source.column);
    return source.file == scenario_file ? text : text + ", inherited";
}

std::string value_text(const ExplainNode& node) {
    if (node.amount) return format_amount(*node.amount, DisplayUnits::pounds);
    if (node.rate) return node.rate->to_percent_string();
    return "";
}

std::string node_line(const ExplainNode& node, const std::string& scenario_file) {
    std::string line = node.label + " = " + value_text(node);
    if (node.operation == Operation::input)
        return line + "  [" + source_text(node.source, scenario_file) + "]";
    if (node.operation == Operation::figure) return line + "  (explain " + node.see + ")";
    return line + "  = " + operation_text(node.operation) + ":";
}

void draw(const ExplainNode& node, const std::string& prefix, const std::string& branch,
          const std::string& scenario_file, std::string& out) {
    out += prefix + branch + node_line(node, scenario_file) + "\n";
    const std::string child_prefix = prefix + (branch.empty() ? "" : branch == "└─ " ? "   " : "│  ");
    for (std::size_t i = 0; i < node.children.size(); ++i)
        draw(node.children[i], child_prefix, i + 1 == node.children.size() ? "└─ " : "├─ ", scenario_file,
             out);
}

ordered_json node_json(const ExplainNode& node) {
    ordered_json result{{"label", node.label}};
    if (node.amount) result["amount"] = node.amount->in_pounds();
    if (node.rate) result["rate"] = node.rate->to_percent_string();
    result["operation"] = operation_key(node.operation);
    if (node.operation == Operation::input) {
        ordered_json source{
            {"file", node.source.file}, {"line", node.source.line}, {"column", node.source.column}};
        if (!node.source.via.empty()) source["set"] = node.source.via;
        result["source"] = source;
    }
    if (!node.see.empty()) result["see"] = node.see;
    if (!node.children.empty()) {
        ordered_json children = ordered_json::array();
        for (const ExplainNode& child : node.children) children.push_back(node_json(child));
        result["children"] = children;
    }
    return result;
}

}  // namespace

std::string render_explain(const ExplainHeader& header, const Explanation& explanation, OutputFormat format) {
    if (format == OutputFormat::json) {
        ordered_json result{{"format", "mtfp-explain/1"},
                            {"scenario", {{"name", header.scenario_name}, {"file", header.scenario_file}}},
                            {"row", explanation.row},
                            {"year", explanation.year},
                            {"tree", node_json(explanation.root)}};
        return result.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
    }
    std::string out = header.scenario_name + "\n" + explanation.row + " " + explanation.year + "\n\n";
    draw(explanation.root, "", "", header.scenario_file, out);
    out += "\nAmounts in £ (whole pounds). Every rounding is half away from zero, once per figure.\n";
    return out;
}

}  // namespace mtfp

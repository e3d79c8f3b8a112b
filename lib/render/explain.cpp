// The explanation tree: in text one node per line under box-drawing branches, each
// with its figure in whole pounds (explain is about exactness, so never £m), the
// operation that makes it from the lines below, and for an input where it was written.
// JSON carries the same tree; other formats draw the text.
#include "render/explain.hpp"

#include <nlohmann/json.hpp>

#include "money/money_text.hpp"
#include "render/html.hpp"
#include "render/markup.hpp"
#include "render/renderers.hpp"
#include "render/svg_charts.hpp"

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

// FILE:LINE:COLUMN, marked "inherited" when written in a file the scenario extends (not
// in the scenario itself, nor in its ledger).
std::string source_text(const SourceRef& source, const std::string& scenario_file,
                        const std::string& ledger_file) {
    if (!source.via.empty()) return "command line: " + source.via;
    if (source.file.empty()) return "default";
    std::string text = source.file;
    if (source.line > 0) text += ":" + std::to_string(source.line);
    if (source.column > 0) text += ":" + std::to_string(source.column);
    const bool own = source.file == scenario_file || (!ledger_file.empty() && source.file == ledger_file);
    return own ? text : text + ", inherited";
}

std::string value_text(const ExplainNode& node, DisplayUnits units) {
    if (node.amount) return format_amount(*node.amount, units);
    if (node.rate) return node.rate->to_percent_string();
    return "";
}

struct Drawing {
    std::string scenario_file;
    DisplayUnits units;
    std::string ledger_file = {};
};

std::string node_line(const ExplainNode& node, const Drawing& drawing) {
    const std::string& scenario_file = drawing.scenario_file;
    std::string line = node.label + " = " + value_text(node, drawing.units);
    if (node.operation == Operation::input)
        return line + "  [" + source_text(node.source, scenario_file, drawing.ledger_file) + "]";
    // A figure no ROW explains (the capital table's) says where to see it in its label.
    if (node.operation == Operation::figure)
        return node.see.empty() ? line : line + "  (explain " + node.see + ")";
    return line + "  = " + operation_text(node.operation) + ":";
}

void draw(const ExplainNode& node, const std::string& prefix, const std::string& branch,
          const Drawing& drawing, std::string& out) {
    out += prefix + branch + node_line(node, drawing) + "\n";
    const std::string child_prefix = prefix + (branch.empty() ? "" : branch == "└─ " ? "   " : "│  ");
    for (std::size_t i = 0; i < node.children.size(); ++i)
        draw(node.children[i], child_prefix, i + 1 == node.children.size() ? "└─ " : "├─ ", drawing, out);
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

// CSV: one record per node, parents first, with its depth so that a sheet can indent.
void csv_records(const ExplainNode& node, int depth, const Drawing& drawing, std::string& out) {
    const std::string amount = node.amount ? plain_amount(*node.amount, drawing.units) : "";
    const std::string rate = node.rate ? node.rate->to_percent_string() : "";
    const std::string source = node.operation == Operation::input
                                   ? source_text(node.source, drawing.scenario_file, drawing.ledger_file)
                                   : "";
    out += std::to_string(depth) + "," + render::csv_field(node.label) + "," + amount + "," + rate + "," +
           operation_key(node.operation) + "," + render::csv_field(source) + "," +
           render::csv_field(node.see) + "\r\n";
    for (const ExplainNode& child : node.children) csv_records(child, depth + 1, drawing, out);
}

// HTML: the same tree as nested lists, each input with its source.
void html_items(const ExplainNode& node, const Drawing& drawing, std::string& out) {
    using render::escape_markup;
    out += "<li><span class=\"label\">" + escape_markup(node.label) + "</span> = <span class=\"num\">" +
           escape_markup(value_text(node, drawing.units)) + "</span>";
    if (node.operation == Operation::input)
        out += " <span class=\"note\">[" +
               escape_markup(source_text(node.source, drawing.scenario_file, drawing.ledger_file)) +
               "]</span>";
    else if (node.operation == Operation::figure && !node.see.empty())
        out += " <span class=\"note\">(explain " + escape_markup(node.see) + ")</span>";
    else if (node.operation != Operation::figure)
        out += " = " + escape_markup(operation_text(node.operation)) + ":";
    if (!node.children.empty()) {
        out += "\n<ul>\n";
        for (const ExplainNode& child : node.children) html_items(child, drawing, out);
        out += "</ul>\n";
    }
    out += "</li>\n";
}

}  // namespace

std::string render_explain(const ExplainReport& report, const RenderOptions& options) {
    const ExplainHeader& header = report.header;
    const Explanation& explanation = report.explanation;
    const OutputFormat format = options.format;
    const DisplayUnits units = options.units;
    if (format == OutputFormat::json) {
        ordered_json result{{"format", "mtfp-explain/1"},
                            {"scenario", {{"name", header.scenario_name}, {"file", header.scenario_file}}},
                            {"row", explanation.row},
                            {"year", explanation.year},
                            {"tree", node_json(explanation.root)}};
        return result.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
    }
    const Drawing drawing{header.scenario_file, units, header.ledger_file};
    if (format == OutputFormat::csv) {
        std::string out = "depth,label,amount,rate,operation,source,see\r\n";
        csv_records(explanation.root, 0, drawing, out);
        return out;
    }
    std::string tree;
    draw(explanation.root, "", "", drawing, tree);
    const std::string amounts =
        units == DisplayUnits::pounds
            ? std::string("Amounts in £ (whole pounds).")
            : "Amounts in " + unit_label(units) + ", rounded for display from exact pounds.";
    const std::string note = amounts + " Every rate applied to money is rounded once, half away from zero.\n";
    const std::string title = explanation.row + " " + explanation.year;
    if (format == OutputFormat::html) {
        std::string items;
        html_items(explanation.root, drawing, items);
        return render::html_page(
            header.scenario_name + ": " + title, {"Scenario file: " + header.scenario_file},
            "<h2>" + render::escape_markup(title) + "</h2>\n<ul class=\"tree\">\n" + items +
                "</ul>\n<p class=\"note\">" + render::escape_markup(note) + "</p>\n");
    }
    if (format == OutputFormat::markdown)
        return "## " + header.scenario_name + "\n\n`" + title + "`\n\n```text\n" + tree + "```\n\n" + note;
    return header.scenario_name + "\n" + title + "\n\n" + tree + "\n" + note;
}

}  // namespace mtfp

#include "load/parse_yaml.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>

#include "money/limits.hpp"

namespace mtfp::load {

namespace {

// Thrown from inside the event handler to stop yaml-cpp at the first limit crossed.
struct StopReading {
    Where at;
    std::string message;
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const SourceFile& file, NodeBudget& budget, Problems& problems)
        : file_(file), budget_(budget), problems_(problems) {}

    std::optional<Node> root;

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents_ > 1)
            throw StopReading{where(mark), "a scenario file holds one YAML document; this is a second"};
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Node node = start(mark, anchor, Node::Kind::null);
        finish(std::move(node));
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { refuse_alias(mark); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string& value) override {
        Node node = start(mark, anchor, Node::Kind::scalar);
        refuse_control_characters(value, node.at);
        node.text = value;
        finish(std::move(node));
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(start(mark, anchor, Node::Kind::sequence));
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(start(mark, anchor, Node::Kind::map));
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        Node node;
        std::unordered_map<std::string, Where> keys;  // for duplicate keys, in O(1) each
        std::optional<Entry> pending;                 // a key read, waiting for its value
        bool skip_value = false;                      // the pending key was a duplicate
    };

    Where where(const YAML::Mark& mark) const { return Where{&file_, mark.line + 1, mark.column + 1}; }

    [[noreturn]] void refuse_alias(const YAML::Mark& mark) {
        throw StopReading{where(mark),
                          "YAML anchors and aliases (& and *) are not supported in a scenario; "
                          "use 'extends' to share values"};
    }

    // A raw control character is refused before parsing (source_text.cpp); the same
    // ones written as YAML escapes ("\e[2J", "\x01", "\u0085") or a block scalar's line
    // breaks would reach the tables, a terminal and CSV cells, so they are refused here,
    // at the value. A tab is text, as it is raw.
    void refuse_control_characters(const std::string& value, const Where& at) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto byte = static_cast<unsigned char>(value[i]);
            unsigned code = byte;
            if (byte == 0xC2 && i + 1 < value.size()) code = static_cast<unsigned char>(value[i + 1]);
            const bool control = (byte < 0x20 && byte != '\t') || byte == 0x7F ||
                                 (byte == 0xC2 && code >= 0x80 && code <= 0x9F);
            if (!control) continue;
            problems_.add(at,
                          fmt::format("the text holds a control character (U+{:04X}), written as an escape "
                                      "or a line break in a quoted or block value; text may not hold control "
                                      "characters",
                                      code));
            return;
        }
    }

    Node start(const YAML::Mark& mark, YAML::anchor_t anchor, Node::Kind kind) {
        if (anchor != YAML::NullAnchor) refuse_alias(mark);
        if (++budget_.used > limits::max_nodes)
            throw StopReading{where(mark), fmt::format("the scenario has more than {} YAML nodes "
                                                       "(the most mtfp reads, with the files it extends)",
                                                       limits::max_nodes)};
        Node node;
        node.kind = kind;
        node.at = where(mark);
        return node;
    }

    void open(Node node) {
        if (stack_.size() >= static_cast<std::size_t>(limits::max_nesting_depth))
            throw StopReading{node.at, fmt::format("the scenario is nested more than {} levels deep",
                                                   limits::max_nesting_depth)};
        stack_.push_back(Open{std::move(node), {}, std::nullopt, false});
    }

    void close() {
        Node node = std::move(stack_.back().node);
        stack_.pop_back();
        finish(std::move(node));
    }

    void finish(Node node) {
        if (stack_.empty()) {
            root = std::move(node);
            return;
        }
        Open& parent = stack_.back();
        if (parent.node.is_sequence()) {
            parent.node.items.push_back(std::move(node));
            return;
        }
        if (!parent.pending) {
            take_key(parent, std::move(node));
            return;
        }
        Entry entry = std::move(*parent.pending);
        parent.pending.reset();
        if (parent.skip_value) return;
        entry.value = std::move(node);
        parent.node.entries.push_back(std::move(entry));
    }

    void take_key(Open& parent, Node key) {
        if (key.kind == Node::Kind::map || key.kind == Node::Kind::sequence)
            throw StopReading{key.at, "a key must be a plain name, not " + describe(key)};
        parent.skip_value = false;
        auto [first, inserted] = parent.keys.emplace(key.text, key.at);
        if (!inserted) {
            problems_.add(key.at,
                          fmt::format("duplicate key '{}' (first at line {})", key.text, first->second.line));
            parent.skip_value = true;
        }
        parent.pending = Entry{std::move(key.text), key.at, Node{}};
    }

    const SourceFile& file_;
    NodeBudget& budget_;
    Problems& problems_;
    std::vector<Open> stack_;
    int documents_ = 0;
};

}  // namespace

std::optional<Node> parse_yaml(const std::string& text, const SourceFile& file, NodeBudget& budget,
                               Problems& problems) {
    std::istringstream stream(text);
    TreeBuilder builder(file, budget, problems);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const StopReading& stop) {
        problems.add(stop.at, stop.message);
        return std::nullopt;
    } catch (const YAML::ParserException& error) {
        // yaml-cpp's marks are 0-based; an unknown one is -1, which becomes 0 (omitted).
        Where at{&file, error.mark.line + 1, error.mark.column + 1};
        if (error.mark.is_null()) at = Where{&file, 0, 0};
        problems.add(at, error.msg);
        return std::nullopt;
    } catch (const YAML::Exception& error) {
        problems.add(Where{&file, 0, 0}, error.msg);
        return std::nullopt;
    }
    if (!builder.root) {
        problems.add(Where{&file, 0, 0}, "the file is empty; a scenario starts with 'format: mtfp/1'");
        return std::nullopt;
    }
    return std::move(builder.root);
}

}  // namespace mtfp::load

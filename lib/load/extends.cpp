#include "load/extends.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <variant>

#include "load/merge.hpp"
#include "load/source_text.hpp"
#include "money/limits.hpp"
#include "money/units.hpp"

namespace mtfp::load {

namespace {

namespace fs = std::filesystem;

struct Request {
    std::string path;
    const Where* asked_at;                            // the `extends` value; null for the top file
    std::vector<std::string> chain;                   // canonical paths of the files extending this one
    std::optional<std::string> bytes = std::nullopt;  // the text, when not read from `path`
};

std::string canonical(const std::string& path) {
    std::error_code error;
    fs::path resolved = fs::weakly_canonical(path, error);
    return error ? path : resolved.string();
}

std::optional<Node> read_one(Session& session, Request request);

// Reads the file named by `extends` and merges `own` over it.
std::optional<Node> extend(Session& session, const Request& request, SourceFile& file, const Node& extends,
                           Node own) {
    if (!extends.is_scalar() || extends.text.empty()) {
        session.problems.add(extends.at, "extends must name a scenario file, got " + describe(extends));
        session.unreadable = true;
        return std::nullopt;
    }
    if (request.chain.size() >= static_cast<std::size_t>(limits::max_extends_depth)) {
        session.problems.add(extends.at,
                             fmt::format("extends goes more than {} files deep", limits::max_extends_depth));
        session.unreadable = true;
        return std::nullopt;
    }
    std::string base_path = (fs::path(request.path).parent_path() / extends.text).lexically_normal().string();
    std::string base_canonical = canonical(base_path);
    for (std::size_t i = 0; i < request.chain.size(); ++i) {
        if (request.chain[i] != base_canonical) continue;
        std::string cycle;
        for (std::size_t k = i; k < request.chain.size(); ++k)
            cycle += fs::path(request.chain[k]).filename().string() + " -> ";
        session.problems.add(extends.at, fmt::format("extends cycle: {}{}", cycle,
                                                     fs::path(base_canonical).filename().string()));
        session.unreadable = true;
        return std::nullopt;
    }
    Request base_request{base_path, &extends.at, request.chain};
    base_request.chain.push_back(base_canonical);
    std::optional<Node> base = read_one(session, base_request);
    if (!base) return std::nullopt;
    // The base's SourceFile is the one added after ours; its units are already final.
    const SourceFile* base_file = nullptr;
    for (const SourceFile& candidate : session.files)
        if (&candidate != &file && candidate.name == base_path) base_file = &candidate;
    if (!file.units && base_file) file.units = base_file->units;
    merge_into(*base, std::move(own), session.problems);
    return base;
}

std::optional<Node> read_one(Session& session, Request request) {
    SourceFile& file = session.add_file(request.path);
    auto bytes = request.bytes ? check_size(std::move(*request.bytes)) : read_file_bytes(request.path);
    if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
        if (request.asked_at)
            session.problems.add(*request.asked_at,
                                 fmt::format("cannot extend '{}': {}", request.path, failure->message));
        else
            session.problems.add(Where{&file, 0, 0}, failure->message);
        session.unreadable = true;
        return std::nullopt;
    }
    std::optional<std::string> text =
        prepare_text(std::move(std::get<std::string>(bytes)), file, session.problems);
    std::optional<Node> root =
        text ? parse_yaml(*text, file, session.budget, session.problems) : std::nullopt;
    if (!root) {
        session.unreadable = true;
        return std::nullopt;
    }
    if (!root->is_map()) {
        session.problems.add(
            root->at,
            "a scenario is a mapping of keys starting with 'format: mtfp/1', got " + describe(*root));
        session.unreadable = true;
        return std::nullopt;
    }
    if (const Node* units = root->find("units")) {
        file.units = units->is_scalar() ? parse_units(units->text) : std::nullopt;
        if (!file.units)
            session.problems.add(units->at,
                                 "units must be \"£\", \"£000\" or \"£m\", got " + describe(*units));
    }
    if (const Node* extends = root->find("extends")) {
        Node extends_node = *extends;
        return extend(session, request, file, extends_node, std::move(*root));
    }
    return root;
}

}  // namespace

std::optional<Node> read_with_extends(Session& session, const std::string& path,
                                      std::optional<std::string> bytes) {
    return read_one(session, Request{path, nullptr, {canonical(path)}, std::move(bytes)});
}

}  // namespace mtfp::load

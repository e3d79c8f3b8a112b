#include "load/load.hpp"

#include <fmt/format.h>

#include <new>

#include "load/extends.hpp"
#include "load/override.hpp"
#include "load/reader.hpp"
#include "load/session.hpp"
#include "load/validate.hpp"

namespace mtfp {

namespace {

Scenario read_and_validate(const std::string& file, std::optional<std::string> bytes,
                           const std::vector<Override>& overrides) {
    load::Session session;
    std::optional<load::Node> root = load::read_with_extends(session, file, std::move(bytes));
    if (root && !session.unreadable) {
        const load::SourceFile& top = session.files.front();
        // No default: a scenario read in the wrong units is wrong by a factor of 1000.
        if (!top.units && !root->find("units"))
            session.problems.add(root->at,
                                 "the scenario is missing required key 'units' (\"£\", \"£000\" or \"£m\"; "
                                 "it has no default, since a wrong guess is out by a factor of 1000)");
        load::apply_overrides(session, *root, overrides);
        load::Reader reader(session.problems);
        Scenario scenario = load::read_scenario(reader, *root, file);
        if (top.units) scenario.units = *top.units;
        for (const load::SourceFile& read : session.files) scenario.files_read.push_back(read.name);
        if (session.problems.empty()) return scenario;
    }
    throw InputError(session.problems.sorted());
}

// Nothing but InputError leaves: a hostile file must not crash the tool or be
// mistaken for a bug, whatever yaml-cpp or the allocator throws.
Scenario load_guarded(const std::string& file, std::optional<std::string> bytes,
                      const std::vector<Override>& overrides) {
    try {
        return read_and_validate(file, std::move(bytes), overrides);
    } catch (const InputError&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw InputError({Diagnostic{file, 0, 0, "out of memory while reading the scenario"}});
    } catch (const std::exception& error) {
        throw InputError({Diagnostic{file, 0, 0, fmt::format("cannot read the scenario: {}", error.what())}});
    } catch (...) {
        throw InputError({Diagnostic{file, 0, 0, "cannot read the scenario"}});
    }
}

}  // namespace

Scenario load_scenario(const std::string& file, const std::vector<Override>& overrides) {
    return load_guarded(file, std::nullopt, overrides);
}

Scenario load_scenario_text(const std::string& file, std::string bytes,
                            const std::vector<Override>& overrides) {
    return load_guarded(file, std::move(bytes), overrides);
}

}  // namespace mtfp

#pragma once
// Collects every problem of a run, so that one `mtfp run` reports them all at once;
// load_scenario throws them together, sorted into file order.
#include <string>
#include <vector>

#include "load/document.hpp"
#include "model/diagnostic.hpp"
#include "money/limits.hpp"

namespace mtfp::load {

class Problems {
public:
    void add(const Where& at, std::string message);
    void add_file(const std::string& file, std::string message);  // no line to point at
    bool empty() const { return found_.empty(); }
    std::size_t count() const { return found_.size(); }
    bool many() const { return found_.size() >= limits::max_problems; }
    // Sorted by source file (the top file first), then line and column; stable, so
    // problems at one place keep the order they were found in. At most max_problems,
    // then one line saying how many more there are.
    std::vector<Diagnostic> sorted() const;

private:
    struct Found {
        int file_order;
        Diagnostic diagnostic;
    };
    std::vector<Found> found_;
};

}  // namespace mtfp::load

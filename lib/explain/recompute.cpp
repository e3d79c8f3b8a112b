// recompute(): what a node's operation makes of its children, with project's own
// rounding functions; the tests hold every node of every explanation to it.
#include "explain/explanation.hpp"
#include "money/rounding.hpp"

namespace mtfp {

std::optional<Money> recompute(const ExplainNode& node) {
    const auto& c = node.children;
    switch (node.operation) {
        case Operation::input:
        case Operation::figure:
            return std::nullopt;
        case Operation::sum: {
            Money total;
            for (const ExplainNode& child : c) total += child.amount.value_or(Money{});
            return total;
        }
        case Operation::negate:
            return -c.at(0).amount.value_or(Money{});
        case Operation::apply_rate:
            return apply_rate(c.at(0).amount.value_or(Money{}), c.at(1).rate.value_or(Rate{}));
        case Operation::grow:
            return grow(c.at(0).amount.value_or(Money{}), c.at(1).rate.value_or(Rate{}));
        case Operation::grow_twice:
            return grow(c.at(0).amount.value_or(Money{}), c.at(1).rate.value_or(Rate{}),
                        c.at(2).rate.value_or(Rate{}));
    }
    return std::nullopt;
}

}  // namespace mtfp

#pragma once
// How a --set changes the value at its path: `=` replaces it as if written in the file;
// `+=` and `-=` move it (a rate by percentage points, an amount in the file's units)
// in every year the path covers; `*=` scales an amount. Plain data, shared by the
// loader (which applies `=`) and the what-if handles (which apply the others).
#include <string_view>

namespace mtfp {

enum class SetOperator { assign, add, subtract, scale };

constexpr std::string_view operator_text(SetOperator op) {
    switch (op) {
        case SetOperator::add:
            return "+=";
        case SetOperator::subtract:
            return "-=";
        case SetOperator::scale:
            return "*=";
        default:
            return "=";
    }
}

}  // namespace mtfp

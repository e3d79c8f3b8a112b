#pragma once
// "did you mean 'X'?" for a near-miss key or id, by edit distance.
#include <string>
#include <string_view>
#include <vector>

namespace mtfp {

// The closest candidate within a small edit distance, or nothing.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'X'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace mtfp

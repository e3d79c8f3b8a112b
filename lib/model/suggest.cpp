#include "model/suggest.hpp"

#include <algorithm>
#include <cctype>

namespace mtfp {

namespace {

bool same_letter(char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

// Edit distance counting a swap of two neighbouring letters as one edit ("pya" is one
// typo from "pay"), and ignoring case ("Name" is a near miss of "name").
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = same_letter(a[i - 1], b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && same_letter(a[i - 1], b[j - 2]) && same_letter(a[i - 2], b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

}  // namespace

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
    // A third of the word's length, at least one and at most three edits, and never the
    // whole word: close enough to be a typo, not nonsense for short words ('Z' -> 'A').
    std::size_t allowed = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    if (word.size() > 64) return "";  // keeps the quadratic distance cheap on hostile input
    std::string best;
    std::size_t best_distance = allowed + 1;
    for (const std::string& candidate : candidates) {
        if (candidate.size() > 64) continue;
        // The distance is at least the difference in length: skip what cannot win.
        std::size_t apart =
            candidate.size() > word.size() ? candidate.size() - word.size() : word.size() - candidate.size();
        if (apart >= best_distance) continue;
        std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance && distance < word.size() && candidate != word) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best = closest(word, candidates);
    return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

}  // namespace mtfp

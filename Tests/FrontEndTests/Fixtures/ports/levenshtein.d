// Levenshtein edit distance with a closest-match helper.
module levenshtein;

import std.algorithm : min;
import std.exception : enforce;

size_t levenshtein(string source, string target) {
    if (source.length == 0) {
        return target.length;
    }
    if (target.length == 0) {
        return source.length;
    }
    size_t[] previous;
    for (size_t j = 0; j <= target.length; j++) {
        previous ~= j;
    }
    for (size_t i = 1; i <= source.length; i++) {
        size_t[] current = [i];
        for (size_t j = 1; j <= target.length; j++) {
            const cost = source[i - 1] == target[j - 1] ? 0 : 1;
            const deletion = previous[j] + 1;
            const insertion = current[j - 1] + 1;
            const substitution = previous[j - 1] + cost;
            current ~= min(deletion, insertion, substitution);
        }
        previous = current;
    }
    return previous[target.length];
}

string closestMatch(string word, string[] candidates, size_t maxDistance) {
    if (candidates.length == 0) {
        throw new Exception("no candidates to match against");
    }
    string best = null;
    size_t bestDistance = maxDistance + 1;
    foreach (candidate; candidates) {
        const distance = levenshtein(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

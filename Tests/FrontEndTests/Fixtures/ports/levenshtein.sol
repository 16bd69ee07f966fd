// SPDX-License-Identifier: MIT
// Levenshtein edit distance with a closest-match helper.
pragma solidity ^0.8.0;

library Levenshtein {
    function levenshtein(bytes memory source, bytes memory target) internal pure returns (uint256) {
        if (source.length == 0) {
            return target.length;
        }
        if (target.length == 0) {
            return source.length;
        }
        uint256[] memory previous = new uint256[](target.length + 1);
        for (uint256 j = 0; j <= target.length; j++) {
            previous[j] = j;
        }
        for (uint256 i = 1; i <= source.length; i++) {
            uint256[] memory current = new uint256[](target.length + 1);
            current[0] = i;
            for (uint256 j = 1; j <= target.length; j++) {
                uint256 cost = source[i - 1] == target[j - 1] ? 0 : 1;
                uint256 deletion = previous[j] + 1;
                uint256 insertion = current[j - 1] + 1;
                uint256 substitution = previous[j - 1] + cost;
                current[j] = min(deletion, min(insertion, substitution));
            }
            previous = current;
        }
        return previous[target.length];
    }

    function closestMatch(bytes memory word, bytes[] memory candidates, uint256 maxDistance) internal pure returns (bytes memory) {
        if (candidates.length == 0) {
            revert("no candidates to match against");
        }
        bytes memory best;
        uint256 bestDistance = maxDistance + 1;
        for (uint256 k = 0; k < candidates.length; k++) {
            uint256 distance = levenshtein(word, candidates[k]);
            if (distance < bestDistance) {
                best = candidates[k];
                bestDistance = distance;
            }
        }
        return best;
    }

    function min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }
}

// Levenshtein edit distance with a closest-match helper.
package textutil;

import java.util.ArrayList;
import java.util.List;

public final class Levenshtein {
    private Levenshtein() {
    }

    public static int distance(String source, String target) {
        if (source.length() == 0) {
            return target.length();
        }
        if (target.length() == 0) {
            return source.length();
        }
        List<Integer> previous = new ArrayList<>();
        for (int j = 0; j <= target.length(); j++) {
            previous.add(j);
        }
        for (int i = 1; i <= source.length(); i++) {
            List<Integer> current = new ArrayList<>();
            current.add(i);
            for (int j = 1; j <= target.length(); j++) {
                int cost = source.charAt(i - 1) == target.charAt(j - 1) ? 0 : 1;
                int deletion = previous.get(j) + 1;
                int insertion = current.get(j - 1) + 1;
                int substitution = previous.get(j - 1) + cost;
                current.add(Math.min(deletion, Math.min(insertion, substitution)));
            }
            previous = current;
        }
        return previous.get(target.length());
    }

    public static String closestMatch(String word, List<String> candidates, int maxDistance) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates to match against");
        }
        String best = null;
        int bestDistance = maxDistance + 1;
        for (String candidate : candidates) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }
}

// Levenshtein edit distance with a closest-match helper.
'use strict';

function levenshtein(source, target) {
  if (source.length === 0) {
    return target.length;
  }
  if (target.length === 0) {
    return source.length;
  }
  let previous = [];
  for (let j = 0; j <= target.length; j++) {
    previous.push(j);
  }
  for (let i = 1; i <= source.length; i++) {
    const current = [i];
    for (let j = 1; j <= target.length; j++) {
      const cost = source[i - 1] === target[j - 1] ? 0 : 1;
      const deletion = previous[j] + 1;
      const insertion = current[j - 1] + 1;
      const substitution = previous[j - 1] + cost;
      current.push(Math.min(deletion, insertion, substitution));
    }
    previous = current;
  }
  return previous[target.length];
}

function closestMatch(word, candidates, maxDistance) {
  if (candidates.length === 0) {
    throw new Error('no candidates to match against');
  }
  let best = null;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

module.exports = { levenshtein, closestMatch };

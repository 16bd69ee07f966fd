// Levenshtein edit distance with a closest-match helper.

pub fn levenshtein(source: &str, target: &str) -> usize {
    let source: Vec<char> = source.chars().collect();
    let target: Vec<char> = target.chars().collect();
    if source.is_empty() {
        return target.len();
    }
    if target.is_empty() {
        return source.len();
    }
    let mut previous: Vec<usize> = Vec::new();
    for j in 0..=target.len() {
        previous.push(j);
    }
    for i in 1..=source.len() {
        let mut current = vec![i];
        for j in 1..=target.len() {
            let cost = if source[i - 1] == target[j - 1] { 0 } else { 1 };
            let deletion = previous[j] + 1;
            let insertion = current[j - 1] + 1;
            let substitution = previous[j - 1] + cost;
            current.push(deletion.min(insertion).min(substitution));
        }
        previous = current;
    }
    previous[target.len()]
}

pub fn closest_match<'a>(
    word: &str,
    candidates: &[&'a str],
    max_distance: usize,
) -> Result<Option<&'a str>, String> {
    if candidates.is_empty() {
        return Err(String::from("no candidates to match against"));
    }
    let mut best = None;
    let mut best_distance = max_distance + 1;
    for candidate in candidates {
        let distance = levenshtein(word, candidate);
        if distance < best_distance {
            best = Some(*candidate);
            best_distance = distance;
        }
    }
    Ok(best)
}

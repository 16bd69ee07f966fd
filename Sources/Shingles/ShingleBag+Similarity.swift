/// Exact similarities between bags, used to verify what MinHash estimates.
extension ShingleBag {
    /// Sizes of the set (distinct) and multiset (weighted) intersections, from one linear merge.
    @usableFromInline
    func overlap(with other: ShingleBag) -> (distinct: Int, weighted: Int) {
        var i = 0
        var j = 0
        var distinct = 0
        var weighted = 0
        while i < sortedHashes.count && j < other.sortedHashes.count {
            let a = sortedHashes[i]
            let b = other.sortedHashes[j]
            if a < b { i += 1 } else if b < a { j += 1 } else {
                distinct += 1
                weighted += Int(min(counts[i], other.counts[j]))
                i += 1; j += 1
            }
        }
        return (distinct, weighted)
    }

    /// Number of distinct hashes the two bags share.
    ///
    /// - Complexity: O(n + m).
    public func intersectionCount(with other: ShingleBag) -> Int { overlap(with: other).distinct }

    /// Exact Jaccard similarity of the distinct hash sets, |A ∩ B| / |A ∪ B|; 1 for two empty bags.
    ///
    /// - Complexity: O(n + m).
    public func jaccard(_ other: ShingleBag) -> Double {
        let shared = overlap(with: other).distinct
        let union = distinctCount + other.distinctCount - shared
        return union == 0 ? 1 : Double(shared) / Double(union)
    }

    /// Exact containment of this bag's distinct hashes in `other`, |A ∩ B| / |A|; 0 when this bag is empty.
    ///
    /// Asymmetric on purpose: a clone that adds code around what it took still contains all of it.
    /// - Complexity: O(n + m).
    public func containment(in other: ShingleBag) -> Double {
        guard distinctCount > 0 else { return 0 }
        return Double(overlap(with: other).distinct) / Double(distinctCount)
    }

    /// Weighted (multiset) Jaccard: Σ min(a, b) / Σ max(a, b) over all hashes; 1 for two empty bags.
    ///
    /// - Complexity: O(n + m).
    public func weightedJaccard(_ other: ShingleBag) -> Double {
        let shared = overlap(with: other).weighted
        let union = count + other.count - shared  // Σ max = Σ a + Σ b − Σ min
        return union == 0 ? 1 : Double(shared) / Double(union)
    }

    /// Weighted containment: Σ min(a, b) / Σ a — how many of this bag's shingle occurrences `other` covers.
    ///
    /// - Complexity: O(n + m).
    public func weightedContainment(in other: ShingleBag) -> Double {
        guard count > 0 else { return 0 }
        return Double(overlap(with: other).weighted) / Double(count)
    }
}

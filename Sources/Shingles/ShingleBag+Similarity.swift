/// Exact similarities between bags, used to verify what MinHash estimates.
extension ShingleBag {
    /// Sizes of the set (distinct) and multiset (weighted) intersections, from one linear merge.
    @usableFromInline
    func overlap(with other: ShingleBag) -> (distinct: Int, weighted: Int) {
        // The verification hot loop: raw buffers, no bounds checks, no allocation.
        sortedHashes.withUnsafeBufferPointer { x in
            other.sortedHashes.withUnsafeBufferPointer { y in
                counts.withUnsafeBufferPointer { cx in
                    other.counts.withUnsafeBufferPointer { cy in
                        var i = 0, j = 0, distinct = 0, weighted = 0
                        let n = min(x.count, cx.count), m = min(y.count, cy.count)
                        while i < n && j < m {
                            let a = x[i], b = y[j]
                            if a < b { i += 1 } else if b < a { j += 1 } else {
                                distinct += 1
                                weighted += Int(min(cx[i], cy[j]))
                                i += 1; j += 1
                            }
                        }
                        return (distinct, weighted)
                    }
                }
            }
        }
    }

    /// Containment of each bag's distinct hashes in the other, (|A ∩ B| / |A|, |A ∩ B| / |B|), from one merge;
    /// 0 for an empty side.
    ///
    /// - Complexity: O(n + m).
    public func mutualContainment(_ other: ShingleBag) -> (ofSelf: Double, ofOther: Double) {
        let shared = Double(overlap(with: other).distinct)
        return (distinctCount > 0 ? shared / Double(distinctCount) : 0, other.distinctCount > 0 ? shared / Double(other.distinctCount) : 0)
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

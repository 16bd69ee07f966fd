/// Choosing bands and rows for a threshold, as datasketch's `_optimal_param` does.
extension LSHParameters {
    /// The (b, r) with b · r ≤ `numPerm` and b ≤ `maxBands` minimising
    /// `falsePositiveWeight · ∫₀ᵗ P(s) ds + falseNegativeWeight · ∫ₜ¹ (1 − P(s)) ds`, where
    /// P(s) = 1 − (1 − sʳ)ᵇ is the candidate probability at similarity s.
    ///
    /// The integrals are the expected false-positive and false-negative rates when similarities are
    /// spread uniformly, so raising `falseNegativeWeight` trades precision for recall. Ties keep the
    /// first (b, r) in b-major order, as datasketch does, so results match it. `maxBands` caps the bands
    /// when each one costs storage (an index keeps one row per band and unit); without it the search is datasketch's.
    ///
    /// - Complexity: O(K log K) candidate pairs, each integrated with 64-interval Simpson's rule.
    public static func optimal(
        threshold: Double, numPerm: Int, falsePositiveWeight: Double = 0.5, falseNegativeWeight: Double = 0.5,
        maxBands: Int? = nil
    ) -> LSHParameters {
        let t = min(1, max(0, threshold))
        var best = LSHParameters(bands: 1, rows: max(1, min(numPerm, 1)))
        var bestError = Double.infinity
        guard numPerm >= 1 else { return best }
        for b in 1...max(1, min(numPerm, maxBands ?? numPerm)) {
            for r in 1...(numPerm / b) {
                let candidate = LSHParameters(bands: b, rows: r)
                let falsePositive = integrate(from: 0, to: t) { candidate.candidateProbability(similarity: $0) }
                let falseNegative = integrate(from: t, to: 1) { 1 - candidate.candidateProbability(similarity: $0) }
                let error = falsePositiveWeight * falsePositive + falseNegativeWeight * falseNegative
                if error < bestError {
                    bestError = error
                    best = candidate
                }
            }
        }
        return best
    }

    /// Jaccard threshold that corresponds to a containment threshold (LSH Ensemble, Zhu et al. 2016).
    ///
    /// A query Q of `querySize` distinct shingles contained to degree c in a candidate X of at most
    /// `candidateSize` has Jaccard at least c·|Q| / (|Q| + |X| − c·|Q|). Indexing candidates in
    /// partitions of similar size and querying each partition with its own Jaccard threshold is how
    /// LSH Ensemble searches for containment with Jaccard LSH.
    public static func jaccardThreshold(forContainment containment: Double, querySize: Int, candidateSize: Int) -> Double {
        let c = min(1, max(0, containment))
        let q = Double(max(0, querySize))
        let x = Double(max(0, candidateSize))
        let denominator = q + x - c * q
        return denominator > 0 ? min(1, c * q / denominator) : 0
    }

    /// Composite Simpson's rule; P(s) is a polynomial, so 64 intervals are accurate to ~1e-7.
    static func integrate(from a: Double, to b: Double, _ f: (Double) -> Double) -> Double {
        guard b > a else { return 0 }
        let n = 64
        let h = (b - a) / Double(n)
        var sum = f(a) + f(b)
        for i in 1..<n { sum += f(a + Double(i) * h) * (i % 2 == 1 ? 4 : 2) }
        return sum * h / 3
    }
}

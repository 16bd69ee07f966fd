/// Similarity estimates between signatures.
extension MinHashSignature {
    /// Throws ``SketchError/parameterMismatch(_:)`` naming every parameter that differs.
    public func checkComparable(with other: MinHashSignature) throws(SketchError) {
        if let difference = parameters.differences(from: other.parameters) {
            throw .parameterMismatch("cannot compare signatures with different parameters: \(difference)")
        }
    }

    /// Estimated Jaccard similarity |A ∩ B| / |A ∪ B|: the fraction of equal values.
    ///
    /// Unbiased for both kinds; standard error √(J(1−J)/K) (see ``jaccardStandardError(_:numPerm:)``).
    /// Two empty sets have similarity 1, an empty and a non-empty set 0.
    /// - Throws: ``SketchError/parameterMismatch(_:)`` when K, seed or kind differ.
    /// - Complexity: O(K).
    public func jaccard(_ other: MinHashSignature) throws(SketchError) -> Double {
        try checkComparable(with: other)
        if isEmpty || other.isEmpty { return isEmpty && other.isEmpty ? 1 : 0 }
        var equal = 0
        values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                for i in 0..<a.count where a[i] == b[i] { equal += 1 }
            }
        }
        return Double(equal) / Double(values.count)
    }

    /// Estimated containment of this set in `other`, |A ∩ B| / |A|.
    ///
    /// From the Jaccard estimate J and the set sizes: |A ∩ B| = J(|A| + |B|)/(1 + J), divided by |A|
    /// and clamped to [0, 1]. Asymmetric: a clone that adds code around what it took contains all of it
    /// while its Jaccard similarity to the original is low. An empty set has containment 0.
    /// - Throws: ``SketchError/parameterMismatch(_:)`` when K, seed or kind differ.
    /// - Complexity: O(K).
    public func containment(in other: MinHashSignature) throws(SketchError) -> Double {
        let j = try jaccard(other)
        return Self.containment(jaccard: j, size: setSize, otherSize: other.setSize)
    }

    /// Containment |A ∩ B| / |A| implied by Jaccard `jaccard` and the two set sizes, clamped to [0, 1].
    public static func containment(jaccard: Double, size: Int, otherSize: Int) -> Double {
        guard size > 0 else { return 0 }
        let intersection = jaccard * Double(size + otherSize) / (1 + jaccard)
        return min(1, max(0, intersection / Double(size)))
    }

    /// Standard error of a K-value Jaccard estimate when the true similarity is `jaccard`.
    public static func jaccardStandardError(_ jaccard: Double, numPerm: Int) -> Double {
        guard numPerm > 0 else { return .infinity }
        return (max(0, jaccard * (1 - jaccard)) / Double(numPerm)).squareRoot()
    }

    /// Standard error of the containment estimate, propagated from the Jaccard error (delta method):
    /// dC/dJ = (|A| + |B|) / (|A| (1 + J)²).
    public static func containmentStandardError(jaccard: Double, size: Int, otherSize: Int, numPerm: Int) -> Double {
        guard size > 0 else { return 0 }
        let slope = Double(size + otherSize) / (Double(size) * (1 + jaccard) * (1 + jaccard))
        return slope * jaccardStandardError(jaccard, numPerm: numPerm)
    }
}

/// Locality-sensitive hashing by banding: a signature's K values are cut into `bands` bands of `rows`
/// values; two signatures become candidates when any band is identical.
///
/// Two sets of Jaccard similarity s collide in a band with probability sʳ, so they become candidates
/// with probability 1 − (1 − sʳ)ᵇ — an S-curve whose midpoint ``optimal(threshold:numPerm:falsePositiveWeight:falseNegativeWeight:)``
/// places at a chosen threshold.
public struct LSHParameters: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Number of bands (b), each giving one key.
    public var bands: Int
    /// Signature values per band (r).
    public var rows: Int

    /// Creates parameters; ``validate(numPerm:)`` checks them against a signature size.
    public init(bands: Int, rows: Int) {
        self.bands = bands
        self.rows = rows
    }

    /// Signature values the bands use (b · r); at most K.
    public var valuesUsed: Int { bands * rows }

    /// Throws unless bands and rows are positive and b · r ≤ `numPerm`.
    public func validate(numPerm: Int) throws(SketchError) {
        guard bands > 0, rows > 0 else {
            throw .invalidParameters("LSH bands and rows must be positive, got b=\(bands) r=\(rows)")
        }
        guard bands <= numPerm, rows <= numPerm, bands * rows <= numPerm else {
            throw .invalidParameters("LSH b=\(bands) × r=\(rows) needs \(bands * rows) values but the signature has \(numPerm)")
        }
    }

    /// Probability that two sets of Jaccard similarity `similarity` share at least one band key.
    public func candidateProbability(similarity: Double) -> Double {
        let s = min(1, max(0, similarity))
        return 1 - Self.power(1 - Self.power(s, rows), bands)
    }

    /// `b=… r=…`.
    public var description: String { "b=\(bands) r=\(rows)" }

    @inline(__always)
    static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        var b = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 { result *= b }
            b *= b
            e >>= 1
        }
        return result
    }
}

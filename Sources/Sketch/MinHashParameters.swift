/// Everything that determines a MinHash signature besides its input; signatures are comparable only
/// when their parameters are equal, and an index records these to refuse a mismatched query.
public struct MinHashParameters: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How the K values of a signature are produced.
    public enum Kind: UInt8, Sendable, Hashable, Codable, CustomStringConvertible {
        /// K independent permutations, the minimum of each (O(n · K), vectorised across permutations).
        case classic = 0
        /// One permutation split into K bins, empty bins filled by optimal densification (O(n + K)).
        case onePermutation = 1

        /// The name used in messages and documentation.
        public var description: String {
            switch self {
            case .classic: "classic"
            case .onePermutation: "onePermutation"
            }
        }
    }

    /// Number of values in a signature (K). The standard error of a Jaccard estimate is √(J(1−J)/K).
    public var numPerm: Int
    /// Seed from which every permutation is derived; the same seed gives the same signature anywhere.
    public var seed: UInt64
    /// Classic or one-permutation hashing.
    public var kind: Kind

    /// The default: K = 128, seed 1 (datasketch's default seed), one-permutation — the fastest form on
    /// every CPU without special build flags (about 490 M shingles/s here), as accurate as classic in the tests.
    public static let `default` = MinHashParameters()

    /// Creates parameters. `numPerm` must be in 1...65536; ``MinHasher/init(_:)`` checks it.
    public init(numPerm: Int = 128, seed: UInt64 = 1, kind: Kind = .onePermutation) {
        self.numPerm = numPerm
        self.seed = seed
        self.kind = kind
    }

    /// The largest K accepted; keeps a corrupted header from asking for gigabytes.
    public static let maxNumPerm = 65536

    /// Throws unless `numPerm` is in 1...``maxNumPerm``.
    public func validate() throws(SketchError) {
        guard (1...Self.maxNumPerm).contains(numPerm) else {
            throw .invalidParameters("numPerm must be in 1...\(Self.maxNumPerm), got \(numPerm)")
        }
    }

    /// `K=128 seed=1 kind=classic`.
    public var description: String { "K=\(numPerm) seed=\(seed) kind=\(kind)" }

    /// Names every field that differs from `other`, or nil when they are equal.
    public func differences(from other: MinHashParameters) -> String? {
        var parts: [String] = []
        if numPerm != other.numPerm { parts.append("numPerm (K) \(numPerm) vs \(other.numPerm)") }
        if seed != other.seed { parts.append("seed \(seed) vs \(other.seed)") }
        if kind != other.kind { parts.append("kind \(kind) vs \(other.kind)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

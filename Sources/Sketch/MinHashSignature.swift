/// A MinHash signature: K 32-bit values summarising a set of shingle hashes, plus the set's size.
///
/// The fraction of equal values between two signatures (same parameters) estimates the Jaccard
/// similarity of their sets; with the set sizes it also estimates containment. Values are 32 bits
/// because a signature is stored per unit in the index: 512 bytes at K = 128 instead of 1 KiB, at the
/// cost of a spurious-equality rate of about 2⁻³² per value, far below the estimator's own error.
public struct MinHashSignature: Sendable, Hashable {
    /// The parameters the signature was built with.
    public let parameters: MinHashParameters
    /// K values; `UInt32.max` in every slot for the empty set.
    public let values: [UInt32]
    /// Number of distinct shingles in the set (needed to turn Jaccard into containment).
    public let setSize: Int

    /// Creates a signature from its parts; fails unless `values.count == parameters.numPerm`.
    public init(parameters: MinHashParameters, values: [UInt32], setSize: Int) throws(SketchError) {
        try parameters.validate()
        guard values.count == parameters.numPerm else {
            throw .invalidParameters("signature has \(values.count) values but numPerm is \(parameters.numPerm)")
        }
        guard setSize >= 0 else { throw .invalidParameters("set size \(setSize) is negative") }
        self.parameters = parameters
        self.values = values
        self.setSize = setSize
    }

    /// For producers inside this module that construct values of the right length by design.
    init(unchecked parameters: MinHashParameters, values: [UInt32], setSize: Int) {
        self.parameters = parameters
        self.values = values
        self.setSize = setSize
    }

    /// The signature of the empty set (`UInt32.max` in every slot).
    public static func empty(_ parameters: MinHashParameters) -> MinHashSignature {
        MinHashSignature(unchecked: parameters, values: Array(repeating: .max, count: max(0, parameters.numPerm)), setSize: 0)
    }

    /// Whether the signature summarises the empty set.
    public var isEmpty: Bool { setSize == 0 }
}

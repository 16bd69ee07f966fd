/// A winnowed fingerprint: a shingle hash and where it was found.
///
/// `position` is the index of the shingle in the unit's shingle list (for token shingles, the index of
/// the first token of the k-gram), which a report maps back to lines to align matched regions.
public struct Fingerprint: Sendable, Hashable {
    /// The shingle hash.
    public var hash: UInt64
    /// Index of the shingle in its unit.
    public var position: Int32

    /// Creates a fingerprint.
    @inlinable
    public init(hash: UInt64, position: Int32) {
        self.hash = hash
        self.position = position
    }
}

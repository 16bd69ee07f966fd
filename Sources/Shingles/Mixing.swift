/// Small, fixed integer mixers shared by the shingle and sketch stages.
///
/// These are pure integer arithmetic with fixed constants, so they give identical results on every
/// machine; changing any constant changes every stored sketch and must bump the sketch format version.
public enum Mixing {
    /// MurmurHash3's 64-bit finaliser: a bijection with full avalanche.
    ///
    /// Used where a value is already a hash and only needs re-keying with a seed (cheaper than XXH3).
    @inlinable
    public static func fmix64(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// Order-dependent combination of a running hash with one more value.
    ///
    /// Not commutative on purpose: the children of a syntax node are ordered, and `f(a, b)` and
    /// `f(b, a)` must differ.
    @inlinable
    public static func combine(_ accumulator: UInt64, _ value: UInt64) -> UInt64 {
        fmix64((accumulator &* 0x9E37_79B9_7F4A_7C15) ^ value)
    }
}

/// SplitMix64, the reproducible generator used to expand a user's seed into per-permutation constants.
///
/// Chosen because its output is fully specified by a few lines of integer arithmetic, so the
/// expansion of a seed never depends on the Swift standard library's random-number implementation.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    /// Creates a generator whose sequence is a pure function of `seed`.
    @inlinable
    public init(seed: UInt64) { state = seed }

    /// The next 64-bit value.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

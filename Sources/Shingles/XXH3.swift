import CXXHash

/// 64-bit XXH3 hashing, the one hash function every shingle channel uses.
///
/// A thin wrapper over libxxhash's `XXH3_64bits_withSeed`. XXH3 output is specified byte-for-byte by
/// the xxHash project, so the values are the same on every machine and every release of the library;
/// that is what lets an index built on one machine be queried from another.
public enum XXH3 {
    /// Hashes raw bytes.
    ///
    /// - Complexity: O(n) in the number of bytes.
    @inlinable
    public static func hash64(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        XXH3_64bits_withSeed(bytes.baseAddress, bytes.count, seed)
    }

    /// Hashes the UTF-8 bytes of a string.
    ///
    /// - Complexity: O(n) in the UTF-8 length; no copy when the string is already native UTF-8.
    public static func hash64(_ string: String, seed: UInt64) -> UInt64 {
        var string = string
        return string.withUTF8 { hash64(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// Hashes a window of 32-bit token ids in little-endian byte order.
    ///
    /// Token ids are hashed as little-endian bytes so the value is the same on any machine; on the
    /// little-endian machines Swift targets today this is the in-memory layout and costs no copy.
    ///
    /// - Complexity: O(`tokens.count`).
    @inlinable
    public static func hash64(tokens: UnsafeBufferPointer<UInt32>, seed: UInt64) -> UInt64 {
        #if _endian(little)
        return XXH3_64bits_withSeed(tokens.baseAddress, tokens.count &* 4, seed)
        #else
        return hashSwappingToLittleEndian(tokens, seed: seed)
        #endif
    }

    /// Hashes a list of 64-bit values (e.g. a pair of word hashes) in little-endian byte order.
    ///
    /// - Complexity: O(`values.count`).
    @inlinable
    public static func hash64(values: UnsafeBufferPointer<UInt64>, seed: UInt64) -> UInt64 {
        #if _endian(little)
        return XXH3_64bits_withSeed(values.baseAddress, values.count &* 8, seed)
        #else
        let swapped = values.map { $0.littleEndian }
        return swapped.withUnsafeBytes { hash64($0, seed: seed) }
        #endif
    }

    #if _endian(big)
    @usableFromInline
    static func hashSwappingToLittleEndian(_ tokens: UnsafeBufferPointer<UInt32>, seed: UInt64) -> UInt64 {
        let swapped = tokens.map { $0.littleEndian }
        return swapped.withUnsafeBytes { hash64($0, seed: seed) }
    }
    #endif
}

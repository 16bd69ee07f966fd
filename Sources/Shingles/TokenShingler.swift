/// Turns a normalised token stream into hashed k-grams (shingles).
///
/// Shingle `i` is the XXH3 hash of `tokens[i ..< i + k]` (token ids as little-endian `UInt32`).
/// A stream shorter than `k` but not empty yields one shingle for the whole stream, so a tiny unit
/// still has something to match on.
public struct TokenShingler: Sendable, Hashable {
    /// Tokens per shingle.
    public let k: Int
    /// XXH3 seed; shingles with different seeds are unrelated.
    public let seed: UInt64

    /// Creates a shingler for `k`-grams; `k` below 1 is treated as 1.
    public init(k: Int, seed: UInt64 = 0) {
        self.k = max(1, k)
        self.seed = seed
    }

    /// The number of shingles `shingles(of:)` returns for a stream of `count` tokens.
    @inlinable
    public func shingleCount(forTokenCount count: Int) -> Int {
        count <= 0 ? 0 : max(1, count - k + 1)
    }

    /// Hashes every k-gram of `tokens`.
    ///
    /// - Complexity: O(n · k) byte hashing, one allocation for the result; the loop itself allocates nothing.
    public func shingles(of tokens: [UInt32]) -> [UInt64] {
        tokens.withUnsafeBufferPointer { source in
            let count = shingleCount(forTokenCount: source.count)
            return [UInt64](unsafeUninitializedCapacity: count) { out, initialised in
                write(source, into: out)
                initialised = count
            }
        }
    }

    /// Hashes every k-gram of `tokens` into `output`, which must hold `shingleCount(forTokenCount:)` values.
    ///
    /// The allocation-free form for callers that reuse a buffer across units.
    /// - Returns: The number of shingles written.
    @discardableResult
    public func write(_ tokens: UnsafeBufferPointer<UInt32>, into output: UnsafeMutableBufferPointer<UInt64>) -> Int {
        let count = min(shingleCount(forTokenCount: tokens.count), output.count)
        guard count > 0, let base = tokens.baseAddress else { return 0 }
        let width = min(k, tokens.count)
        for i in 0..<count {
            output[i] = XXH3.hash64(tokens: UnsafeBufferPointer(start: base + i, count: width), seed: seed)
        }
        return count
    }
}

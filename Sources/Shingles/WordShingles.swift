/// Seeds that keep the feature channels apart: the same string as an identifier sub-word and as a
/// literal must not count as the same shingle.
public enum ChannelSeed {
    /// Identifier sub-words (`parse_header` → `parse`, `header`).
    public static let words: UInt64 = 0x574F_5244_0000_0001
    /// Pairs of consecutive sub-words.
    public static let wordBigrams: UInt64 = 0x574F_5244_0000_0002
    /// String and number literals.
    public static let literals: UInt64 = 0x4C49_5445_0000_0001
    /// Words of comments and docstrings (hashed in pairs of consecutive words).
    public static let comments: UInt64 = 0x434F_4D4D_0000_0001
    /// Normalised names of called functions.
    public static let calls: UInt64 = 0x4341_4C4C_0000_0001
}

/// Hashes each word (an identifier sub-word) with XXH3.
///
/// Words are hashed as given; lower-casing and splitting are the front end's job.
/// - Complexity: O(total UTF-8 length).
public func wordShingles(_ words: [String], seed: UInt64 = ChannelSeed.words) -> [UInt64] {
    words.map { XXH3.hash64($0, seed: seed) }
}

/// Hashes each pair of consecutive words, which keeps some of the order that single words lose.
///
/// Pair `i` hashes the two word hashes of `words[i]` and `words[i + 1]`; fewer than two words give none.
/// - Complexity: O(total UTF-8 length).
public func wordBigramShingles(_ words: [String], seed: UInt64 = ChannelSeed.wordBigrams) -> [UInt64] {
    guard words.count >= 2 else { return [] }
    let single = wordShingles(words, seed: seed)
    var out: [UInt64] = []
    out.reserveCapacity(single.count - 1)
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2) { pair in
        for i in 0..<(single.count - 1) {
            pair[0] = single[i]
            pair[1] = single[i + 1]
            out.append(XXH3.hash64(values: UnsafeBufferPointer(pair), seed: seed))
        }
    }
    return out
}

/// Hashes one literal (its normalised text) for the literal channel.
public func literalHash(_ literal: String, seed: UInt64 = ChannelSeed.literals) -> UInt64 {
    XXH3.hash64(literal, seed: seed)
}

/// Hashes literals for the literal channel, one hash per literal.
public func literalShingles(_ literals: [String], seed: UInt64 = ChannelSeed.literals) -> [UInt64] {
    literals.map { literalHash($0, seed: seed) }
}

/// Robust winnowing (Schleimer, Wilkerson, Aiken 2003): picks position-bearing fingerprints.
///
/// In every window of `window` consecutive shingle hashes the minimum is selected; a fingerprint is
/// recorded whenever the selection changes. Ties keep the previous selection while it is in the window
/// and otherwise take the rightmost minimum, which is what makes it "robust": runs of equal hashes
/// (repeated code) do not produce a fingerprint per position. The guarantee: any match of at least
/// `window` consecutive shingles shares at least one fingerprint.
public struct Winnower: Sendable, Hashable {
    /// Window size in shingles (the paper's `w`); values below 1 are treated as 1.
    public let window: Int

    /// Creates a winnower.
    public init(window: Int) {
        self.window = max(1, window)
    }

    /// Fingerprints of `hashes`, in increasing position order.
    ///
    /// Fewer hashes than the window (but at least one) give a single fingerprint: the rightmost minimum.
    /// Positions beyond `Int32.max` are not representable; such inputs are cut at `Int32.max` shingles.
    ///
    /// - Complexity: O(n) expected (O(n · w) worst case for adversarial, decreasing-then-rescanned input).
    public func fingerprints(_ hashes: [UInt64]) -> [Fingerprint] {
        hashes.withUnsafeBufferPointer { fingerprints($0) }
    }

    /// Fingerprints of a buffer of hashes; see ``fingerprints(_:)-(Array<UInt64>)``.
    public func fingerprints(_ hashes: UnsafeBufferPointer<UInt64>) -> [Fingerprint] {
        var out: [Fingerprint] = []
        out.reserveCapacity(2 * hashes.count / (min(window, max(hashes.count, 1)) + 1) + 2)  // expected density is 2/(w+1)
        forEachFingerprint(hashes) { out.append($0) }
        return out
    }

    /// Calls `body` with each fingerprint of `hashes`, in increasing position order, without building an array
    /// (the feature extractor appends them to a unit's own list).
    public func forEachFingerprint(_ hashes: UnsafeBufferPointer<UInt64>, _ body: (Fingerprint) -> Void) {
        let n = min(hashes.count, Int(Int32.max))
        guard n > 0 else { return }
        let w = min(window, n)

        // Rightmost minimum of the first full window.
        var selected = 0
        for i in 1..<w where hashes[i] <= hashes[selected] { selected = i }
        body(Fingerprint(hash: hashes[selected], position: Int32(selected)))

        var end = w  // next index to enter; the window is (end - w) ..< end
        while end < n {
            let start = end - w + 1
            if selected < start {
                // The selection slid out: rescan for the rightmost minimum of the new window.
                selected = start
                for i in start..<(end + 1) where hashes[i] <= hashes[selected] { selected = i }
                body(Fingerprint(hash: hashes[selected], position: Int32(selected)))
            } else if hashes[end] < hashes[selected] {
                // A strictly smaller newcomer wins; an equal one keeps the current selection (robustness).
                selected = end
                body(Fingerprint(hash: hashes[selected], position: Int32(selected)))
            }
            end += 1
        }
    }
}

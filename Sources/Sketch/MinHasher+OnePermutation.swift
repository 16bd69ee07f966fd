import Shingles

/// One-permutation hashing (Li, Owen, Zhang 2012) with optimal densification (Shrivastava 2017).
///
/// Each shingle hash is re-keyed with the seed (MurmurHash3's finaliser, a bijection), its high 32
/// bits choose one of K bins and its low 32 bits are the value; each bin keeps its minimum. That is one
/// multiply-shift and one compare per shingle instead of K, hence O(n + K).
///
/// Sets smaller than K leave bins empty. Optimal densification fills empty bin i from the first
/// non-empty bin along a probe sequence `next(i, 1), next(i, 2), …` given by a seeded hash of
/// (i, attempt). Two sets use the same probe sequences, so a bin empty in both copies from the same
/// place exactly when that place is non-empty in both, which keeps the estimator unbiased with
/// variance close to the classic form's.
extension MinHasher {
    func onePermutation(_ hashes: UnsafeBufferPointer<UInt64>, into bins: UnsafeMutableBufferPointer<UInt32>) {
        let k = bins.count
        let kk = UInt64(k)
        for i in 0..<k { bins[i] = .max }
        guard !hashes.isEmpty else { return }
        let key = binKey
        for hash in hashes {
            let mixed = Mixing.fmix64(hash ^ key)
            let bin = Int(truncatingIfNeeded: ((mixed >> 32) &* kk) >> 32)  // Lemire's range reduction
            let value = UInt32(truncatingIfNeeded: mixed)
            bins[bin] = min(bins[bin], value)  // branch-free: in small units a quarter of updates store, and a branch would mispredict
        }
        densify(bins)
    }

    /// Bin `i`'s probe at `attempt` (1-based): a seeded hash of (i, attempt) reduced to a bin.
    @inline(__always)
    static func probe(_ i: Int, attempt: UInt64, probeKey: UInt64, k: Int) -> Int {
        let mixed = Mixing.fmix64(probeKey ^ (UInt64(i) << 32 | attempt))
        return Int(truncatingIfNeeded: ((mixed >> 32) &* UInt64(k)) >> 32)
    }

    static func probeTable(numPerm k: Int, probeKey: UInt64) -> [UInt16] {
        var table: [UInt16] = []
        table.reserveCapacity(k * probeDepth)
        for i in 0..<k {
            for attempt in 1...probeDepth { table.append(UInt16(truncatingIfNeeded: probe(i, attempt: UInt64(attempt), probeKey: probeKey, k: k))) }
        }
        return table
    }

    /// Fills empty bins (still `UInt32.max`) in place.
    ///
    /// A genuine minimum of exactly `UInt32.max` is indistinguishable from empty and is treated as
    /// empty; that happens with probability 2⁻³² per bin and only shifts where the bin copies from.
    func densify(_ bins: UnsafeMutableBufferPointer<UInt32>) {
        let k = bins.count
        let depth = Self.probeDepth
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: k) { empty in
            var emptyCount = 0
            for i in 0..<k {
                empty[i] = bins[i] == .max
                if empty[i] { emptyCount += 1 }
            }
            guard emptyCount > 0, emptyCount < k else { return }
            probes.withUnsafeBufferPointer { table in
                for i in 0..<k where empty[i] {
                    // The probe sequence finds a non-empty bin after K / (K − empty) attempts on average: the
                    // first `depth` come from the table, later ones are hashed; the cap only guarantees
                    // termination, falling back to the next non-empty bin.
                    var found = false
                    let row = i * depth
                    for a in 0..<depth {
                        let source = Int(table[row + a])
                        if !empty[source] {
                            bins[i] = bins[source]
                            found = true
                            break
                        }
                    }
                    if found { continue }
                    var attempt = UInt64(depth + 1)
                    let cap = UInt64(64 * k)
                    while attempt <= cap {
                        let source = Self.probe(i, attempt: attempt, probeKey: probeKey, k: k)
                        if !empty[source] {
                            bins[i] = bins[source]
                            break
                        }
                        attempt &+= 1
                    }
                    if attempt > cap {
                        var j = (i + 1) % k
                        while empty[j] { j = (j + 1) % k }
                        bins[i] = bins[j]
                    }
                }
            }
        }
    }
}

import Shingles

/// Computes MinHash signatures of shingle-hash sets.
///
/// Inputs are 64-bit shingle hashes that are already uniformly distributed (XXH3 output), so the
/// permutations can be cheap: see `MinHasher+Classic.swift` and `MinHasher+OnePermutation.swift`.
/// A hasher is an immutable value; build one per parameter set and share it freely across threads.
public struct MinHasher: Sendable {
    /// The parameters every signature from this hasher carries.
    public let parameters: MinHashParameters
    /// The code path used for classic signatures.
    public let implementation: MinHashImplementation

    /// Classic form: permutation k maps a 32-bit folded hash x to `a[k] · x + b[k] (mod 2³²)`.
    /// Stored padded to whole 16-lane vectors; lanes beyond K are computed and dropped.
    let multipliers: [SIMD16<UInt32>]
    let increments: [SIMD16<UInt32>]
    /// One-permutation form: keys for re-mixing the shingle hash and for the densification probes.
    let binKey: UInt64
    let probeKey: UInt64
    /// The first ``probeDepth`` bins of every bin's densification probe sequence, `probes[i · probeDepth + a − 1]`
    /// for attempt a: the sequences depend only on the seed, so small units look them up instead of hashing.
    let probes: [UInt16]
    static let probeDepth = 32

    /// Creates a hasher, deriving every constant from `parameters.seed` with SplitMix64.
    ///
    /// - Parameter implementation: defaults to ``MinHashImplementation/current`` (environment switch).
    /// - Throws: ``SketchError/invalidParameters(_:)`` when K is out of range.
    public init(_ parameters: MinHashParameters, implementation: MinHashImplementation = .current) throws(SketchError) {
        try parameters.validate()
        self.parameters = parameters
        self.implementation = implementation
        var rng = SplitMix64(seed: parameters.seed)
        let groups = (parameters.numPerm + 15) / 16
        var multipliers: [SIMD16<UInt32>] = []
        var increments: [SIMD16<UInt32>] = []
        for _ in 0..<groups {
            var a = SIMD16<UInt32>()
            var b = SIMD16<UInt32>()
            for lane in 0..<16 {
                let r = rng.next()
                a[lane] = UInt32(truncatingIfNeeded: r) | 1  // odd: a bijection of 32-bit values
                b[lane] = UInt32(truncatingIfNeeded: r >> 32)
            }
            multipliers.append(a)
            increments.append(b)
        }
        self.multipliers = multipliers
        self.increments = increments
        binKey = rng.next()
        probeKey = rng.next()
        probes = Self.probeTable(numPerm: parameters.numPerm, probeKey: probeKey)
    }

    /// Signature of a set of shingle hashes.
    ///
    /// Duplicates do not change the signature; `distinctCount` is recorded as the set size (pass
    /// ``ShingleBag/distinctCount`` or the count after deduplication).
    ///
    /// - Complexity: O(n · K) for classic (vectorised), O(n + K) expected for one-permutation; the
    ///   inner loops allocate nothing.
    public func signature(of hashes: UnsafeBufferPointer<UInt64>, distinctCount: Int) -> MinHashSignature {
        let k = parameters.numPerm
        let values = [UInt32](unsafeUninitializedCapacity: k) { out, initialised in
            switch parameters.kind {
            case .classic: classic(hashes, into: out)
            case .onePermutation: onePermutation(hashes, into: out)
            }
            initialised = k
        }
        return MinHashSignature(unchecked: parameters, values: values, setSize: hashes.isEmpty ? 0 : max(1, distinctCount))
    }

    /// Signature of the distinct hashes of a bag.
    public func signature(of bag: ShingleBag) -> MinHashSignature {
        bag.sortedHashes.withUnsafeBufferPointer { signature(of: $0, distinctCount: bag.distinctCount) }
    }

    /// Signature of a collection of shingle hashes, counting distinct values for the set size.
    ///
    /// - Complexity: as ``signature(of:distinctCount:)`` plus O(n log n) to count distinct hashes.
    public func signature(of hashes: some Collection<UInt64>) -> MinHashSignature {
        var sorted = Array(hashes)
        sorted.sort()
        var distinct = 0
        var previous: UInt64? = nil
        for h in sorted where h != previous { distinct += 1; previous = h }
        return sorted.withUnsafeBufferPointer { signature(of: $0, distinctCount: distinct) }
    }
}

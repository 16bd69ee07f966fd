// Sketch suite: the throughput anchors of issue 5 (shingles/s into a K=128 signature for both
// MinHash forms, XXH3 hashes/s, LSH keys/s). Each benchmark does one million units of work per
// iteration with scalingFactor .mega, so the reported throughput reads directly as "M per second".
import Benchmark
import Shingles
import Sketch

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        scalingFactor: .mega,
        maxDuration: .seconds(2),
        maxIterations: 200
    )
    let million = 1_000_000

    // Pre-hashed shingles: one set of a million, as one large unit (a whole repository's channel).
    var rng = SplitMix64(seed: 2026)
    let shingles = (0..<million).map { _ in rng.next() }

    for (label, kind, implementation) in [
        ("MinHash classic K=128 SIMD (M shingles/s)", MinHashParameters.Kind.classic, MinHashImplementation.vector),
        ("MinHash classic K=128 portable (M shingles/s)", .classic, .portable),
        ("MinHash one-permutation K=128 (M shingles/s)", .onePermutation, .vector),
    ] {
        guard let hasher = try? MinHasher(MinHashParameters(numPerm: 128, seed: 1, kind: kind), implementation: implementation) else {
            fatalError("K=128 is a valid parameter set")
        }
        Benchmark(label) { _ in
            shingles.withUnsafeBufferPointer { blackHole(hasher.signature(of: $0, distinctCount: million)) }
        }
    }

    // Units of 1,000 shingles: the per-function case, where one-permutation densification and
    // per-signature set-up show.
    for kind in [MinHashParameters.Kind.classic, .onePermutation] {
        guard let hasher = try? MinHasher(MinHashParameters(numPerm: 128, seed: 1, kind: kind)) else { fatalError() }
        Benchmark("MinHash \(kind) K=128, 1000-shingle units (M shingles/s)") { _ in
            shingles.withUnsafeBufferPointer { all in
                var offset = 0
                while offset < all.count {
                    blackHole(hasher.signature(of: UnsafeBufferPointer(rebasing: all[offset..<(offset + 1000)]), distinctCount: 1000))
                    offset += 1000
                }
            }
        }
    }

    // XXH3 over 5-token windows (20 bytes), the structure channel's shingles.
    let tokens = (0..<(million + 4)).map { _ in UInt32(truncatingIfNeeded: rng.next() % 300) }
    let shingler = TokenShingler(k: 5, seed: 0)
    Benchmark("XXH3 5-token shingles (M hashes/s)") { _ in
        var out = [UInt64](repeating: 0, count: million)
        tokens.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { blackHole(shingler.write(source, into: $0)) }
        }
        blackHole(out)
    }

    // LSH: 16 bands of 8 rows, 62,500 signatures = one million keys per iteration.
    guard let oph = try? MinHasher(MinHashParameters(numPerm: 128, seed: 1, kind: .onePermutation)) else { fatalError() }
    let signatures = (0..<64).map { i in
        shingles.withUnsafeBufferPointer { oph.signature(of: UnsafeBufferPointer(rebasing: $0[(i * 1000)..<(i * 1000 + 1000)]), distinctCount: 1000) }
    }
    let lsh = LSHParameters(bands: 16, rows: 8)
    Benchmark("LSH band keys b=16 r=8 (M keys/s)") { _ in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { keys in
            for i in 0..<62_500 {
                signatures[i & 63].values.withUnsafeBufferPointer { lsh.writeBandKeys($0, into: keys) }
                blackHole(keys[0])
            }
        }
    }

    // Shingle bags of 2,000-shingle units with repeats (a long function's structure channel): sort and count.
    let repeated = (0..<million).map { i in shingles[(i * 7) % (million / 2)] }
    Benchmark("ShingleBag from 2000-shingle units (M shingles/s)") { _ in
        var offset = 0
        while offset < million {
            blackHole(ShingleBag(repeated[offset..<(offset + 2000)]))
            offset += 2000
        }
    }

    let winnower = Winnower(window: 8)
    Benchmark("Winnowing w=8 (M shingles/s)") { _ in
        blackHole(winnower.fingerprints(shingles))
    }
}

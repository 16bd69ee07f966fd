/// Classic K-permutation MinHash.
///
/// Permutation k maps the 32-bit fold x of a shingle hash to `a[k]·x + b[k] mod 2³²` with odd `a[k]`:
/// a bijection of 32-bit values, so every permutation's minimum is a uniformly chosen element of the
/// set (the input is already a uniform hash), which is all an unbiased Jaccard estimate needs. One
/// 32-bit multiply-add per permutation is what makes the form vectorise: 16 permutations per AVX-512
/// register, or 8 per AVX2 register, instead of datasketch's 64-bit arithmetic modulo a Mersenne prime.
extension MinHasher {
    /// Shingles folded to 32 bits per block; 1024 × 4 bytes stays in L1 while every lane group reads it.
    static let blockSize = 1024

    @inline(__always)
    static func fold(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    func classic(_ hashes: UnsafeBufferPointer<UInt64>, into out: UnsafeMutableBufferPointer<UInt32>) {
        switch implementation {
        case .vector: classicVector(hashes, into: out)
        case .portable: classicPortable(hashes, into: out)
        }
    }

    /// Vector path. Loop order is block → lane group → shingle so that a group's running minima and
    /// coefficients stay in registers while the shingles stream past; four groups at a time give the
    /// out-of-order core independent multiply chains.
    func classicVector(_ hashes: UnsafeBufferPointer<UInt64>, into out: UnsafeMutableBufferPointer<UInt32>) {
        let groups = multipliers.count
        withUnsafeTemporaryAllocation(of: SIMD16<UInt32>.self, capacity: groups) { minima in
            minima.initialize(repeating: SIMD16(repeating: .max))
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.blockSize) { folded in
                multipliers.withUnsafeBufferPointer { a in
                    increments.withUnsafeBufferPointer { b in
                        var start = 0
                        while start < hashes.count {
                            let m = min(Self.blockSize, hashes.count - start)
                            for i in 0..<m { folded[i] = Self.fold(hashes[start + i]) }
                            let block = UnsafeBufferPointer(rebasing: folded[0..<m])
                            var g = 0
                            while g + 4 <= groups {
                                Self.minimise4(block, a: a, b: b, group: g, minima: minima)
                                g += 4
                            }
                            while g < groups {
                                Self.minimise1(block, a: a[g], b: b[g], minimum: &minima[g])
                                g += 1
                            }
                            start += m
                        }
                    }
                }
            }
            for k in 0..<out.count { out[k] = minima[k >> 4][k & 15] }
        }
    }

    /// Lane-wise minimum. Written as compare-and-replace because the standard library's generic
    /// `pointwiseMin` is not inlined for `SIMD16` and became a call per vector (measured: 53 M/s
    /// instead of the compare + masked move this compiles to).
    @inline(__always)
    static func lanewiseMin(_ a: SIMD16<UInt32>, _ b: SIMD16<UInt32>) -> SIMD16<UInt32> {
        a.replacing(with: b, where: b .< a)
    }

    @inline(__always)
    static func minimise4(
        _ block: UnsafeBufferPointer<UInt32>, a: UnsafeBufferPointer<SIMD16<UInt32>>,
        b: UnsafeBufferPointer<SIMD16<UInt32>>, group g: Int, minima: UnsafeMutableBufferPointer<SIMD16<UInt32>>
    ) {
        let a0 = a[g], a1 = a[g + 1], a2 = a[g + 2], a3 = a[g + 3]
        let b0 = b[g], b1 = b[g + 1], b2 = b[g + 2], b3 = b[g + 3]
        var m0 = minima[g], m1 = minima[g + 1], m2 = minima[g + 2], m3 = minima[g + 3]
        for x in block {
            let v = SIMD16<UInt32>(repeating: x)
            m0 = Self.lanewiseMin(m0, v &* a0 &+ b0)
            m1 = Self.lanewiseMin(m1, v &* a1 &+ b1)
            m2 = Self.lanewiseMin(m2, v &* a2 &+ b2)
            m3 = Self.lanewiseMin(m3, v &* a3 &+ b3)
        }
        minima[g] = m0; minima[g + 1] = m1; minima[g + 2] = m2; minima[g + 3] = m3
    }

    @inline(__always)
    static func minimise1(
        _ block: UnsafeBufferPointer<UInt32>, a: SIMD16<UInt32>, b: SIMD16<UInt32>, minimum: inout SIMD16<UInt32>
    ) {
        var m = minimum
        for x in block { m = Self.lanewiseMin(m, SIMD16(repeating: x) &* a &+ b) }
        minimum = m
    }

    /// Portable path: the same arithmetic one permutation at a time, with no explicit vector types.
    /// Whatever the compiler makes of it (it may auto-vectorise), it computes the same values.
    func classicPortable(_ hashes: UnsafeBufferPointer<UInt64>, into out: UnsafeMutableBufferPointer<UInt32>) {
        let k = out.count
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * k) { coefficients in
            let a = UnsafeMutableBufferPointer(rebasing: coefficients[0..<k])
            let b = UnsafeMutableBufferPointer(rebasing: coefficients[k..<(2 * k)])
            for i in 0..<k {
                a[i] = multipliers[i >> 4][i & 15]
                b[i] = increments[i >> 4][i & 15]
            }
            for i in 0..<k { out[i] = .max }
            for hash in hashes {
                let x = Self.fold(hash)
                for i in 0..<k {
                    let v = a[i] &* x &+ b[i]
                    if v < out[i] { out[i] = v }
                }
            }
        }
    }
}

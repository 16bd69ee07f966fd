import Shingles

/// Band keys: the values an index stores and looks up.
extension LSHParameters {
    /// One 64-bit key per band: XXH3 of the band's r values (little-endian `UInt32`), seeded with the
    /// band index.
    ///
    /// Seeding with the band index means equal values in different bands give unrelated keys, so an
    /// index may keep all bands in one column without cross-band collisions. The key depends only on
    /// the values, b, r and the band index, so it is the same on every machine.
    ///
    /// - Throws: ``SketchError/invalidParameters(_:)`` when b · r exceeds the signature's K.
    /// - Complexity: O(b · r).
    public func bandKeys(_ signature: MinHashSignature) throws(SketchError) -> [UInt64] {
        try validate(numPerm: signature.values.count)
        return signature.values.withUnsafeBufferPointer { values in
            [UInt64](unsafeUninitializedCapacity: bands) { out, initialised in
                writeBandKeys(values, into: out)
                initialised = bands
            }
        }
    }

    /// Allocation-free form: writes `bands` keys for the values (at least b · r of them) into `out`.
    public func writeBandKeys(_ values: UnsafeBufferPointer<UInt32>, into out: UnsafeMutableBufferPointer<UInt64>) {
        guard let base = values.baseAddress, values.count >= bands * rows else { return }
        for band in 0..<min(bands, out.count) {
            let slice = UnsafeBufferPointer(start: base + band * rows, count: rows)
            out[band] = XXH3.hash64(tokens: slice, seed: Self.bandSeed(band))
        }
    }

    @inline(__always)
    static func bandSeed(_ band: Int) -> UInt64 {
        Mixing.fmix64(0x4C53_4842_414E_4400 &+ UInt64(truncatingIfNeeded: band))  // "LSHBAND" tag
    }
}

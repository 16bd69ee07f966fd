import Analysis
import Shingles
import Sketch

/// The compact BLOB holding a unit's four channel bags, its winnowed fingerprints and its comment bag.
///
/// Layout (little-endian): version byte (2); for structure, shapes, sub-words and literals in turn:
/// varint n, n × u64 hashes (ascending), n × varint counts; then varint m and m fingerprints, each
/// a varint v and a varint line: v = 2·i + 1 when the hash is `structure.sortedHashes[i]` (always, for
/// winnowed structure shingles: 1–3 bytes instead of 8), else v = 0 followed by the u64 hash; then the comment
/// bag and the callee bag, as two more bags. (Version 1, without comments, belongs to feature version 1 indexes, which a build of
/// feature version 2 refuses before reading a unit.)
package enum UnitCodec {
    static let version: UInt8 = 2

    static func encode(_ unit: UnitFeatures) -> [UInt8] {
        // Written through a pointer into a buffer sized for the worst case (varints of at most 10 bytes, counts and
        // lines of at most 5): appending byte by byte checked capacity and uniqueness for each of a blob's ~1,400.
        // The six bags counted one by one: `unit.bags` and a concatenation allocated two arrays per unit.
        let distinct = unit.structure.distinctCount + unit.shapes.distinctCount + unit.subwords.distinctCount
            + unit.literals.distinctCount + unit.comments.distinctCount + unit.calls.distinctCount
        let capacity = 1 + 6 * 10 + distinct * (8 + 5) + 10 + unit.fingerprints.count * (10 + 8 + 5)
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, written in
            guard let base = buffer.baseAddress else { written = 0; return }
            var writer = ByteWriter(at: base)
            writer.byte(version)
            writer.bag(unit.structure)
            writer.bag(unit.shapes)
            writer.bag(unit.subwords)
            writer.bag(unit.literals)
            writer.varint(UInt64(unit.fingerprints.count))
            unit.structure.sortedHashes.withUnsafeBufferPointer { structure in
                for fp in unit.fingerprints {
                    if let i = index(of: fp.hash, in: structure) {
                        writer.varint(UInt64(2 * i + 1))
                    } else {
                        writer.varint(0)
                        writer.u64(fp.hash)
                    }
                    writer.varint(UInt64(fp.line))
                }
            }
            writer.bag(unit.comments)
            writer.bag(unit.calls)
            written = writer.pointer - base
        }
    }

    /// Little-endian writes through a pointer; the caller sizes the buffer.
    struct ByteWriter {
        var pointer: UnsafeMutablePointer<UInt8>
        init(at start: UnsafeMutablePointer<UInt8>) { pointer = start }
        @inline(__always) mutating func byte(_ b: UInt8) {
            pointer.pointee = b
            pointer += 1
        }
        @inline(__always) mutating func u64(_ v: UInt64) {
            UnsafeMutableRawPointer(pointer).storeBytes(of: v.littleEndian, as: UInt64.self)
            pointer += 8
        }
        @inline(__always) mutating func varint(_ v: UInt64) {
            var x = v
            while x >= 0x80 { byte(UInt8(x & 0x7F) | 0x80); x >>= 7 }
            byte(UInt8(x))
        }
        mutating func bag(_ bag: ShingleBag) {
            varint(UInt64(bag.distinctCount))
            bag.sortedHashes.withUnsafeBufferPointer { hashes in for h in hashes { u64(h) } }
            bag.counts.withUnsafeBufferPointer { counts in for c in counts { varint(UInt64(c)) } }
        }
    }

    /// The blob of a unit with no evidence: four empty bags, no fingerprints, no comments or calls (container outlines).
    static func encodeEmpty() -> [UInt8] { [version, 0, 0, 0, 0, 0, 0, 0] }

    package struct Decoded {
        package var bags: [ShingleBag]
        package var fingerprints: [LinedFingerprint]
        /// Pairs of consecutive comment words (`UnitFeatures.comments`).
        package var comments: ShingleBag
        /// Normalised callee names (`UnitFeatures.calls`).
        package var calls: ShingleBag

        /// The unit's structure and cross signatures, recomputed from its bags (the index does not store them).
        package func signatures(_ signer: FeatureExtractor) -> (structure: MinHashSignature, cross: MinHashSignature) {
            signer.signatures(structure: bags[0], shapes: bags[1], subwords: bags[2], literals: bags[3])
        }
    }

    /// Decodes a blob; throws on truncated or foreign bytes, never traps.
    package static func decode(_ bytes: [UInt8]) throws -> Decoded {
        var reader = Reader(bytes: bytes)
        guard try reader.byte() == version else { throw IndexError.invalidData("unit features: unknown encoding version") }
        var bags: [ShingleBag] = []
        for _ in 0..<4 { bags.append(try reader.bag()) }
        let m = try reader.count()
        var fps: [LinedFingerprint] = []
        fps.reserveCapacity(m)
        let structure = bags[0].sortedHashes
        for _ in 0..<m {
            let tag = try reader.varint()
            let h: UInt64
            if tag == 0 { h = try reader.u64() } else {
                let i = (tag - 1) / 2
                guard tag & 1 == 1, i < UInt64(structure.count) else { throw IndexError.invalidData("unit features: bad fingerprint reference") }
                h = structure[Int(i)]
            }
            let line = try reader.varint()
            fps.append(LinedFingerprint(hash: h, line: UInt32(truncatingIfNeeded: line)))
        }
        let comments = try reader.bag()
        let calls = try reader.bag()
        return Decoded(bags: bags, fingerprints: fps, comments: comments, calls: calls)
    }

    /// Distinct hashes of every channel, appended to `out` (for document frequency), without building bags.
    package static func appendDistinctHashes(_ bytes: [UInt8], to out: inout [UInt64]) throws {
        var reader = Reader(bytes: bytes)
        guard try reader.byte() == version else { throw IndexError.invalidData("unit features: unknown encoding version") }
        for _ in 0..<4 {
            let n = try reader.count()
            for _ in 0..<n { out.append(try reader.u64()) }
            for _ in 0..<n { _ = try reader.varint() }
        }
    }

    /// Position of `hash` in `sorted`, or nil. Branch-free halving (the comparison selects, it does not jump):
    /// fingerprint hashes are random, so a branching search mispredicted about every other step, for every
    /// fingerprint of every unit the index writes.
    static func index(of hash: UInt64, in sorted: UnsafeBufferPointer<UInt64>) -> Int? {
        var base = 0, n = sorted.count
        guard n > 0 else { return nil }
        while n > 1 {
            let half = n / 2
            base = sorted[base + half] <= hash ? base + half : base
            n -= half
        }
        return sorted[base] == hash ? base : nil
    }

    /// Appends every value as `appendU64` would; on a little-endian machine that is one copy.
    static func appendU64s(_ out: inout [UInt8], _ values: [UInt64]) {
        #if _endian(little)
        values.withUnsafeBytes { out.append(contentsOf: $0) }
        #else
        for v in values { appendU64(&out, v) }
        #endif
    }

    @inline(__always) static func appendU64(_ out: inout [UInt8], _ v: UInt64) {
        var x = v.littleEndian
        withUnsafeBytes(of: &x) { out.append(contentsOf: $0) }
    }


    struct Reader {
        let bytes: [UInt8]
        var offset = 0
        mutating func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw IndexError.invalidData("unit features truncated") }
            defer { offset += 1 }
            return bytes[offset]
        }
        mutating func u64() throws -> UInt64 {
            guard offset + 8 <= bytes.count else { throw IndexError.invalidData("unit features truncated") }
            let at = offset
            offset += 8
            return UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: UInt64.self) })
        }
        mutating func varint() throws -> UInt64 {
            var v: UInt64 = 0, shift: UInt64 = 0
            while true {
                let b = try byte()
                guard shift < 64 else { throw IndexError.invalidData("unit features: bad varint") }
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
        }
        /// A varint element count, bounded by the bytes left (each element takes at least one byte).
        mutating func count() throws -> Int {
            let n = try varint()
            guard n <= UInt64(bytes.count - offset) else { throw IndexError.invalidData("unit features: count past the end") }
            return Int(n)
        }
        /// One bag: n, n ascending distinct hashes, n counts.
        mutating func bag() throws -> ShingleBag {
            let n = try count()
            guard n <= (bytes.count - offset) / 8 else { throw IndexError.invalidData("unit features truncated") }
            // The hashes in one pass of unaligned little-endian loads (a query decodes thousands of units; reading them
            // byte by byte and appending one at a time was most of the decoding), then checked ascending and distinct:
            // the bag is rebuilt as stored, not re-sorted.
            let start = offset
            let hashes = bytes.withUnsafeBytes { raw in
                [UInt64](unsafeUninitializedCapacity: n) { out, initialised in
                    for i in 0..<n { out[i] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * i, as: UInt64.self)) }
                    initialised = n
                }
            }
            offset += 8 * n
            var ascending = true
            for i in hashes.indices.dropFirst() where hashes[i] <= hashes[i - 1] { ascending = false; break }
            guard ascending else { throw IndexError.invalidData("unit features: hashes out of order") }
            let counts = try [UInt32](unsafeUninitializedCapacity: n) { out, initialised in
                initialised = 0
                for i in 0..<n {
                    // Counts are nearly always one byte.
                    let c: UInt64
                    if offset < bytes.count, bytes[offset] < 0x80 { c = UInt64(bytes[offset]); offset += 1 } else { c = try varint() }
                    guard c >= 1, c <= 1 << 24 else { throw IndexError.invalidData("unit features: bad count") }
                    out[i] = UInt32(c)
                    initialised = i + 1
                }
            }
            return ShingleBag(sortedUnique: hashes, counts: counts)
        }
    }
}

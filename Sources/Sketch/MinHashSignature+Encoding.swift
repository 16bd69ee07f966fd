import Shingles

/// The stable binary form of a signature (format documented in docs/sketch.md).
///
/// Layout, every integer little-endian whatever the machine:
///
/// | offset | size | field |
/// |---|---|---|
/// | 0 | 4 | magic `CSMH` (0x43 0x53 0x4D 0x48) |
/// | 4 | 2 | format version, currently 1 |
/// | 6 | 1 | kind: 0 classic, 1 one-permutation |
/// | 7 | 1 | reserved, 0 |
/// | 8 | 4 | K (numPerm) |
/// | 12 | 8 | seed |
/// | 20 | 8 | set size (distinct shingles) |
/// | 28 | 4·K | values |
/// | 28 + 4·K | 4 | checksum: low 32 bits of XXH3-64 (seed 0) of all preceding bytes |
///
/// The version changes whenever the bytes or the way values are computed from shingles change, so a
/// signature stored by one release is never silently compared with one computed differently.
extension MinHashSignature {
    /// The magic bytes "CSMH" (ClonescanSketch MinHash).
    public static let encodingMagic: [UInt8] = [0x43, 0x53, 0x4D, 0x48]
    /// The format version written by ``encoded()``.
    public static let encodingVersion: UInt16 = 1
    /// Bytes before the values.
    static let headerSize = 28

    /// Size in bytes of an encoded signature with `numPerm` values.
    public static func encodedSize(numPerm: Int) -> Int { headerSize + 4 * numPerm + 4 }

    /// The signature's stable binary encoding.
    ///
    /// - Complexity: O(K).
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.encodedSize(numPerm: values.count))
        out.append(contentsOf: Self.encodingMagic)
        out.appendLittleEndian(Self.encodingVersion)
        out.append(parameters.kind.rawValue)
        out.append(0)
        out.appendLittleEndian(UInt32(truncatingIfNeeded: values.count))
        out.appendLittleEndian(parameters.seed)
        out.appendLittleEndian(UInt64(setSize))
        #if _endian(little)
        values.withUnsafeBytes { out.append(contentsOf: $0) }  // already the stored byte order: one copy
        #else
        for value in values { out.appendLittleEndian(value) }
        #endif
        let checksum = out.withUnsafeBytes { UInt32(truncatingIfNeeded: XXH3.hash64($0, seed: 0)) }
        out.appendLittleEndian(checksum)
        return out
    }

    /// Decodes bytes written by ``encoded()``.
    ///
    /// Never traps on bad input: truncated, padded, corrupted or foreign bytes throw.
    /// - Throws: ``SketchError/invalidEncoding(_:)`` naming what is wrong.
    /// - Complexity: O(K).
    public init(decoding bytes: some Collection<UInt8>) throws(SketchError) {
        let data = Array(bytes)
        guard data.count >= Self.headerSize + 4 else {
            throw .invalidEncoding("\(data.count) bytes is shorter than the \(Self.headerSize + 4)-byte minimum")
        }
        guard Array(data[0..<4]) == Self.encodingMagic else {
            throw .invalidEncoding("bad magic (expected \"CSMH\")")
        }
        let version: UInt16 = data.readLittleEndian(at: 4)
        guard version == Self.encodingVersion else {
            throw .invalidEncoding("unsupported format version \(version) (this build reads \(Self.encodingVersion))")
        }
        guard let kind = MinHashParameters.Kind(rawValue: data[6]) else {
            throw .invalidEncoding("unknown kind \(data[6])")
        }
        guard data[7] == 0 else { throw .invalidEncoding("reserved byte is \(data[7]), expected 0") }
        let numPerm = Int(data.readLittleEndian(at: 8) as UInt32)
        guard (1...MinHashParameters.maxNumPerm).contains(numPerm) else {
            throw .invalidEncoding("numPerm \(numPerm) out of range 1...\(MinHashParameters.maxNumPerm)")
        }
        let expected = Self.encodedSize(numPerm: numPerm)
        guard data.count == expected else {
            throw .invalidEncoding("\(data.count) bytes, expected \(expected) for numPerm \(numPerm)")
        }
        let stored: UInt32 = data.readLittleEndian(at: expected - 4)
        let computed = data.withUnsafeBytes {
            UInt32(truncatingIfNeeded: XXH3.hash64(UnsafeRawBufferPointer(rebasing: $0[0..<(expected - 4)]), seed: 0))
        }
        guard stored == computed else { throw .invalidEncoding("checksum mismatch (corrupted bytes)") }
        let seed: UInt64 = data.readLittleEndian(at: 12)
        let size: UInt64 = data.readLittleEndian(at: 20)
        guard size <= UInt64(Int.max) else { throw .invalidEncoding("set size \(size) too large") }
        var values: [UInt32] = []
        values.reserveCapacity(numPerm)
        for i in 0..<numPerm { values.append(data.readLittleEndian(at: Self.headerSize + 4 * i)) }
        self.init(unchecked: MinHashParameters(numPerm: numPerm, seed: seed, kind: kind), values: values, setSize: Int(size))
    }
}

extension Array where Element == UInt8 {
    @inline(__always)
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        Swift.withUnsafeBytes(of: &v) { append(contentsOf: $0) }
    }

    /// Reads a little-endian integer; callers have checked that `offset + size` is in bounds.
    @inline(__always)
    func readLittleEndian<T: FixedWidthInteger>(at offset: Int) -> T {
        var v: T = 0
        for i in (0..<(T.bitWidth / 8)).reversed() { v = (v << 8) | T(self[offset + i]) }
        return v
    }
}

import Foundation
@testable import Index
import Shingles
import TestSupport
import XCTest

/// The unit blob decoder (bags read in one pass of unaligned loads) against a plain byte-by-byte reading of the
/// documented layout, on every blob of a real index; and damaged blobs throw instead of trapping.
final class UnitCodecTests: XCTestCase {
    /// The documented layout read one byte at a time: four bags, the fingerprints, the comment and callee bags.
    private func plainDecode(_ bytes: [UInt8]) -> (bags: [[UInt64]], counts: [[UInt32]], fingerprints: [UInt64])? {
        var i = 0
        func byte() -> UInt8? { guard i < bytes.count else { return nil }; defer { i += 1 }; return bytes[i] }
        func varint() -> UInt64? {
            var v: UInt64 = 0, shift: UInt64 = 0
            while let b = byte() { v |= UInt64(b & 0x7F) << shift; if b < 0x80 { return v }; shift += 7 }
            return nil
        }
        func u64() -> UInt64? {
            guard i + 8 <= bytes.count else { return nil }
            defer { i += 8 }
            return (0..<8).reversed().reduce(0) { $0 << 8 | UInt64(bytes[i + $1]) }
        }
        func bag() -> ([UInt64], [UInt32])? {
            guard let n = varint() else { return nil }
            var hashes: [UInt64] = [], counts: [UInt32] = []
            for _ in 0..<n { guard let h = u64() else { return nil }; hashes.append(h) }
            for _ in 0..<n { guard let c = varint() else { return nil }; counts.append(UInt32(c)) }
            return (hashes, counts)
        }
        guard byte() == 2 else { return nil }
        var bags: [[UInt64]] = [], counts: [[UInt32]] = []
        for _ in 0..<4 { guard let b = bag() else { return nil }; bags.append(b.0); counts.append(b.1) }
        guard let m = varint() else { return nil }
        var fingerprints: [UInt64] = []
        for _ in 0..<m {
            guard let tag = varint() else { return nil }
            if tag == 0 { guard let h = u64() else { return nil }; fingerprints.append(h) } else { fingerprints.append(bags[0][Int((tag - 1) / 2)]) }
            guard varint() != nil else { return nil }
        }
        for _ in 0..<2 { guard let b = bag() else { return nil }; bags.append(b.0); counts.append(b.1) }
        return (bags, counts, fingerprints)
    }

    func testEveryStoredBlobDecodesAsTheLayoutSaysAndDamagedOnesThrow() async throws {
        let dir = try temporaryDirectory("codec")
        let repo = try Fixtures.repository(at: dir.appendingPathComponent("alpha"), seed: 11, files: 20)
        let db = dir.appendingPathComponent("corpus.sqlite").path
        _ = try await IndexRun(databasePath: db, options: IndexOptions()).index(paths: [repo.path])
        let raw = try Database(path: db, readOnly: true)
        let s = try raw.prepare("SELECT features FROM units WHERE leaf = 1 ORDER BY id")
        var blobs: [[UInt8]] = []
        while try s.step() { blobs.append(s.blob(0)) }
        XCTAssertGreaterThan(blobs.count, 50)
        for blob in blobs {
            let plain = try XCTUnwrap(plainDecode(blob))
            let decoded = try UnitCodec.decode(blob)
            let bags = decoded.bags + [decoded.comments, decoded.calls]
            XCTAssertEqual(bags.map(\.sortedHashes), plain.bags)
            XCTAssertEqual(bags.map(\.counts), plain.counts)
            XCTAssertEqual(decoded.fingerprints.map(\.hash), plain.fingerprints)
        }
        // Damaged copies of a large blob: every truncation, and two hashes of the structure bag swapped, throw.
        let large = try XCTUnwrap(blobs.max { $0.count < $1.count })
        for length in stride(from: 0, to: large.count, by: max(1, large.count / 97)) {
            XCTAssertThrowsError(try UnitCodec.decode(Array(large.prefix(length))), "truncated to \(length) bytes")
        }
        let structure = try UnitCodec.decode(large).bags[0].sortedHashes
        XCTAssertTrue((3..<16_384).contains(structure.count))
        var swapped = large
        // The version byte, the structure bag's count (a one- or two-byte varint), then its first two hashes.
        let first = 1 + (structure.count < 128 ? 1 : 2)
        for k in 0..<8 { swapped.swapAt(first + k, first + 8 + k) }
        XCTAssertThrowsError(try UnitCodec.decode(swapped)) { error in
            XCTAssertTrue("\(error)".contains("out of order"), "\(error)")
        }
    }
}

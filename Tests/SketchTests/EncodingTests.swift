import XCTest
@testable import Shingles
@testable import Sketch

final class EncodingTests: XCTestCase {
    func sample(numPerm: Int = 128, kind: MinHashParameters.Kind = .classic) throws -> MinHashSignature {
        try MinHasher(MinHashParameters(numPerm: numPerm, seed: 99, kind: kind)).signature(of: (0..<300).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 })
    }

    func testRoundTripAndLayout() throws {
        for (k, kind) in [(128, MinHashParameters.Kind.classic), (1, .onePermutation), (100, .onePermutation)] {
            let signature = try sample(numPerm: k, kind: kind)
            let bytes = signature.encoded()
            XCTAssertEqual(bytes.count, 28 + 4 * k + 4, "header 28 + 4·K values + 4 checksum")
            XCTAssertEqual(Array(bytes[0..<4]), Array("CSMH".utf8))
            XCTAssertEqual(bytes[4], 1, "version 1, little-endian")
            XCTAssertEqual(bytes[5], 0)
            XCTAssertEqual(bytes[6], kind.rawValue)
            XCTAssertEqual(bytes[8], UInt8(k & 0xFF), "K little-endian")
            XCTAssertEqual(bytes[12], 99, "seed little-endian")
            XCTAssertEqual(bytes[20], UInt8(300 & 0xFF)); XCTAssertEqual(bytes[21], UInt8(300 >> 8), "set size little-endian")
            let v0 = signature.values[0]
            XCTAssertEqual(Array(bytes[28..<32]), [UInt8(v0 & 0xFF), UInt8((v0 >> 8) & 0xFF), UInt8((v0 >> 16) & 0xFF), UInt8(v0 >> 24)])
            XCTAssertEqual(try MinHashSignature(decoding: bytes), signature)
            XCTAssertEqual(try MinHashSignature(decoding: bytes[...]), signature, "any collection of bytes decodes")
        }
    }

    func testTruncatedBytesThrowAtEveryLength() throws {
        let bytes = try sample().encoded()
        for length in 0..<bytes.count {
            XCTAssertThrowsError(try MinHashSignature(decoding: bytes.prefix(length)), "truncated to \(length) bytes")
        }
        XCTAssertThrowsError(try MinHashSignature(decoding: bytes + [0]), "trailing byte")
    }

    func testEverySingleBitFlipIsDetected() throws {
        let bytes = try sample(numPerm: 16).encoded()
        for i in 0..<bytes.count {
            for bit in 0..<8 {
                var corrupted = bytes
                corrupted[i] ^= UInt8(1 << bit)
                XCTAssertThrowsError(try MinHashSignature(decoding: corrupted), "flip of bit \(bit) in byte \(i) not detected")
            }
        }
    }

    func testGarbageThrowsAndNeverTraps() {
        var rng = SplitMix64(seed: 8)
        for trial in 0..<2000 {
            let length = Int(rng.next() % 700)
            var garbage = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            if trial % 2 == 0, garbage.count >= 12 {
                // Plausible header with a hostile K, to reach the later checks.
                garbage.replaceSubrange(0..<6, with: Array("CSMH".utf8) + [1, 0])
                garbage[6] = UInt8(trial % 3); garbage[7] = 0
            }
            XCTAssertThrowsError(try MinHashSignature(decoding: garbage))
        }
    }

    func testErrorMessagesSayWhatIsWrong() throws {
        var bytes = try sample().encoded()
        bytes[4] = 9
        XCTAssertThrowsError(try MinHashSignature(decoding: bytes)) { error in
            XCTAssertTrue("\(error)".contains("unsupported format version 9"), "\(error)")
        }
        XCTAssertThrowsError(try MinHashSignature(decoding: Array("NOPE0000000000000000000000000000".utf8))) { error in
            XCTAssertTrue("\(error)".contains("bad magic"), "\(error)")
        }
    }
}

import Foundation
import XCTest
@testable import Shingles

final class XXH3Tests: XCTestCase {
    /// Reference values published by the xxHash project (XXH3_64bits of the empty input) and
    /// values that must not drift: a change here changes every stored index.
    func testEmptyInputMatchesReferenceValue() {
        XCTAssertEqual(XXH3.hash64(UnsafeRawBufferPointer(start: nil, count: 0), seed: 0), 0x2D06_8005_38D3_94C2,
                       "XXH3-64 of empty input with seed 0 is 2D06800538D394C2 per the xxHash spec")
    }

    func testStringHashEqualsUTF8ByteHash() {
        let text = "parse_header → ünïcode"
        let bytes = Array(text.utf8)
        let viaBytes = bytes.withUnsafeBytes { XXH3.hash64($0, seed: 42) }
        XCTAssertEqual(XXH3.hash64(text, seed: 42), viaBytes)
        XCTAssertNotEqual(XXH3.hash64(text, seed: 42), XXH3.hash64(text, seed: 43), "seed must change the hash")
    }

    func testTokenHashIsLittleEndianByteHash() {
        let tokens: [UInt32] = [1, 0x0102_0304, 0xFFFF_FFFF]
        var bytes: [UInt8] = []
        for t in tokens { bytes += [UInt8(t & 0xFF), UInt8((t >> 8) & 0xFF), UInt8((t >> 16) & 0xFF), UInt8(t >> 24)] }
        let expected = bytes.withUnsafeBytes { XXH3.hash64($0, seed: 7) }
        XCTAssertEqual(tokens.withUnsafeBufferPointer { XXH3.hash64(tokens: $0, seed: 7) }, expected)
    }

    /// Golden file: shingle hashes of fixed token streams; catches any change in hashing or byte order.
    func testGoldenShingleHashes() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "xxh3-shingles", withExtension: "txt", subdirectory: "Golden"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertEqual(lines.count, GoldenShingles.cases.count, "golden file has one line per case")
        for (line, golden) in zip(lines, GoldenShingles.cases) {
            XCTAssertEqual(String(line), golden.render(), "golden shingle hashes changed for \(golden.name)")
        }
    }
}

/// The fixed inputs behind Golden/xxh3-shingles.txt. Regenerate the file (only on purpose, with a
/// format version bump downstream) with `CLONESCAN_WRITE_GOLDEN=1 swift test --filter ShinglesTests`.
enum GoldenShingles {
    struct Case {
        let name: String
        let hashes: [UInt64]
        func render() -> String { name + " " + hashes.map { String(format: "%016llx", $0) }.joined(separator: " ") }
    }

    static var cases: [Case] {
        let tokens: [UInt32] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
        let nodes = [ShapeNode(kind: 1, depth: 0), ShapeNode(kind: 2, depth: 1), ShapeNode(kind: 3, depth: 2),
                     ShapeNode(kind: 3, depth: 2), ShapeNode(kind: 4, depth: 1), ShapeNode(kind: 5, depth: 2)]
        return [
            Case(name: "tokens-k5-seed0", hashes: TokenShingler(k: 5, seed: 0).shingles(of: tokens)),
            Case(name: "tokens-k3-seed99", hashes: TokenShingler(k: 3, seed: 99).shingles(of: tokens)),
            Case(name: "tokens-short-k5", hashes: TokenShingler(k: 5).shingles(of: [42, 43])),
            Case(name: "words", hashes: wordShingles(["parse", "header", "buffer"])),
            Case(name: "word-bigrams", hashes: wordBigramShingles(["parse", "header", "buffer"])),
            Case(name: "literals", hashes: literalShingles(["\"unexpected EOF\"", "0x7f"])),
            Case(name: "shape-d2", hashes: ShapeShingler(maxDepth: 2, seed: 0).shingles(of: nodes)),
        ]
    }
}

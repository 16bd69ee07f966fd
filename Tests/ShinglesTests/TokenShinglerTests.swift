import XCTest
@testable import Shingles

final class TokenShinglerTests: XCTestCase {
    func testShingleICoversTokensIThroughIPlusK() {
        let tokens: [UInt32] = (0..<20).map { UInt32($0 * 7 % 11) }
        let shingler = TokenShingler(k: 5, seed: 3)
        let shingles = shingler.shingles(of: tokens)
        XCTAssertEqual(shingles.count, 16, "20 tokens give 20 - 5 + 1 = 16 shingles")
        for i in shingles.indices {
            let window = Array(tokens[i..<(i + 5)])
            XCTAssertEqual(shingles[i], window.withUnsafeBufferPointer { XXH3.hash64(tokens: $0, seed: 3) })
        }
    }

    func testShortStreamGivesOneShingleEmptyGivesNone() {
        let shingler = TokenShingler(k: 5)
        XCTAssertEqual(shingler.shingles(of: []).count, 0)
        let short = shingler.shingles(of: [1, 2, 3])
        XCTAssertEqual(short.count, 1, "a stream shorter than k still yields one shingle")
        XCTAssertEqual(short[0], [UInt32](arrayLiteral: 1, 2, 3).withUnsafeBufferPointer { XXH3.hash64(tokens: $0, seed: 0) })
        XCTAssertEqual(shingler.shingles(of: [1, 2, 3, 4, 5]).count, 1)
    }

    func testSharedRunGivesSharedShingles() {
        let common: [UInt32] = [10, 11, 12, 13, 14, 15, 16]
        let a = TokenShingler(k: 5).shingles(of: [1, 2] + common + [3])
        let b = TokenShingler(k: 5).shingles(of: [9] + common)
        XCTAssertEqual(Set(a).intersection(b).count, 3, "7 shared tokens contain 7 - 5 + 1 = 3 shared 5-grams")
    }

    func testBufferFormMatchesArrayForm() {
        let tokens: [UInt32] = (0..<50).map { UInt32($0) }
        let shingler = TokenShingler(k: 4, seed: 1)
        var out = [UInt64](repeating: 0, count: shingler.shingleCount(forTokenCount: tokens.count))
        let written = tokens.withUnsafeBufferPointer { src in out.withUnsafeMutableBufferPointer { shingler.write(src, into: $0) } }
        XCTAssertEqual(written, 47)
        XCTAssertEqual(out, shingler.shingles(of: tokens))
    }

    func testWordChannelsAreSeparatedBySeed() {
        XCTAssertNotEqual(wordShingles(["parse"]), literalShingles(["parse"]), "words and literals must not collide")
        XCTAssertEqual(wordBigramShingles(["a", "b", "c"]).count, 2)
        XCTAssertEqual(wordBigramShingles(["a"]).count, 0)
        XCTAssertNotEqual(wordBigramShingles(["a", "b"]), wordBigramShingles(["b", "a"]), "bigrams keep order")
    }
}

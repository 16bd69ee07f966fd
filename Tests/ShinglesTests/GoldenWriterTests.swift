import Foundation
import XCTest
@testable import Shingles

/// Writes Golden/xxh3-shingles.txt into the source tree when CLONESCAN_WRITE_GOLDEN=1; otherwise skips.
final class GoldenWriterTests: XCTestCase {
    func testWriteGoldenWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["CLONESCAN_WRITE_GOLDEN"] == "1" else {
            throw XCTSkip("set CLONESCAN_WRITE_GOLDEN=1 to regenerate golden files")
        }
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        let text = "# clonescan shingle hashes (XXH3-64, little-endian token bytes); one case per line\n"
            + GoldenShingles.cases.map { $0.render() }.joined(separator: "\n") + "\n"
        try text.write(to: directory.appendingPathComponent("xxh3-shingles.txt"), atomically: true, encoding: .utf8)
    }
}

import XCTest
@testable import License

/// `utf8Contains` replaces Foundation's search on every line the attribution check reads: it must agree
/// with `String.contains` on the cases a byte search gets wrong when written carelessly.
final class TextSearchTests: XCTestCase {
    func testAgreesWithStringContains() {
        let cases: [(String, String)] = [
            ("see https://github.com/psf/black for details", "github.com/psf/black"),
            ("aaab", "aab"),                 // a false start on the repeated first byte
            ("abc", "abc"), ("abc", "c"),    // whole string, last byte
            ("ab", "abc"), ("", "a"),        // needle longer than the line
            ("copyright © jürgen müller", "jürgen müller"), ("jürgen", "jurgen"),
            ("x/issues", "x/issues/"), ("tomli", ""),
        ]
        for (hay, needle) in cases {
            XCTAssertEqual(hay.utf8Contains(needle), needle.isEmpty || hay.contains(needle), "\(hay) ~ \(needle)")
            XCTAssertEqual(hay[...].utf8Contains(needle), hay.utf8Contains(needle), "substring of \(hay)")
        }
    }
}

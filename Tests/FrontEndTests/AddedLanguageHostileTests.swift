import XCTest
@testable import FrontEnd

/// The languages added from the pack meet hostile input as the first table's do: deep nesting, unbalanced brackets,
/// binary-looking bytes and their own fixture cut at every tenth byte parse or are skipped with a reason, and never
/// crash or hang past the time limit.
final class AddedLanguageHostileTests: XCTestCase {
    func testAddedLanguagesSurviveHostileInput() throws {
        var options = FrontEndOptions()
        options.timeoutMicros = 2_000_000
        options.maxFileBytes = 1 << 22
        let parser = SourceParser(options: options)
        let nested = Array((String(repeating: "([{", count: 5_000) + "\n").utf8)
        let unbalanced = Array((String(repeating: "(\"'`[{<", count: 2_000) + "\n").utf8)
        var noise = [UInt8](repeating: 0, count: 64 << 10)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in noise.indices { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; noise[i] = UInt8(truncatingIfNeeded: state >> 56) | 1 }
        for (language, name) in Fixtures.added + Fixtures.components {
            let fixture = try Fixtures.bytes("conformance/" + name)
            var inputs = [nested, unbalanced, noise]
            for cut in stride(from: 0, to: fixture.count, by: max(1, fixture.count / 10)) { inputs.append(Array(fixture[..<cut])) }
            for input in inputs {
                let start = Date()
                switch parser.parse(bytes: input, language: language, path: "hostile") {
                case .parsed(let file): XCTAssertLessThanOrEqual(file.tokens.count, input.count, language)
                case .skipped(let skip): XCTAssertTrue([.parseTimeout, .parseMemory].contains(skip.reason), "\(language): \(skip.reason) \(skip.detail)")
                }
                XCTAssertLessThan(Date().timeIntervalSince(start), 10, "\(language) took too long on \(input.count) bytes")
            }
        }
    }
}

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

    /// Mutated fixtures (bytes flipped, brackets and quotes inserted, ranges deleted, duplicated or spliced in from
    /// another language's fixture): `CLONESCAN_MUTATIONS` inputs per added language (default 25; `CLONESCAN_SOAK=1`
    /// takes 2,000). A grammar that crashes takes the test process with it, so the language is logged first.
    func testAddedLanguagesSurviveMutatedFixtures() throws {
        let env = ProcessInfo.processInfo.environment
        let count = Int(env["CLONESCAN_MUTATIONS"] ?? "") ?? (env["CLONESCAN_SOAK"] == "1" ? 2_000 : 25)
        var options = FrontEndOptions()
        options.timeoutMicros = 2_000_000
        let parser = SourceParser(options: options)
        let languages = Fixtures.added + Fixtures.components
        let fixtures = try languages.map { try Fixtures.bytes("conformance/" + $0.1) }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(max(1, bound)))
        }
        let inserts: [[UInt8]] = ["(", ")", "{", "}", "[", "]", "\"", "'", "`", "/*", "*/", "\\", "\n", "#", "--", ";;", "${", "<script>", "end"].map { Array($0.utf8) }
        var parsed = 0
        for (index, (language, _)) in languages.enumerated() where env["CLONESCAN_MUTATIONS_ONLY"].map({ $0 == language }) ?? true {
            if env["CLONESCAN_MUTATIONS_LOG"] == "1" { FileHandle.standardError.write(Data("mutating \(language)\n".utf8)) }
            for _ in 0..<count {
                var input = fixtures[index]
                for _ in 0...next(4) {
                    guard !input.isEmpty else { break }
                    let at = next(input.count)
                    switch next(5) {
                    case 0: input[at] ^= UInt8(truncatingIfNeeded: 1 << next(8))
                    case 1: input.insert(contentsOf: inserts[next(inserts.count)], at: at)
                    case 2: input.removeSubrange(at..<min(input.count, at + 1 + next(40)))
                    case 3: input.insert(contentsOf: input[at..<min(input.count, at + 1 + next(80))], at: next(input.count))
                    default:
                        let other = fixtures[next(fixtures.count)]
                        let from = next(other.count)
                        input.insert(contentsOf: other[from..<min(other.count, from + 1 + next(120))], at: at)
                    }
                }
                // To find the input of a crash: each is written here first.
                if let last = env["CLONESCAN_MUTATIONS_LAST"] { try Data(input).write(to: URL(fileURLWithPath: last)) }
                switch parser.parse(bytes: input, language: language, path: "mutated") {
                case .parsed: parsed += 1
                case .skipped(let skip): XCTAssertTrue([.parseTimeout, .parseMemory].contains(skip.reason), "\(language): \(skip.reason) \(skip.detail)")
                }
            }
        }
        XCTAssertGreaterThan(parsed, 0)
    }
}

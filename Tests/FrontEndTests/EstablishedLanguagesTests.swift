import Foundation
import XCTest
@testable import FrontEnd

/// The first table's languages tokenise, cut units and fill channels exactly as before the pack's languages were
/// added (their streams are what existing indexes hold): a digest of every fixture's output against
/// `Fixtures/established-digests.json`, written when the pack's languages were added (their `parse --tokens` output
/// was checked identical to the previous front end's for every fixture). Set
/// `CLONESCAN_WRITE_DIGESTS=1` to rewrite it after a deliberate change (and say so: it invalidates indexes).
final class EstablishedLanguagesTests: XCTestCase {
    static let fixtures: [(String, String)] = Fixtures.conformance.filter { LanguageTable.established.map(\.name).contains($0.0) }
        .map { ($0.0, "conformance/" + $0.1) } + Fixtures.partial.map { ($0.0, "conformance/" + $0.1) }
        + [("python", "ports/wordwrap.py"), ("go", "ports/wordwrap.go"), ("javascript", "ports/levenshtein.js"), ("rust", "ports/levenshtein.rs")]

    /// FNV-1a over everything an index stores of a file.
    static func digest(_ file: ParsedFile) -> String {
        var hash: UInt64 = 14_695_981_039_346_656_037
        func add(_ text: String) { for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }; hash = (hash ^ 0xFF) &* 1_099_511_628_211 }
        for (i, id) in file.tokens.ids.enumerated() {
            add("\(id) \(file.tokens.startLines[i]) \(file.tokens.endLines[i]) \(file.tokens.startBytes[i]) \(file.tokens.endBytes[i])")
        }
        for shape in file.shapes { add("s\(shape.kind) \(shape.depth) \(shape.tokenIndex)") }
        for channel in [file.subwords, file.strings, file.numbers] { for entry in channel { add("c\(entry.text) \(entry.tokenIndex)") } }
        for unit in file.units {
            add("u\(unit.kind.rawValue) \(unit.name) \(unit.startLine)-\(unit.endLine) \(unit.tokenRanges) \(unit.parameterCount) \(unit.isExported) \(unit.isLeaf) \(unit.codeLineCount)")
        }
        add(file.grammarVersion)
        return String(hash, radix: 16)
    }

    func testEstablishedLanguagesAreUnchanged() throws {
        var digests: [String: String] = [:]
        for (language, path) in Self.fixtures {
            var file = try Fixtures.parse(try Fixtures.bytes(path), language)
            file.path = path
            digests[path] = Self.digest(file)
        }
        let golden = Fixtures.directory.appendingPathComponent("established-digests.json")
        if ProcessInfo.processInfo.environment["CLONESCAN_WRITE_DIGESTS"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/established-digests.json")
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try (encoder.encode(digests) + Data("\n".utf8)).write(to: source)
            return
        }
        let expected = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: golden))
        XCTAssertEqual(Set(digests.keys), Set(expected.keys))
        for (path, digest) in digests { XCTAssertEqual(digest, expected[path], "\(path): tokens, shapes, channels or units changed") }
    }
}

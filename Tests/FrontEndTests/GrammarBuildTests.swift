import Foundation
import XCTest
@testable import Syntax

/// Pack grammars are compiled on first use into the grammar directory: once, announced in one line, safely when
/// two catalogs (as two processes would) want the same grammar at once; a broken one is reported once.
final class GrammarBuildTests: XCTestCase {
    /// A grammar directory holding only a `pack.json` with the real pack's entries for `names` (plus `extra`).
    private func packDirectory(_ names: [String], extra: [[String: Any]] = []) throws -> TemporaryDirectory {
        let real = GrammarCatalog.defaultDirectory + "/pack.json"
        guard let data = FileManager.default.contents(atPath: real),
              var pack = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let grammars = pack["grammars"] as? [[String: Any]] else {
            XCTFail("no \(real): run `make setup`")
            throw XCTSkip("no pack.json")
        }
        pack["grammars"] = grammars.filter { names.contains($0["name"] as? String ?? "") } + extra
        let directory = try TemporaryDirectory()
        try directory.write("pack.json", Array(try JSONSerialization.data(withJSONObject: pack)))
        return directory
    }

    private final class Notices: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
    }

    func testGrammarIsBuiltOnFirstUseOnceAcrossConcurrentCatalogs() throws {
        let directory = try packDirectory(["pgn"])
        let notices = Notices()
        let catalogs = (0..<3).map { _ in GrammarCatalog(directory: directory.path, notice: { notices.add($0) }) }
        XCTAssertFalse(catalogs[0].isBuilt("pgn"))
        XCTAssertEqual(catalogs[0].version(of: "pgn")?.hasPrefix("tree-sitter-language-pack 0.7.4"), true)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: catalogs.count) { i in
            do { results.add(try catalogs[i].grammar("pgn").name) } catch { results.add("error: \(error)") }
        }
        XCTAssertEqual(results.all, ["pgn", "pgn", "pgn"])
        XCTAssertEqual(notices.all.count, 1, "one announcement for one build: \(notices.all)")
        XCTAssertTrue(notices.all.first?.contains("building the pgn grammar on first use") ?? false)
        XCTAssertTrue(catalogs[0].isBuilt("pgn"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp") }
        XCTAssertEqual(leftovers, [])
        // The built grammar parses.
        let grammar = try catalogs[0].grammar("pgn")
        let tree = Parser.withArena(grammar: grammar) { parser -> Bool in
            Array("1. e4 e5 2. Nf3 Nc6 *\n".utf8).withUnsafeBufferPointer { parser.parse($0, grammar: grammar, timeoutMicros: 0) != nil }
        }
        XCTAssertEqual(tree, true)
        // A later process finds it built and says nothing.
        let later = GrammarCatalog(directory: directory.path, notice: { notices.add($0) })
        XCTAssertEqual(try later.grammar("pgn").name, "pgn")
        XCTAssertEqual(notices.all.count, 1)
    }

    /// Threads of one process wanting a grammar at once: one build, one announcement, every thread gets it.
    func testThreadsOfOneCatalogShareOneBuild() throws {
        let directory = try packDirectory(["ungrammar"])
        let notices = Notices()
        let catalog = GrammarCatalog(directory: directory.path, notice: { notices.add($0) })
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do { results.add(try catalog.grammar("ungrammar").name) } catch { results.add("error: \(error)") }
        }
        XCTAssertEqual(results.all, Array(repeating: "ungrammar", count: 4))
        XCTAssertEqual(notices.all.count, 1, "\(notices.all)")
    }

    func testAGrammarThatFailsToBuildIsReportedOnceAndNeverCrashes() throws {
        let broken: [String: Any] = ["name": "broken", "source": "/nonexistent/clonescan/src", "files": ["parser.c"],
                                     "symbol": "tree_sitter_broken", "version": "test", "abi": 14]
        let directory = try packDirectory([], extra: [broken])
        let notices = Notices()
        let catalog = GrammarCatalog(directory: directory.path, notice: { notices.add($0) })
        for _ in 0..<3 {
            XCTAssertThrowsError(try catalog.grammar("broken")) { error in
                XCTAssertTrue("\(error)".contains("could not be built"), "\(error)")
            }
        }
        XCTAssertEqual(notices.all.filter { $0.contains("warning") }.count, 1, "\(notices.all)")
        XCTAssertFalse(catalog.isBuilt("broken"))
    }

    /// Every pack grammar already built in the shared cache (set-up's, and those built on first use so far) loads into
    /// this runtime and parses text it was not written for without crashing.
    func testEveryBuiltPackGrammarLoadsAndParses() throws {
        let catalog = GrammarCatalog.shared
        let built = catalog.pack.keys.sorted().filter { catalog.isBuilt($0) && catalog.disabledReason($0) == nil }
        XCTAssertGreaterThanOrEqual(built.count, 20, "run `make setup`")
        let text = Array("x = f(1, \"two\") # 3\n{ [ ( ) ] }\n".utf8)
        for name in built {
            let grammar = try catalog.grammar(name)
            XCTAssertTrue((13...14).contains(grammar.abiVersion), name)
            let parsed = Parser.withArena(grammar: grammar) { parser in
                text.withUnsafeBufferPointer { parser.parse($0, grammar: grammar, timeoutMicros: 1_000_000) != nil }
            }
            XCTAssertEqual(parsed, true, name)
        }
    }

    func testMetadataNamesLeavesWordAndExtras() throws {
        let metadata = GrammarCatalog.shared.metadata("perl")
        XCTAssertTrue(metadata.leafTypes.contains("comment"), "\(metadata.leafTypes.sorted().prefix(20))")
        XCTAssertNotNil(metadata.word)
        XCTAssertTrue(metadata.extras.contains("comment"))
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String] = []
        func add(_ value: String) { lock.lock(); values.append(value); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return values.sorted() }
    }
}

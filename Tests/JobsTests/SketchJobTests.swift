import Foundation
import Index
import Report
@testable import Jobs
import TestSupport
import XCTest

/// `SketchJob` against a real SQLite index of the same repositories: the sketches carry exactly the units and LSH
/// keys the index stores, with its parameters, in gzip shards that `gzip` itself reads.
final class SketchJobTests: XCTestCase {
    /// Two repositories with shared code and one without.
    func repositories() throws -> [String] {
        [try tree(["lib/sort.py": SampleCode.library]), try tree(["vendored/sorting.py": SampleCode.copiedLibrary]),
         try tree(["render.py": SampleCode.unrelated])]
    }

    /// The records of every shard a run's manifest lists, decompressed by the system's gzip.
    func records(in directory: String, run id: String) throws -> [SketchRecord] {
        let manifest = try JSONDecoder().decode(SketchSummary.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/" + SketchJob.manifestName(id))))
        var out: [SketchRecord] = []
        for shard in manifest.shards {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/gzip")
            p.arguments = ["-dc", directory + "/" + shard]
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, "gzip -dc \(shard)")
            for line in data.split(separator: 0x0A) { out.append(try JSONDecoder().decode(SketchRecord.self, from: Data(line))) }
        }
        return out
    }

    func testBandKeysAndParametersAreExactlyTheIndexs() async throws {
        let repos = try repositories()
        let directory = try temporaryDirectory("sketch").path
        var options = SketchOptions(directory: directory)
        options.paths = repos
        options.runID = "test-1"
        options.unitsPerShard = 2
        let summary = try await SketchJob(options).run()
        XCTAssertEqual(summary.repositories, repos)
        XCTAssertGreaterThan(summary.units, 4)
        XCTAssertEqual(summary.shards.count, (summary.units + 1) / 2, "a new shard every 2 records")
        let records = try records(in: directory, run: "test-1")
        XCTAssertEqual(records.count, summary.units)
        XCTAssertEqual(Set(records.map(\.repository)), Set(repos), "repositories as given")

        let db = try await temporaryIndex(of: repos)
        let database = try Database(path: db, readOnly: true)
        let rows = try database.prepare("SELECT key FROM lsh_keys ORDER BY key")
        var indexKeys: [Int64] = []
        while try rows.step() { indexKeys.append(rows.int64(0)) }
        XCTAssertFalse(indexKeys.isEmpty)
        XCTAssertEqual(records.flatMap(\.band_keys).sorted(), indexKeys, "every unit's band keys, as lsh_keys holds them")
        XCTAssertEqual(try database.scalarInt("SELECT count(DISTINCT unit) FROM lsh_keys").map(Int.init), records.count)

        let metadata = try JSONDecoder().decode(SketchMetadata.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/metadata.json")))
        let stored = try database.prepare("SELECT key, value FROM metadata")
        var indexed: [String: String] = [:]
        while try stored.step() { indexed[stored.text(0)] = stored.text(1) }
        for (key, value) in metadata.parameters { XCTAssertEqual(indexed[key], value, key) }
        XCTAssertEqual(Set(metadata.parameters.keys), Set(indexed.keys).subtracting(["created_at"]),
                       "every parameter the index records (its creation time is no parameter)")

        // The shared unit's keys meet: the copy's units share band keys with the library's.
        let keysOf = { (repo: String) in Set(records.filter { $0.repository == repo }.flatMap(\.band_keys)) }
        XCTAssertFalse(keysOf(repos[0]).isDisjoint(with: keysOf(repos[1])))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        XCTAssertTrue(names.allSatisfy { !$0.hasPrefix(".") }, "no temporary file left: \(names)")
    }

    func testADirectoryMadeWithOtherParametersIsRefused() async throws {
        let repos = try repositories()
        let directory = try temporaryDirectory("sketch-other").path
        var parameters = try IndexConfiguration.standard().recordedParameters()
        parameters["lsh_structure_bands"] = "8"
        try ReportJSON.encode(SketchMetadata(parameters: parameters)).write(to: URL(fileURLWithPath: directory + "/metadata.json"))
        var options = SketchOptions(directory: directory)
        options.paths = [repos[0]]
        do {
            _ = try await SketchJob(options).run()
            XCTFail("sketches with other parameters must be refused")
        } catch JobError.runtime(let message) {
            XCTAssertTrue(message.contains("other parameters") && message.contains("structure LSH"), message)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["metadata.json"], "nothing written")
    }

    func testSkippedPathsAreListedAndTheRestIsSketched() async throws {
        let repos = try repositories()
        let missing = try temporaryDirectory("gone").appendingPathComponent("missing").path
        let empty = try tree(["README.txt": "no code\n"])
        var options = SketchOptions(directory: try temporaryDirectory("sketch-skip").path)
        options.paths = [missing, repos[0], empty]
        let warnings = LockedLines()
        let summary = try await SketchJob(options).run(warning: { warnings.append($0) })
        XCTAssertEqual(summary.repositories, [repos[0]])
        XCTAssertEqual(summary.skipped_repositories, [missing, empty])
        XCTAssertTrue(warnings.lines.contains("warning: \(missing): no such directory; repository not sketched"), "\(warnings.lines)")
        XCTAssertTrue(warnings.lines.contains("warning: \(empty): no supported source files; repository not sketched"), "\(warnings.lines)")
    }
}

/// Warning lines collected from a callback.
final class LockedLines: @unchecked Sendable {
    private var stored: [String] = []
    private let lock = NSLock()
    func append(_ line: String) { lock.lock(); stored.append(line); lock.unlock() }
    var lines: [String] { lock.lock(); defer { lock.unlock() }; return stored }
}

// Index suite (issue 6): `clonescan index` end to end on the pinned benchmark corpus
// (scripts/bench-corpus.sh → $CLONESCAN_CACHE/bench/repos.txt): index from scratch, re-index unchanged,
// raw tree-sitter parsing of the same files on the same cores (the yardstick for end-to-end speed), and
// candidate lookup of a 20-file reference against the built index. Without the corpus the suite registers
// nothing and says how to fetch it.
import Analysis
import Benchmark
import Foundation
import FrontEnd
import Index
import Syntax

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .throughput],
        scalingFactor: .one,
        maxDuration: .seconds(60),
        maxIterations: 3
    )
    let env = ProcessInfo.processInfo.environment
    let cache = env["CLONESCAN_CACHE"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache/clonescan")
    guard let list = try? String(contentsOfFile: cache + "/bench/repos.txt", encoding: .utf8) else {
        print("Index benchmarks skipped: run scripts/bench-corpus.sh to fetch the pinned corpus")
        return
    }
    let repos = list.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("clonescan-index-bench-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)

    func fresh(_ name: String) -> String {
        let db = work + "/" + name + ".sqlite"
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        return db
    }

    // The nightly job as users run it: the release `clonescan index` binary (`make release`), from scratch.
    // The in-process run below pays this harness's malloc interposer on every allocation, so it reads slower.
    let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let binary = env["CLONESCAN_BIN"] ?? repoRoot.appendingPathComponent(".build/release/clonescan").path
    if FileManager.default.isExecutableFile(atPath: binary) {
        Benchmark("clonescan index, release binary, from scratch") { benchmark in
            let db = fresh("cli")
            let list = work + "/repos.txt"
            try repos.joined(separator: "\n").write(toFile: list, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["index", "--db", db, "--from", list, "--quiet"]
            process.standardError = FileHandle.nullDevice
            benchmark.startMeasurement()
            try process.run()
            process.waitUntilExit()
            benchmark.stopMeasurement()
            precondition(process.terminationStatus == 0, "clonescan index exited \(process.terminationStatus)")
        }
    } else {
        print("Index benchmark of the release binary skipped: build it with `make release` (or set CLONESCAN_BIN)")
    }

    Benchmark("index corpus from scratch, in process") { benchmark in
        let db = fresh("scratch")
        benchmark.startMeasurement()
        let summary = try await Indexer(databasePath: db, options: IndexOptions()).index(paths: repos)
        benchmark.stopMeasurement()
        blackHole(summary)
    }

    // The files `index` parses, read once outside the measurement: raw parse speed excludes I/O.
    let sources: [(language: String, bytes: [UInt8])] = repos.flatMap { repo in
        ((try? FileDiscovery().discover(root: repo))?.files ?? []).compactMap { candidate in
            guard case .source(let bytes) = SourceReader.load(candidate, maxBytes: 1 << 20) else { return nil }
            return (candidate.language, bytes)
        }
    }
    let sourceBytes = sources.reduce(0) { $0 + $1.bytes.count }
    Benchmark("raw tree-sitter parse of the corpus (\(sources.count) files, \(sourceBytes / 1_000_000) MB, all cores)") { benchmark in
        benchmark.startMeasurement()
        let trees = await SourceParser.map(sources, workers: ProcessInfo.processInfo.activeProcessorCount) { _, source -> Int in
            guard let grammar = try? GrammarCatalog.shared.grammar(source.language) else { return 0 }
            let parser = Parser()
            guard parser.setGrammar(grammar) else { return 0 }
            return source.bytes.withUnsafeBufferPointer { parser.parse($0, grammar: grammar, timeoutMicros: 0) } == nil ? 0 : 1
        }
        benchmark.stopMeasurement()
        blackHole(trees)
    }

    // Issue 9's budget: the cross-language channels (shapes, sub-words, literals, their signature and LSH rows)
    // may cost the index at most 30% of its speed. Compare this with the in-process run above.
    Benchmark("index corpus from scratch, in process, structure channel only") { benchmark in
        let db = fresh("structure-only")
        var options = IndexOptions()
        options.structureOnly = true
        benchmark.startMeasurement()
        let summary = try await Indexer(databasePath: db, options: options).index(paths: repos)
        benchmark.stopMeasurement()
        blackHole(summary)
    }

    Benchmark("re-index unchanged corpus") { benchmark in
        let db = work + "/warm.sqlite"
        if !FileManager.default.fileExists(atPath: db) {
            _ = try await Indexer(databasePath: db, options: IndexOptions()).index(paths: repos)
        }
        benchmark.startMeasurement()
        let summary = try await Indexer(databasePath: db, options: IndexOptions()).index(paths: repos)
        benchmark.stopMeasurement()
        precondition(summary.files_indexed == 0, "re-index parsed files")
    }

    Benchmark("candidate lookup: 20-file reference, both channels, top 20") { benchmark in
        let db = work + "/warm.sqlite"
        if !FileManager.default.fileExists(atPath: db) {
            _ = try await Indexer(databasePath: db, options: IndexOptions()).index(paths: repos)
        }
        // The reference: the first 20 files of the last repository.
        let features = try await RepositoryAnalyzer().analyze(root: repos[repos.count - 1])
        let units = features.files.prefix(20).flatMap(\.units).filter { $0.tokenCount >= 12 }
        let index = try CloneIndex.open(path: db, readOnly: true)
        benchmark.startMeasurement()
        let structure = try index.candidateUnits(for: units.map(\.structureSignature), channel: .structure, limit: 20)
        let cross = try index.candidateUnits(for: units.map(\.crossSignature), channel: .cross, limit: 20)
        let loaded = try index.loadUnits(Array(Set(structure.flatMap { $0 } + cross.flatMap { $0 })))
        benchmark.stopMeasurement()
        blackHole(loaded)
    }
}

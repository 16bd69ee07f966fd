// Query suite (issue 7): the library side of scripts/bench-query.sh, split by stage so a regression shows
// where it is. Inputs are the ones that script builds under $CLONESCAN_CACHE/bench-query (a 500 x 500-file
// compare pair, a 20-file reference and an index of the pinned benchmark corpus); without them the suite
// registers nothing and says how to make them. The end-to-end figures against copydetect come from the script.
import Analysis
import Benchmark
import Foundation
import Jobs
import Matching

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        scalingFactor: .one,
        maxDuration: .seconds(60),
        maxIterations: 5
    )
    let env = ProcessInfo.processInfo.environment
    let cache = env["CLONESCAN_CACHE"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache/clonescan")
    let work = cache + "/bench-query"
    let (ref500, sus500, ref20, db) = (work + "/compare/ref", work + "/compare/sus", work + "/query/ref20", work + "/corpus.sqlite")
    guard [ref500, sus500, ref20, db].allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
        print("Query benchmarks skipped: run scripts/bench-query.sh once to build their inputs in \(work)")
        return
    }

    Benchmark("compare 500 x 500 files: analyse both sides") { benchmark in
        let analyzer = RepositoryAnalyzer()
        benchmark.startMeasurement()
        let ref = try await analyzer.analyze(root: ref500)
        let sus = try await analyzer.analyze(root: sus500)
        benchmark.stopMeasurement()
        blackHole((ref, sus))
    }

    Benchmark("compare 500 x 500 files: match and verdict (pre-analysed)") { benchmark in
        let analyzer = RepositoryAnalyzer()
        let ref = try await analyzer.analyze(root: ref500)
        let sus = try await analyzer.analyze(root: sus500)
        benchmark.startMeasurement()
        let report = try PairComparer(parameters: analyzer.parameters).compare(reference: ref, suspect: sus)
        benchmark.stopMeasurement()
        precondition(report.verdict != .notClone, "the 20 copied files were not found")
    }

    Benchmark("query 20 files vs indexed corpus: analyse + query") { benchmark in
        benchmark.startMeasurement()
        let report = try await QueryJob(QueryOptions(reference: ref20, database: db)).run().report
        benchmark.stopMeasurement()
        precondition(!report.results.isEmpty, "the reference's own repository was not found")
    }

    Benchmark("query 20 files vs indexed corpus: query only (pre-analysed)") { benchmark in
        let job = QueryJob(QueryOptions(reference: ref20, database: db))
        let ref = try await RepositoryAnalyzer(parameters: job.parameters).analyze(root: ref20)
        benchmark.startMeasurement()
        let report = try job.run(analysed: ref)
        benchmark.stopMeasurement()
        blackHole(report)
    }
}

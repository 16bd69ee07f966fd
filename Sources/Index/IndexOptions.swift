import Analysis
import Foundation
import FrontEnd

/// Options of an index run.
public struct IndexOptions: Sendable {
    /// Files analysed and written per step (a savepoint; see `commit` for transactions).
    public var batchSize = 256
    /// When the run's grouped transaction is committed (`CLONESCAN_INDEX_COMMIT_SECONDS` sets its seconds).
    public var commit = IndexWriter.GroupCommitPolicy()
    /// Files larger than this are skipped.
    public var maxFileBytes = 1 << 20
    /// `--include` / `--exclude`: files it does not keep are not indexed (and leave the index if they were in it).
    public var pathFilter = PathFilter.all
    /// Mark the repositories as templates (their code never counts as evidence).
    public var template = false
    /// Wait for another writer instead of failing.
    public var wait = false
    /// Parsing workers.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Test hook: sleep this long per file inside each write transaction (widens the window a kill can land in).
    public var pauseMicrosecondsPerFile: UInt32 = 0
    public var analysis = AnalysisParameters()
    /// Index the structure channel only, without the cross-language channels: for measuring what those
    /// cost (`Benchmarks/Index`). Such an index records a feature version of its own, so it never mixes
    /// with a normal one.
    public var structureOnly = false
    public init() {}

    /// The parameters recorded in the index.
    package var recordedAnalysis: AnalysisParameters {
        var p = analysis
        if structureOnly { p.featureVersion = -p.featureVersion }
        return p
    }
}

/// Where a run is, for progress displays.
public struct IndexProgress: Sendable {
    public var repository: String
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public var elapsed: Double
}

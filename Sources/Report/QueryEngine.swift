import Analysis
import Foundation
import FrontEnd
import Index

/// The result of `clonescan query`: indexed repositories that contain the reference's code,
/// ranked by how much of it they contain. Stable JSON, versioned by `schema_version`.
public struct QueryReport: Codable, Sendable {
    public static let schemaVersion = 1
    /// One indexed repository's verdict against the reference.
    public struct Result: Codable, Sendable {
        public var repository: String
        public var path: String
        public var head: String?
        public var verdict: Verdict
        public var score: Double
        public var containment: Double
        public var reverse_containment: Double
        public var relation: String
        public var headline: String
        public var matched_units: Int
        public var strong_matches: Int
        public var matches: [CompareReport.Match]
    }
    public var schema_version = QueryReport.schemaVersion
    public var reference: CompareReport.Side
    public var database: String
    public var repositories_indexed: Int
    public var candidates_verified: Int
    public var results: [Result]
}

/// Answers "which indexed repositories cloned REFERENCE?": LSH lookups in the index for every
/// reference unit, then the same verification and verdict as `compare`, per repository.
public struct QueryEngine {
    public var candidatesPerUnit = 32
    public var matchesPerResult = 5
    /// Called with each phase's name and seconds (for `--timings`).
    public var timing: ((String, Double) -> Void)?

    public init() {}

    public func query(index: CloneIndex, reference original: RepositoryFeatures, parameters: AnalysisParameters,
                      includeNotClones: Bool = false) throws -> QueryReport {
        var clock = Date()
        func lap(_ phase: String) { let now = Date(); timing?(phase, now.timeIntervalSince(clock)); clock = now }
        let originalUnits = UnitMatcher.evidenceUnits(original, parameters).map { original.files[$0.file].units[$0.unit] }
        let ids = try IndexCandidates.ids(index: index, for: originalUnits, limit: candidatesPerUnit)
        lap("lsh lookup")
        let loaded = try index.loadUnits(ids)
        lap("load \(loaded.count) candidate units")
        // Boilerplate (common across the index, or from template repositories) never counts as evidence.
        let filter = try BoilerplateFilter.load(index: index, reference: originalUnits, suspect: loaded.map(\.features))
        let reference = filter.apply(to: original).0
        let refUnits = UnitMatcher.evidenceUnits(reference, parameters)
        let repositories = try index.repositories()
        let byID = Dictionary(uniqueKeysWithValues: repositories.map { ($0.id, $0) })

        lap("boilerplate filter")
        var results: [QueryReport.Result] = []
        let grouped = IndexCandidates.byRepository(loaded)
        // Suspect views (index reads) first, on this thread; verification then runs on all cores.
        var jobs: [(repo: IndexedRepository, suspect: RepositoryFeatures, leafLines: Int)] = []
        for (repoID, repoUnits) in grouped {
            guard let repo = byID[repoID] else { continue }
            // A suspect view made of the candidate units only, grouped into their files.
            let suspect = filter.apply(to: IndexCandidates.repositoryView(root: repo.path, units: repoUnits)).0
            jobs.append((repo, suspect, try index.leafCodeLines(repository: repoID)))
        }
        var engine = CompareEngine(parameters: parameters)
        engine.topMatches = matchesPerResult
        // The index already ranked candidates by shared bands; verifying the best few per unit suffices.
        engine.matcher.maxCandidates = 16
        let outcomes = ResultSlots<Result<CompareReport, Error>>(count: jobs.count)
        let frozenReference = reference, frozenJobs = jobs, frozenEngine = engine
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let job = frozenJobs[i]
            outcomes.set(i, Result { try frozenEngine.compare(reference: frozenReference, suspect: job.suspect, suspectLeafLines: job.leafLines) })
        }
        for (i, job) in jobs.enumerated() {
            guard let outcome = outcomes.get(i) else { continue }
            let report = try outcome.get()
            guard includeNotClones || report.verdict != Verdict.notClone else { continue }
            let repo = job.repo
            results.append(.init(repository: repo.name, path: repo.path, head: repo.head, verdict: report.verdict, score: report.score,
                                 containment: report.containment, reverse_containment: report.reverse_containment,
                                 relation: report.relation, headline: report.headline, matched_units: report.matched_units,
                                 strong_matches: report.strong_matches, matches: report.matches))
        }
        lap("verify \(grouped.count) repositories")
        results.sort { $0.containment != $1.containment ? $0.containment > $1.containment : $0.repository < $1.repository }
        let refLines = refUnits.reduce(0) { $0 + reference.files[$1.file].units[$1.unit].codeLines }
        return QueryReport(reference: .init(path: reference.root, files: reference.files.count, languages: reference.languages,
                                            leaf_units: refUnits.count, leaf_lines: refLines, skipped: reference.skipped.count),
                           database: index.path, repositories_indexed: repositories.filter(\.complete).count,
                           candidates_verified: loaded.count, results: results)
    }
}

/// Write-once slots filled from concurrent iterations.
final class ResultSlots<T>: @unchecked Sendable {
    private var values: [T?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); values[i] = value; lock.unlock() }
    func get(_ i: Int) -> T? { lock.lock(); defer { lock.unlock() }; return values[i] }
}

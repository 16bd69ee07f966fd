import Analysis
import Foundation
import FrontEnd
import Index
import Matching
import Report

/// What `query` is asked: which repositories of an index contain a reference's code.
public struct QueryOptions: Sendable {
    /// The reference project (a directory or file).
    public var reference: String
    /// The index built by `clonescan index`.
    public var database: String
    /// Also list repositories whose candidates verified as `not-clone`.
    public var includeNotClones = false
    /// Matched regions listed per result; nil lists every match.
    public var maxMatches: Int? = 5
    /// `--include` / `--exclude`: which files count, on both sides (the analysed tree and every indexed repository).
    public var pathFilter = PathFilter.all
    /// Index candidates looked up per reference unit and channel.
    public var candidatesPerUnit = 32

    public init(reference: String, database: String) { self.reference = reference; self.database = database }
}

/// `clonescan query` as a library call: LSH lookups in the index for every reference unit name the candidate
/// repositories; each is then verified whole, exactly as `compare REFERENCE REPOSITORY --db INDEX` would.
public struct QueryJob: Sendable {
    public var options: QueryOptions
    /// Analysis parameters; the index must have been built with the same.
    public var parameters = AnalysisParameters()

    public init(_ options: QueryOptions) { self.options = options }

    /// The ranked results and the warnings met on the way.
    public struct Outcome: Sendable {
        public var report: QueryReport
        public var warnings: [String]
    }

    /// - Parameter timing: called with each phase's name and seconds (for `--timings`).
    /// - Throws: `JobError`.
    public func run(timing: (@Sendable (String, Double) -> Void)? = nil) async throws -> Outcome {
        var clock = Date()
        func lap(_ phase: String) { let now = Date(); timing?(phase, now.timeIntervalSince(clock)); clock = now }
        let index = try JobSteps.openIndex(options.database, parameters: parameters)
        let (reference, warnings) = try await JobSteps.analyze(RepositoryAnalyzer(parameters: parameters, discovery: JobSteps.discovery(options.pathFilter)), path: options.reference, role: "REFERENCE")
        lap("analyse reference")
        return Outcome(report: try run(analysed: reference, index: index, lap: lap), warnings: warnings)
    }

    /// The query for a reference already analysed with `parameters` (benchmarks time this part alone).
    /// - Throws: `JobError`.
    public func run(analysed reference: RepositoryFeatures) throws -> QueryReport {
        try run(analysed: reference, index: JobSteps.openIndex(options.database, parameters: parameters), lap: { _ in })
    }

    private func run(analysed reference: RepositoryFeatures, index: any IndexStore, lap: (String) -> Void) throws -> QueryReport {
        do {
            return try query(index: index, reference: reference, lap: lap)
        } catch let error as JobError { throw error } catch {
            throw JobError.runtime("query failed on --db \(terminalSafe(JobSteps.displayName(options.database))): \(error)")
        }
    }

    private func query(index: any IndexStore, reference: RepositoryFeatures, lap: (String) -> Void) throws -> QueryReport {
        let referenceUnits = UnitMatcher.evidenceUnits(reference, parameters).map { reference.files[$0.file].units[$0.unit] }
        let filter = try BoilerplateFilter.load(index: index, units: reference.files.flatMap(\.units))
        let verification = PairVerification(parameters: parameters, maxMatches: options.maxMatches)
        lap("boilerplate filter")
        var warnings: [String] = []
        // Each repository is verified on a worker as soon as it is loaded, while the next one loads.
        let outcomes = ResultSlots<Result<CompareReport, Error>>(count: 0)
        let verifying = DispatchGroup()
        let found = try VerifiableRepositories.load(
            index: index, units: referenceUnits, limit: options.candidatesPerUnit, keepEveryCandidate: options.includeNotClones, pathFilter: options.pathFilter,
            skip: { _ in nil }, hasMatch: { try verification.hasMatch(reference: reference, suspect: $0, boilerplate: filter) },
            loaded: { i, suspect in
                DispatchQueue.global().async(group: verifying) {
                    outcomes.set(i, Result { try verification.report(reference: reference, suspect: suspect, boilerplate: filter) })
                }
            },
            warnings: &warnings)
        let views = found.views.map { ($0.repository, $0.features) }
        lap("lsh lookup, first pass, load \(views.count) repositories (verifying the loaded ones meanwhile)")
        verifying.wait()
        var results: [QueryReport.Result] = []
        for (i, (repo, _)) in views.enumerated() {
            guard let outcome = outcomes.get(i) else { continue }
            let report = try outcome.get()
            guard options.includeNotClones || report.verdict != .notClone else { continue }
            results.append(.init(repository: repo.name, path: repo.path, head: repo.head, report: report))
        }
        lap("verify \(views.count) repositories (what was left after loading)")
        // Ties on score are ordered by path, so every backend and run lists them alike.
        results.sort { ($0.score, $0.containment) != ($1.score, $1.containment) ? ($0.score, $0.containment) > ($1.score, $1.containment) : ($0.path, $0.repository) < ($1.path, $1.repository) }
        let refUnits = UnitMatcher.evidenceUnits(reference, parameters)
        let refLines = refUnits.reduce(0) { $0 + reference.files[$1.file].units[$1.unit].codeLines }
        return QueryReport(reference: .init(reference, units: refUnits.count, lines: refLines), database: index.path,
                           repositories_indexed: found.repositories.count, candidates_verified: found.candidateUnits, results: results)
    }
}

/// Write-once slots filled from concurrent iterations (a slot past the end grows them).
final class ResultSlots<T>: @unchecked Sendable {
    private var values: [T?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) {
        lock.lock()
        if i >= values.count { values += Array(repeating: nil, count: i + 1 - values.count) }
        values[i] = value
        lock.unlock()
    }
    func get(_ i: Int) -> T? { lock.lock(); defer { lock.unlock() }; return values[i] }
}

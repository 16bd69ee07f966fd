import Analysis
import Foundation
import FrontEnd
import Index
import License
import Matching
import Report

/// What `compare` is asked: two trees, and optionally an index whose common code is boilerplate.
public struct CompareOptions: Sendable {
    /// The original project (a directory or file).
    public var reference: String
    /// The project suspected of copying it.
    public var suspect: String
    /// An index built by `clonescan index`: shingles common across it, or from its template repositories, never count.
    public var database: String?
    /// Files larger than this many bytes are skipped.
    public var maxFileBytes = 1 << 20
    /// Join both sides' licenses, the suspect's attribution and the obligations it breaks.
    public var checkLicense = true
    /// Matched regions listed in the report; nil lists every match.
    public var maxMatches: Int?
    /// `--include` / `--exclude`: which files of both sides count.
    public var pathFilter = PathFilter.all
    /// `--base`: trees whose code is boilerplate by declaration (a project template, a shared starter kit): their
    /// shingles never count as evidence, in any channel.
    public var base: [String] = []
    /// `--history`: read both sides' git histories (fork, first appearance, closest reference version).
    public var history = false
    /// The budgets of `history`.
    public var historyOptions = HistoryOptions()

    public init(reference: String, suspect: String) { self.reference = reference; self.suspect = suspect }
}

/// `clonescan compare` as a library call:
///
/// ```swift
/// let result = try await CompareJob(CompareOptions(reference: "ref/", suspect: "theirs/")).run()
/// print(result.report.verdict, result.report.containment)
/// ```
public struct CompareJob: Sendable {
    public var options: CompareOptions
    /// Analysis parameters; an index given with `database` must have been built with the same.
    public var parameters = AnalysisParameters()

    /// A suspect with more source than this is analysed twice in chunks and slimmed (`SuspectScreen`), so its memory
    /// stays bounded; the answer is the same either way.
    public var screenSuspectAboveBytes = 48 << 20

    public init(_ options: CompareOptions) { self.options = options }

    /// The screen for a suspect above `screenSuspectAboveBytes` of source, when no boilerplate filter applies (a filter
    /// changes features after analysis, so the screen could not know the candidates).
    /// The suspect's discovery comes with it, so the screen's two passes do not list the tree again.
    private func screen(for reference: RepositoryFeatures, discovery: DiscoveryOptions) throws -> (screen: SuspectScreen, discovered: Discovery)? {
        guard options.database == nil, options.base.isEmpty,
              let found = try? FileDiscovery(options: discovery).discover(root: options.suspect),
              found.files.reduce(0, { $0 + $1.size }) > screenSuspectAboveBytes else { return nil }
        return (try SuspectScreen(reference: reference, parameters: parameters), found)
    }

    /// The report and the warnings met on the way (skipped files), one line each.
    public struct Outcome: Sendable {
        public var report: CompareReport
        public var warnings: [String]
        /// The source files analysed on each side (relative paths), for documents that list them (SPDX).
        public var referenceFiles: [String] = []
        public var suspectFiles: [String] = []
        /// Both sides' license scans, when the license stage ran and succeeded (SPDX reads them, never rescans).
        public var licenseScans: (reference: LicenseReport, suspect: LicenseReport)?
    }

    /// Analyses both trees, removes boilerplate, matches, decides and joins the license side branch.
    /// - Parameter progress: called with the name of each stage as it starts.
    /// - Throws: `JobError`.
    public func run(progress: (@Sendable (String) -> Void)? = nil) async throws -> Outcome {
        var discovery = JobSteps.discovery(options.pathFilter)
        discovery.maxFileBytes = options.maxFileBytes
        let analyzer = RepositoryAnalyzer(parameters: parameters, discovery: discovery)
        var warnings: [String] = []
        if URL(fileURLWithPath: options.reference).standardizedFileURL == URL(fileURLWithPath: options.suspect).standardizedFileURL {
            warnings.append("REFERENCE and SUSPECT are the same path; the comparison will report a clone of itself")
        }
        progress?("analysing \(options.reference)")
        let (reference, w1) = try await JobSteps.analyze(analyzer, path: options.reference, role: "REFERENCE")
        progress?("analysing \(options.suspect)")
        let screen = try screen(for: reference, discovery: discovery)
        let (suspect, w2) = try await JobSteps.analyze(analyzer, path: options.suspect, role: "SUSPECT", screen: screen)
        warnings += w1 + w2

        var filter: BoilerplateFilter?
        if let db = options.database {
            let index = try JobSteps.openIndex(db, parameters: parameters)
            do {
                filter = try BoilerplateFilter.load(index: index, units: reference.files.flatMap(\.units))
            } catch {
                throw JobError.runtime("--db \(terminalSafe(JobSteps.displayName(db))): \(error)")
            }
        }
        for base in options.base {
            progress?("analysing --base \(base)")
            let (features, _) = try await JobSteps.analyze(analyzer, path: base, role: "--base")
            let declared = BoilerplateFilter.base(hashesOf: features.files.flatMap(\.units))
            filter = filter.map { $0.merging(declared) } ?? declared
        }
        progress?("matching \(reference.files.count) x \(suspect.files.count) files")
        let verification = PairVerification(parameters: parameters, maxMatches: options.maxMatches)
        let compared = try verification.compare(reference: reference, suspect: suspect, boilerplate: filter)
        var report = verification.report(of: compared, boilerplate: filter)
        var licenseScans: (reference: LicenseReport, suspect: LicenseReport)?
        if options.checkLicense {
            progress?("checking licenses and attribution")
            licenseScans = LicenseJoin.fill(&report, reference: options.reference, suspect: options.suspect)
        }
        if options.history {
            let history = HistoryAnalysis(analyzer: analyzer, verification: verification, boilerplate: filter,
                                          options: options.historyOptions, progress: progress)
            report.history = await history.run(referencePath: options.reference, suspectPath: options.suspect,
                                               reference: reference, suspect: suspect, baseline: compared.comparison)
        }
        return Outcome(report: report, warnings: warnings, referenceFiles: reference.files.map(\.path),
                       suspectFiles: suspect.files.map(\.path), licenseScans: licenseScans)
    }
}

/// One pair, one answer: boilerplate removed, compared, reported. `compare`, `query` and `audit` all verify a pair here.
struct PairVerification: Sendable {
    var parameters: AnalysisParameters
    var maxMatches: Int?

    /// A pair's comparison and the views it ran on (boilerplate removed), plus how many shingles were removed.
    typealias Compared = (comparison: PairComparison, reference: RepositoryFeatures, suspect: RepositoryFeatures, removed: Int)

    /// Whether the pair's comparison has at least one unit match: the matcher alone on the pair cleared of its
    /// boilerplate, as `compare` runs it, without the shares, channels and verdict built around its matches.
    func hasMatch(reference: RepositoryFeatures, suspect: RepositoryFeatures, boilerplate: BoilerplateFilter?) throws -> Bool {
        let (ref, sus, _) = cleared(reference: reference, suspect: suspect, boilerplate: boilerplate)
        return try !PairComparer(parameters: parameters).matcher.match(reference: ref, suspect: sus, parameters: parameters).isEmpty
    }

    /// Both sides cleared of the pair's boilerplate (`BoilerplateFilter.forPair`), and how many shingles that removed.
    private func cleared(reference: RepositoryFeatures, suspect: RepositoryFeatures, boilerplate: BoilerplateFilter?)
        -> (RepositoryFeatures, RepositoryFeatures, removed: Int) {
        guard let pair = boilerplate?.forPair(reference: reference, suspect: suspect) else { return (reference, suspect, 0) }
        let (r, removedR) = pair.apply(to: reference)
        let (s, removedS) = pair.apply(to: suspect)
        return (r, s, removedR + removedS)
    }

    /// The pair's comparison and the views it ran on.
    func compare(reference: RepositoryFeatures, suspect: RepositoryFeatures, boilerplate: BoilerplateFilter?) throws -> Compared {
        let (ref, sus, removed) = cleared(reference: reference, suspect: suspect, boilerplate: boilerplate)
        var comparer = PairComparer(parameters: parameters)
        comparer.dataTablesAreEvidence = (boilerplate?.repositories ?? 0) > 0
        let comparison = try comparer.compare(reference: ref, suspect: sus)
        return (comparison, ref, sus, removed)
    }

    /// The compare report of the pair.
    func report(reference: RepositoryFeatures, suspect: RepositoryFeatures, boilerplate: BoilerplateFilter?) throws -> CompareReport {
        report(of: try compare(reference: reference, suspect: suspect, boilerplate: boilerplate), boilerplate: boilerplate)
    }

    /// The compare report of a pair already compared.
    func report(of compared: Compared, boilerplate: BoilerplateFilter?) -> CompareReport {
        let (c, ref, sus, removed) = compared
        var report = CompareReport(c, reference: ref, suspect: sus, parameters: parameters, maxMatches: maxMatches)
        if let boilerplate { report.excluded.append(boilerplate.describe(removed: removed)) }
        return report
    }
}

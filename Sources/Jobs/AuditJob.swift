import Analysis
import Foundation
import FrontEnd
import Index
import License
import Matching
import Report

/// What makes an audit fail (`--fail-on`).
public enum AuditFailOn: String, Codable, Sendable, CaseIterable {
    /// The project does not credit the repository (attribution `no`, or `unknown` when it could not be checked).
    case unattributed
    /// The repository's license cannot be relicensed as the project's (`copyleft-relicensed`, `incompatible-combination`).
    case incompatible
    /// Any obligation of the repository's license is broken (includes `notice-not-kept`).
    case obligations
    /// Any listed repository at or above `failAt`, whatever its license status.
    case anyMatch = "any-match"
}

/// The rules of an audit: which repositories are listed and which fail it.
public struct AuditPolicy: Sendable {
    /// Repositories whose verdict is below this are not listed.
    public var minVerdict: Verdict = .related
    /// Only results at or above this verdict can fail the audit.
    public var failAt: Verdict = .partialClone
    /// The problems that fail the audit.
    public var failOn: Set<AuditFailOn> = [.unattributed, .incompatible]

    /// The defaults are `clonescan audit`'s: list from `related`, fail at `partial-clone` on unattributed or incompatible.
    public init(minVerdict: Verdict = .related, failAt: Verdict = .partialClone, failOn: Set<AuditFailOn> = [.unattributed, .incompatible]) {
        self.minVerdict = minVerdict; self.failAt = failAt; self.failOn = failOn
    }

    /// Whether a result with this verdict and these problems fails the audit.
    public func fails(verdict: Verdict, problems: [String]) -> Bool {
        guard verdict >= failAt else { return false }
        if failOn.contains(.anyMatch) { return true }
        if failOn.contains(.unattributed) && problems.contains(AuditJob.Problem.unattributed) { return true }
        if failOn.contains(.incompatible) && problems.contains(AuditJob.Problem.incompatible) { return true }
        if failOn.contains(.obligations) && problems.contains(AuditJob.Problem.obligations) { return true }
        return false
    }
}

/// What `audit` is asked: which indexed repositories a project's code came from, and what it owes them.
public struct AuditOptions: Sendable {
    /// The project to audit (a directory).
    public var project: String
    /// The index built by `clonescan index`.
    public var database: String
    /// Which repositories are listed and which fail the audit.
    public var policy = AuditPolicy()
    /// Matched regions listed per repository; nil lists every match.
    public var maxMatches: Int? = 5
    /// `--include` / `--exclude`: which files count, on both sides (the analysed tree and every indexed repository).
    public var pathFilter = PathFilter.all
    /// Index candidates looked up per project unit and channel.
    public var candidatesPerUnit = 32

    public init(project: String, database: String) { self.project = project; self.database = database }
}

/// `clonescan audit` as a library call: the reverse of `query`. The project is the suspect and every indexed
/// repository a potential reference: LSH lookups in the index for each project unit name the candidate
/// repositories; each is verified whole, exactly as `compare REPOSITORY PROJECT --db INDEX` would, then joined
/// with both sides' licenses, the project's attribution of the repository and the obligations it breaks.
public struct AuditJob: Sendable {
    /// Problem names used in `AuditReport.Result.problems`.
    public enum Problem {
        /// Attribution `no`, or `unknown` when it could not be checked.
        public static let unattributed = "unattributed"
        /// A `copyleft-relicensed` or `incompatible-combination` obligation is broken.
        public static let incompatible = "license-incompatible"
        /// At least one obligation is broken.
        public static let obligations = "obligations-broken"
    }

    public var options: AuditOptions
    /// Analysis parameters; the index must have been built with the same.
    public var parameters = AnalysisParameters()

    public init(_ options: AuditOptions) { self.options = options }

    /// Audits the project against every repository in the index.
    ///
    /// A repository indexed from the project's own path, or from a directory that contains it, is skipped
    /// (with a warning): it is the project itself. A repository whose path is gone gets license status
    /// `path-gone`; attribution is still checked by its name. A license scan failure of one repository becomes
    /// that result's `error`, never a failed audit.
    /// - Parameter progress: one line per stage, for a progress display.
    /// - Throws: `JobError`.
    public func run(progress: (@Sendable (String) -> Void)? = nil) async throws -> AuditReport {
        let index = try JobSteps.openIndex(options.database, parameters: parameters)
        let scanner: LicenseScanner
        do { scanner = try LicenseScanner() } catch {
            let message = String(describing: error)
            throw JobError.runtime(message.contains("make setup") ? message : "license data: \(message) (run `make setup`)")
        }
        progress?("analysing \(options.project)")
        let (project, warnings) = try await JobSteps.analyze(RepositoryAnalyzer(parameters: parameters, discovery: JobSteps.discovery(options.pathFilter)), path: options.project, role: "PROJECT")
        do {
            var report = try audit(index: index, project: project, scanner: scanner, progress: progress)
            report.warnings = warnings + report.warnings
            return report
        } catch let error as JobError { throw error } catch {
            throw JobError.runtime("audit failed on --db \(terminalSafe(JobSteps.displayName(options.database))): \(String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " "))")
        }
    }

    func audit(index: any IndexStore, project: RepositoryFeatures, scanner: LicenseScanner,
               progress: (@Sendable (String) -> Void)?) throws -> AuditReport {
        let policy = options.policy
        let projectURL = URL(fileURLWithPath: project.root).standardizedFileURL
        let projectUnits = UnitMatcher.evidenceUnits(project, parameters)
        let projectLines = projectUnits.reduce(0) { $0 + project.files[$1.file].units[$1.unit].codeLines }
        let ownPath = Self.realPath(projectURL.path)
        var warnings: [String] = []

        progress?("looking up \(projectUnits.count) project units in the index")
        let filter = try BoilerplateFilter.load(index: index, units: project.files.flatMap(\.units))
        let verification = PairVerification(parameters: parameters, maxMatches: options.maxMatches)
        let units = projectUnits.map { project.files[$0.file].units[$0.unit] }
        let found = try VerifiableRepositories.load(
            index: index, units: units, limit: options.candidatesPerUnit, keepEveryCandidate: false, pathFilter: options.pathFilter,
            skip: { repo in
                let repoPath = Self.realPath(repo.path)
                guard repoPath == ownPath || ownPath.hasPrefix(repoPath.hasSuffix("/") ? repoPath : repoPath + "/") else { return nil }
                return "the project itself is indexed as \(repo.name) (\(repo.path)); not audited against itself"
            },
            hasMatch: { try verification.hasMatch(reference: $0, suspect: project, boilerplate: filter) },
            warnings: &warnings)

        progress?("scanning the project's licenses")
        let projectLicense = try scanner.scan(root: projectURL)
        var results: [AuditReport.Result] = []
        var matchedProjectUnits = Set<UnitRef>()
        for (repo, view) in found.views {
            progress?("verifying \(repo.name)")
            let (c, reference, suspect, _) = try verification.compare(reference: view, suspect: project, boilerplate: filter)
            guard !c.matches.isEmpty, c.verdict >= policy.minVerdict else { continue }
            var result = AuditReport.Result(c, repository: repo, pathExists: FileManager.default.fileExists(atPath: repo.path),
                                            reference: reference, project: suspect, maxRegions: options.maxMatches)
            progress?("checking licenses and attribution of \(repo.name)")
            joinLicense(&result, repository: repo, projectURL: projectURL, projectLicense: projectLicense, scanner: scanner)
            result.problems = Self.problems(result)
            result.fails = policy.fails(verdict: result.verdict, problems: result.problems)
            for m in c.matches { matchedProjectUnits.insert(m.suspect) }
            results.append(result)
        }
        results.sort {
            ($0.project_lines, $0.repository_share) != ($1.project_lines, $1.repository_share)
                ? ($0.project_lines, $0.repository_share) > ($1.project_lines, $1.repository_share)
                : ($0.repository, $0.path) < ($1.repository, $1.path)
        }
        let matchedLines = matchedProjectUnits.reduce(0) { $0 + project.files[$1.file].units[$1.unit].codeLines }
        let summary = AuditReport.Summary(
            repositories: results.count, failing: results.filter(\.fails).count,
            unattributed: results.filter { $0.problems.contains(Problem.unattributed) }.count,
            license_incompatible: results.filter { $0.problems.contains(Problem.incompatible) }.count,
            obligations_broken: results.filter { $0.problems.contains(Problem.obligations) }.count,
            project_lines_matched: matchedLines, project_share: projectLines > 0 ? CompareReport.round(Double(matchedLines) / Double(projectLines)) : 0)
        let policyOut = AuditReport.Policy(min_verdict: policy.minVerdict, fail_at: policy.failAt,
                                           fail_on: AuditFailOn.allCases.filter { policy.failOn.contains($0) }.map(\.rawValue))
        let side = AuditReport.LicenseSide(declared: projectLicense.declared, evidence: projectLicense.declaredFrom,
                                           status: projectLicense.declared == nil ? "none-found" : "declared", error: nil)
        return AuditReport(
            project: .init(path: project.root, files: project.files.count, languages: project.languages, leaf_units: projectUnits.count,
                           leaf_lines: projectLines, skipped: project.skipped.count, license: side),
            database: index.path, repositories_indexed: found.repositories.count,
            candidates_verified: found.candidateUnits, policy: policyOut, summary: summary, results: results,
            failed: results.contains(where: \.fails), warnings: warnings)
    }

    /// Fills license, attribution and obligations: the repository as reference, the project as suspect,
    /// attribution scoped to the matched project files.
    func joinLicense(_ result: inout AuditReport.Result, repository repo: IndexedRepository, projectURL: URL,
                     projectLicense: LicenseReport, scanner: LicenseScanner) {
        let scope = result.project_files.map(\.path).sorted()
        result.license.project = projectLicense.declared
        var isDir: ObjCBool = false
        let present = FileManager.default.fileExists(atPath: repo.path, isDirectory: &isDir) && isDir.boolValue
        result.path_exists = present
        guard present else {
            result.license.repository = .init(declared: nil, evidence: [], status: "path-gone", error: nil)
            do {
                let a = try AttributionChecker.check(reference: ReferenceIdentity(names: [repo.name]), suspectRoot: projectURL,
                                                     scope: scope, suspectNames: projectLicense.identity.names,
                                                     suspectReport: projectLicense)
                result.attribution = .init(verdict: a.verdict.rawValue, evidence: a.evidence.map(AttributionItem.init))
            } catch {
                result.license.repository.error = Self.oneLine("\(error)")
            }
            return
        }
        do {
            let repoLicense = try scanner.scan(root: URL(fileURLWithPath: repo.path))
            let derived = result.verdict >= .partialClone
            let matched = derived
                ? MatchedFiles.pairs(result.project_files.flatMap { f in f.repository_files.map { (reference: $0, suspect: f.path) } },
                                     referenceRoot: repo.path, suspectRoot: projectURL.path)
                : []
            let c = try LicenseComparison.evaluate(reference: repoLicense, suspect: projectLicense, suspectRoot: projectURL,
                                                   referenceRoot: URL(fileURLWithPath: repo.path), scope: scope,
                                                   extraNames: [repo.name], matchedFiles: matched)
            result.license.repository = .init(declared: repoLicense.declared, evidence: repoLicense.declaredFrom,
                                              status: repoLicense.declared == nil ? "none-found" : "declared", error: nil)
            result.license.changed = c.licenseChanged
            // No accusation without derivation: a related repository's license difference is context only.
            result.license.notice_kept = derived ? c.notice.kept : nil
            result.obligations_broken = derived ? c.obligations.map(ObligationItem.init) : []
            result.license.incompatible = derived && c.obligations.contains { $0.rule == "copyleft-relicensed" || $0.rule == "incompatible-combination" }
            result.attribution = .init(verdict: c.attribution.verdict.rawValue, evidence: c.attribution.evidence.map(AttributionItem.init))
        } catch {
            result.license.repository = .init(declared: nil, evidence: [], status: "error", error: Self.oneLine("\(error)"))
        }
    }

    /// The problem names of a result, in a fixed order.
    static func problems(_ r: AuditReport.Result) -> [String] {
        var out: [String] = []
        if r.attribution.verdict == AttributionVerdict.no.rawValue || r.attribution.verdict == "unknown" { out.append(Problem.unattributed) }
        if r.license.incompatible { out.append(Problem.incompatible) }
        if !r.obligations_broken.isEmpty { out.append(Problem.obligations) }
        return out
    }

    static func oneLine(_ s: String) -> String {
        String(s.split(whereSeparator: \.isNewline).joined(separator: " ").prefix(500))
    }

    static func realPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

import Analysis
import Foundation
import FrontEnd
import Index
import License

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
        if failOn.contains(.unattributed) && problems.contains(AuditEngine.Problem.unattributed) { return true }
        if failOn.contains(.incompatible) && problems.contains(AuditEngine.Problem.incompatible) { return true }
        if failOn.contains(.obligations) && problems.contains(AuditEngine.Problem.obligations) { return true }
        return false
    }
}

/// `clonescan audit`: the reverse of `query`. The project is the suspect and every indexed repository a
/// potential reference: LSH lookups in the index for each project unit, candidates grouped by repository,
/// verified with the same unit matcher and verdict model as `compare`, then joined with both sides'
/// licenses, the project's attribution of the repository and the obligations it breaks.
///
/// Shares are over whole trees: `repository_share` divides by the repository's leaf-unit lines in the
/// index (not only the candidates), `project_share` by the project's evidence-unit lines. The verdict is
/// decided from those shares (repository as reference, project as suspect), so a project that took five
/// functions verbatim from a large library is a `partial-clone` of it, as in `compare`.
public struct AuditEngine: Sendable {
    /// Problem names used in `AuditReport.Result.problems`.
    public enum Problem {
        /// Attribution `no`, or `unknown` when it could not be checked.
        public static let unattributed = "unattributed"
        /// A `copyleft-relicensed` or `incompatible-combination` obligation is broken.
        public static let incompatible = "license-incompatible"
        /// At least one obligation is broken.
        public static let obligations = "obligations-broken"
    }

    /// Index candidates looked up per project unit and channel.
    public var candidatesPerUnit = 32
    /// Matched regions listed per repository.
    public var regionsPerResult = 5
    /// Which repositories are listed and which fail the audit.
    public var policy: AuditPolicy
    /// Verifies candidate units (the same matcher as `compare`).
    public var matcher = UnitMatcher()

    /// An engine with `policy`.
    public init(policy: AuditPolicy = AuditPolicy()) { self.policy = policy }

    /// Audits `project` (analysed with the index's `parameters`) against every repository in `index`.
    ///
    /// A repository indexed from the project's own path, or from a directory that contains it, is skipped
    /// (with a warning): it is the project itself. A repository whose
    /// path is gone gets license status `path-gone`; attribution is still checked by its name. A license
    /// scan failure of one repository becomes that result's `error`, never a failed audit.
    /// - Parameters:
    ///   - scanner: the license scanner (its data must be installed).
    ///   - progress: one line per stage, for a progress display.
    /// - Throws: index read errors, and license scan errors on the project itself.
    /// - Complexity: one batched LSH lookup per channel for all project units, one unit match per candidate
    ///   repository (linear in candidates), one license scan per listed repository.
    public func audit(index: CloneIndex, project original: RepositoryFeatures, parameters: AnalysisParameters,
                      scanner: LicenseScanner, progress: ((String) -> Void)? = nil) throws -> AuditReport {
        // Boilerplate (common across the index, or from template repositories) never counts as evidence, as in `query`.
        let filter = try BoilerplateFilter.load(index: index, for: [original])
        let project = filter.apply(to: original).0
        let projectURL = URL(fileURLWithPath: project.root).standardizedFileURL
        let projectUnits = UnitMatcher.evidenceUnits(project, parameters)
        let projectLines = projectUnits.reduce(0) { $0 + project.files[$1.file].units[$1.unit].codeLines }
        var warnings: [String] = []

        progress?("looking up \(projectUnits.count) project units in the index")
        let (repositories, loaded, totals) = try index.snapshot { () throws -> ([IndexedRepository], [IndexedUnit], [Int64: Int]) in
            let units = projectUnits.map { project.files[$0.file].units[$0.unit] }
            let loaded = try index.loadUnits(IndexCandidates.ids(index: index, for: units, limit: candidatesPerUnit))
            let repositories = try index.repositories()
            var totals: [Int64: Int] = [:]
            for id in Set(loaded.map(\.repositoryID)) { totals[id] = try index.leafCodeLines(repository: id) }
            return (repositories, loaded, totals)
        }
        let byID = Dictionary(uniqueKeysWithValues: repositories.map { ($0.id, $0) })
        let ownPath = Self.realPath(projectURL.path)

        progress?("scanning the project's licenses")
        let projectLicense = try scanner.scan(root: projectURL)

        var results: [AuditReport.Result] = []
        var matchedProjectUnits = Set<UnitRef>()
        for (repoID, repoUnits) in IndexCandidates.byRepository(loaded) {
            guard let repo = byID[repoID] else { continue }
            let repoPath = Self.realPath(repo.path)
            if repoPath == ownPath || ownPath.hasPrefix(repoPath.hasSuffix("/") ? repoPath : repoPath + "/") {
                warnings.append("the project itself is indexed as \(repo.name) (\(repo.path)); not audited against itself")
                continue
            }
            progress?("verifying \(repoUnits.count) candidate units of \(repo.name)")
            // The repository side: its candidate units only, grouped into their files.
            let reference = filter.apply(to: IndexCandidates.repositoryView(root: repo.path, units: repoUnits)).0
            let matches = try matcher.match(reference: reference, suspect: project, parameters: parameters)
            guard !matches.isEmpty else { continue }
            guard var result = evaluate(matches: matches, repository: repo, reference: reference, project: project,
                                        projectLines: projectLines, repositoryLines: totals[repoID] ?? 0) else { continue }
            progress?("checking licenses and attribution of \(repo.name)")
            joinLicense(&result, repository: repo, projectURL: projectURL, projectLicense: projectLicense, scanner: scanner)
            result.problems = Self.problems(result)
            result.fails = policy.fails(verdict: result.verdict, problems: result.problems)
            for m in matches { matchedProjectUnits.insert(m.suspect) }
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
            project_lines_matched: matchedLines, project_share: projectLines > 0 ? CompareEngine.round(Double(matchedLines) / Double(projectLines)) : 0)
        let policyOut = AuditReport.Policy(min_verdict: policy.minVerdict, fail_at: policy.failAt,
                                           fail_on: AuditFailOn.allCases.filter { policy.failOn.contains($0) }.map(\.rawValue))
        let side = AuditReport.LicenseSide(declared: projectLicense.declared, evidence: projectLicense.declaredFrom,
                                           status: projectLicense.declared == nil ? "none-found" : "declared", error: nil)
        return AuditReport(
            project: .init(path: project.root, files: project.files.count, languages: project.languages, leaf_units: projectUnits.count,
                           leaf_lines: projectLines, skipped: project.skipped.count, license: side),
            database: index.path, repositories_indexed: repositories.filter { $0.complete && !$0.isTemplate }.count,
            candidates_verified: loaded.count, policy: policyOut, summary: summary, results: results,
            failed: results.contains(where: \.fails), warnings: warnings)
    }

    /// Shares, verdict and regions of one repository's matches; nil when below `policy.minVerdict`.
    func evaluate(matches: [UnitMatch], repository repo: IndexedRepository, reference: RepositoryFeatures, project: RepositoryFeatures,
                  projectLines: Int, repositoryLines: Int) -> AuditReport.Result? {
        func unit(_ r: RepositoryFeatures, _ ref: UnitRef) -> UnitFeatures { r.files[ref.file].units[ref.unit] }
        let matchedRepo = matches.reduce(0) { $0 + unit(reference, $1.reference).codeLines }
        let matchedProject = matches.reduce(0) { $0 + unit(project, $1.suspect).codeLines }
        let literalLines = matches.filter { $0.score.channel == .literals }.reduce(0) { $0 + unit(reference, $1.reference).codeLines }
        // The index's total can lag the candidates only if the repository was refreshed mid-read; never exceed 1.
        let repoTotal = max(repositoryLines, matchedRepo)
        let repoLangs = reference.languages, projectLangs = project.languages
        let crossLanguage = !(repoLangs.first.map { projectLangs.contains($0) } ?? true)
        let evidence = VerdictEvidence(
            containment: repoTotal > 0 ? Double(matchedRepo) / Double(repoTotal) : 0,
            reverseContainment: projectLines > 0 ? min(1, Double(matchedProject) / Double(projectLines)) : 0,
            strongMatches: matches.filter { $0.score.combined >= 0.8 }.count,
            matchedUnits: matches.count, referenceUnits: repo.unitCount,
            meanScore: matches.reduce(0) { $0 + $1.score.combined } / Double(max(1, matches.count)),
            literalShare: matchedRepo > 0 ? Double(literalLines) / Double(matchedRepo) : 0,
            crossLanguage: crossLanguage)
        let (verdict, reason) = VerdictModel.decide(evidence)
        guard verdict >= policy.minVerdict else { return nil }

        let sorted = matches.sorted {
            $0.score.combined != $1.score.combined ? $0.score.combined > $1.score.combined
                : (project.files[$0.suspect.file].path, $0.suspectLines.lowerBound) < (project.files[$1.suspect.file].path, $1.suspectLines.lowerBound)
        }
        let regions = sorted.prefix(regionsPerResult).map { m -> AuditReport.Region in
            AuditReport.Region(
                project: .init(project, m.suspect, lines: m.suspectLines),
                repository: .init(reference, m.reference, lines: m.referenceLines),
                similarity: CompareEngine.round(m.score.combined), channel: m.score.channel.rawValue)
        }
        var files: [String: AuditReport.ProjectFile] = [:]
        for m in matches {
            let p = project.files[m.suspect.file].path, r = reference.files[m.reference.file].path
            files[p, default: .init(path: p, matched_units: 0, matched_lines: 0, repository_files: [])].matched_units += 1
            files[p]?.matched_lines += unit(project, m.suspect).codeLines
            if files[p]?.repository_files.contains(r) == false { files[p]?.repository_files.append(r) }
        }
        let projectFiles = files.values.map { f -> AuditReport.ProjectFile in
            var f = f
            f.repository_files.sort()
            return f
        }.sorted { $0.matched_lines != $1.matched_lines ? $0.matched_lines > $1.matched_lines : $0.path < $1.path }
        let relation = crossLanguage ? "port \(repoLangs.first ?? "?") -> \(projectLangs.first ?? "?")" : "same-language"
        let exists = FileManager.default.fileExists(atPath: repo.path)
        return AuditReport.Result(
            repository: repo.name, path: repo.path, head: repo.head, path_exists: exists, verdict: verdict,
            score: CompareEngine.round(VerdictModel.score(evidence)), relation: relation, reason: reason,
            matched_units: matches.count, strong_matches: evidence.strongMatches,
            project_lines: matchedProject, project_share: CompareEngine.round(evidence.reverseContainment),
            repository_lines: matchedRepo, repository_leaf_lines: repoTotal, repository_share: CompareEngine.round(evidence.containment),
            project_files: projectFiles, regions: Array(regions),
            license: .init(repository: .init(declared: nil, evidence: [], status: "error", error: nil), project: nil,
                           changed: false, incompatible: false, notice_kept: nil),
            attribution: .init(verdict: "unknown", evidence: []), obligations_broken: [], problems: [], fails: false)
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
                                                     scope: scope, suspectNames: projectLicense.identity.names)
                result.attribution = .init(verdict: a.verdict.rawValue, evidence: a.evidence.prefix(5).map(\.display))
            } catch {
                result.license.repository.error = Self.oneLine("\(error)")
            }
            return
        }
        do {
            let repoLicense = try scanner.scan(root: URL(fileURLWithPath: repo.path))
            let c = try LicenseComparison.evaluate(reference: repoLicense, suspect: projectLicense, suspectRoot: projectURL,
                                                   scope: scope, extraNames: [repo.name])
            result.license.repository = .init(declared: repoLicense.declared, evidence: repoLicense.declaredFrom,
                                              status: repoLicense.declared == nil ? "none-found" : "declared", error: nil)
            result.license.changed = c.licenseChanged
            result.license.notice_kept = c.notice.kept
            result.obligations_broken = c.obligations.map { .init(rule: $0.rule, license: $0.license, explanation: $0.explanation, source: $0.source) }
            result.license.incompatible = c.obligations.contains { $0.rule == "copyleft-relicensed" || $0.rule == "incompatible-combination" }
            result.attribution = .init(verdict: c.attribution.verdict.rawValue, evidence: c.attribution.evidence.prefix(5).map(\.display))
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

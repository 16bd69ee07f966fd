import Analysis
import Index
import Matching

extension AuditReport.Result {
    /// The result of one verified pair, the repository as reference and the project as suspect, before the
    /// license join fills `license`, `attribution`, `obligations_broken`, `problems` and `fails`.
    /// - Parameters:
    ///   - reference, project: the features the comparison ran on (boilerplate already removed).
    ///   - maxRegions: matched regions listed; nil lists every match.
    public init(_ c: PairComparison, repository repo: IndexedRepository, pathExists: Bool,
                reference: RepositoryFeatures, project: RepositoryFeatures, maxRegions: Int?) {
        let round = CompareReport.round
        let listed = maxRegions.map { Array(c.matches.prefix($0)) } ?? c.matches
        let regions = listed.map { m in
            AuditReport.Region(project: .init(project, m.suspect, lines: m.suspectLines),
                               repository: .init(reference, m.reference, lines: m.referenceLines),
                               similarity: round(m.score.combined), channel: m.score.channel.rawValue)
        }
        var files: [String: AuditReport.ProjectFile] = [:]
        for m in c.matches {
            let p = project.files[m.suspect.file].path, r = reference.files[m.reference.file].path
            files[p, default: .init(path: p, matched_units: 0, matched_lines: 0, repository_files: [])].matched_units += 1
            files[p]?.matched_lines += project.files[m.suspect.file].units[m.suspect.unit].codeLines
            if files[p]?.repository_files.contains(r) == false { files[p]?.repository_files.append(r) }
        }
        let projectFiles = files.values.map { f -> AuditReport.ProjectFile in
            var f = f
            f.repository_files.sort()
            return f
        }.sorted { $0.matched_lines != $1.matched_lines ? $0.matched_lines > $1.matched_lines : $0.path < $1.path }
        self.init(
            repository: repo.name, path: repo.path, head: repo.head, path_exists: pathExists, verdict: c.verdict,
            score: round(c.score), containment: round(c.containment), reverse_containment: round(c.reverseContainment),
            relation: c.relation.description, reason: c.reason,
            matched_units: c.matches.count, strong_matches: c.evidence.strongMatches,
            project_lines: c.matchedSuspectLines, project_share: round(c.reverseContainment),
            repository_lines: c.matchedReferenceLines, repository_leaf_lines: c.referenceLines, repository_share: round(c.containment),
            project_files: projectFiles, regions: regions,
            license: .init(repository: .init(declared: nil, evidence: [], status: "error", error: nil), project: nil,
                           changed: false, incompatible: false, notice_kept: nil),
            attribution: .init(verdict: "unknown", evidence: []), obligations_broken: [], problems: [], fails: false)
        evidence_channels = CompareReport.EvidenceChannelsJSON(c, reference: reference, suspect: project)
    }
}

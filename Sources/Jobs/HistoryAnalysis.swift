import Analysis
import Foundation
import FrontEnd
import History
import Matching
import Report

/// The budgets of `compare --history` (docs/report-json.md, "History").
public struct HistoryOptions: Sendable {
    /// Reference versions analysed at most by the coarse-then-fine search (plus the best's two neighbours).
    public var maxVersionAnalyses = 24
    /// Only the newest this many tags (or first-parent commits, when untagged) are candidates.
    public var maxVersions = 500
    /// A commit is where the copy first appears when more than this share of the matched lines is matched there.
    public var firstSeenShare = 0.5
    /// Seconds each git run may take.
    public var gitTimeout: TimeInterval = 120

    public init() {}
}

/// `compare --history`: reads both sides' git histories and compares trees at chosen commits, read from git
/// objects into temporary directories (never checked out, never built or run).
///
/// - fork: whether the suspect's HEAD descends from a commit the reference has;
/// - first appearance: the suspect's first-parent chain is bisected for the first commit where most of the matched
///   reference lines (matched at the suspect's work tree) are already matched;
/// - closest version: the reference's tags (its first-parent commits when untagged) are searched coarse then fine
///   for the version the suspect's work tree matches best.
///
/// A side without history (not a git work tree, shallow, no commits) is reported as such; a git failure becomes a
/// note. Nothing here fails the comparison.
struct HistoryAnalysis {
    var analyzer: RepositoryAnalyzer
    var verification: PairVerification
    var boilerplate: BoilerplateFilter?
    var options: HistoryOptions
    var progress: (@Sendable (String) -> Void)?

    func run(referencePath: String, suspectPath: String, reference: RepositoryFeatures, suspect: RepositoryFeatures,
             baseline: PairComparison) async -> CompareReport.History {
        let (refRepo, refSide) = open(referencePath)
        let (susRepo, susSide) = open(suspectPath)
        var history = CompareReport.History(reference: refSide, suspect: susSide)
        for (side, status) in [("reference", refSide), ("suspect", susSide)] where status.status != GitRepository.Status.git.rawValue {
            history.notes.append("\(side) has no history to read: \(status.status) (\(status.detail ?? ""))")
        }
        if let refRepo, let susRepo { fork(reference: refRepo, suspect: susRepo, into: &history) }
        if let susRepo { await firstSeen(suspect: susRepo, reference: reference, baseline: baseline, into: &history) }
        if let refRepo { await closestVersion(reference: refRepo, suspect: suspect, into: &history) }
        history.summary = history.summarized()
        return history
    }

    /// The repository at `path` (nil without history) and its side of the report.
    private func open(_ path: String) -> (GitRepository?, CompareReport.History.Side) {
        let (opened, status, detail) = GitRepository.open(path)
        guard var repo = opened else { return (nil, .init(status: status.rawValue, detail: detail.map(terminalSafe))) }
        repo.timeout = options.gitTimeout
        do {
            let head = try repo.resolve("HEAD")
            let commits = try repo.firstParentChain().count
            let tags = try repo.tags().count
            return (repo, .init(status: status.rawValue, head: head, commits: commits, tags: tags))
        } catch {
            return (nil, .init(status: GitRepository.Status.unreadable.rawValue, detail: terminalSafe("\(error)")))
        }
    }

    /// Shared commits: a fork keeps the reference's history; an LLM clone starts from its own root.
    private func fork(reference: GitRepository, suspect: GitRepository, into history: inout CompareReport.History) {
        do {
            let known = try reference.allCommits()
            let shared = try suspect.ancestorsOfHead().filter { known.contains($0) }
            history.fork = !shared.isEmpty
            history.shared_commits = shared.count
            history.merge_base = shared.first  // topological order: the first shared commit has no shared descendant
            history.shared_root = try suspect.roots().first { known.contains($0) }
        } catch {
            history.notes.append("fork: git failed: \(error)")
        }
    }

    /// The first suspect commit (first-parent chain) that holds most of the matched code.
    private func firstSeen(suspect: GitRepository, reference: RepositoryFeatures, baseline: PairComparison,
                           into history: inout CompareReport.History) async {
        var weights: [UnitRef: Int] = [:]
        for m in baseline.matches { weights[m.reference] = reference.files[m.reference.file].units[m.reference.unit].codeLines }
        let total = weights.values.reduce(0, +)
        guard total > 0 else { history.notes.append("first_seen: nothing matched, so no first appearance to find"); return }
        do {
            let chain = try suspect.firstParentChain()
            progress?("history: bisecting \(chain.count) suspect commits")
            var shares: [Int: Double] = [:]
            func share(_ i: Int) async throws -> Double {
                if let s = shares[i] { return s }
                var s = 0.0
                if let tree = try await analyze(chain[i], of: suspect) {
                    let c = try verification.compare(reference: reference, suspect: tree, boilerplate: boilerplate).comparison
                    let found = Set(c.matches.map(\.reference))
                    s = Double(weights.filter { found.contains($0.key) }.values.reduce(0, +)) / Double(total)
                }
                shares[i] = s
                return s
            }
            guard let first = try await HistorySearch.firstIndex(count: chain.count, where: { try await share($0) > options.firstSeenShare }) else {
                history.notes.append("first_seen: HEAD holds \(Int(((shares[chain.count - 1] ?? 0) * 100).rounded()))% of the matched lines; the rest is not committed")
                return
            }
            let commit = try suspect.commit(chain[first])
            history.first_seen = .init(commit: commit.hash, date: commit.date, author: commit.author,
                                       share: CompareReport.round(shares[first] ?? 0),
                                       share_before: first > 0 ? shares[first - 1].map(CompareReport.round) : nil,
                                       analyses: shares.count)
        } catch {
            history.notes.append("first_seen: \(error)")
        }
    }

    /// The reference version the suspect matches best.
    private func closestVersion(reference: GitRepository, suspect: RepositoryFeatures, into history: inout CompareReport.History) async {
        do {
            let tags = try reference.tags()
            let versions: [(tag: String?, commit: String)] = tags.isEmpty
                ? try reference.firstParentChain().suffix(options.maxVersions).map { (nil, $0) }
                : tags.suffix(options.maxVersions).map { ($0.name, $0.commit) }
            progress?("history: searching \(versions.count) reference \(tags.isEmpty ? "commits" : "tags")")
            var byCommit: [String: Double] = [:]
            func score(_ i: Int) async throws -> Double {
                let commit = versions[i].commit
                if let s = byCommit[commit] { return s }
                var s = 0.0
                if let tree = try await analyze(commit, of: reference) {
                    s = Self.versionScore(try verification.compare(reference: tree, suspect: suspect, boilerplate: boilerplate))
                }
                byCommit[commit] = s
                return s
            }
            guard let found = try await HistorySearch.best(count: versions.count, budget: options.maxVersionAnalyses, score: score) else {
                return
            }
            let (best, scores) = found
            func version(_ i: Int) -> CompareReport.History.Version? {
                guard versions.indices.contains(i), let s = scores[i] else { return nil }
                return .init(tag: versions[i].tag, commit: versions[i].commit, score: CompareReport.round(s))
            }
            guard let top = version(best) else { return }
            history.closest_reference_version = .init(
                tag: top.tag, commit: top.commit, score: top.score, neighbours: [version(best - 1), version(best + 1)].compactMap { $0 },
                candidates_kind: tags.isEmpty ? "commits" : "tags", candidates: versions.count, analyses: byCommit.count)
            // Versions whose code scores the same (code-identical for the suspect's purposes): the copy may be any of them.
            let same = scores.keys.sorted()
                .filter { $0 != best && abs((scores[$0] ?? -1) - (scores[best] ?? 0)) < 1e-9 }
                .map { versions[$0].tag ?? versions[$0].commit }
            history.closest_reference_version?.same_score = same.isEmpty ? nil : same
        } catch {
            history.notes.append("closest_reference_version: \(error)")
        }
    }

    /// The features of `commit`'s tree (nil when it has no supported source file), read from git objects into a
    /// temporary directory that is removed before returning.
    private func analyze(_ commit: String, of repository: GitRepository) async throws -> RepositoryFeatures? {
        let export = try TreeExport.write(commit, of: repository, maxFileBytes: analyzer.discovery.maxFileBytes)
        defer { export.remove() }
        guard let features = try? await analyzer.analyze(root: export.directory), !features.files.isEmpty else { return nil }
        return features
    }

    /// How well a suspect matches one reference version, 0…1: the share of the suspect's code lines (evidence units
    /// that are code: tests and data tables left out, as in `containment`) found in this version, each matched unit
    /// weighted by its similarity. A same-language pair weighs by the Jaccard similarity of its exact token k-gram
    /// sets (symmetric: an older or newer variant of a function scores below the copied one), a cross-language pair
    /// by its combined score. Only the suspect's side counts: what the reference added, removed or vendored
    /// elsewhere in a version (setup scripts, tests, new modules) does not move the score; a version lacking a
    /// copied function, or holding another variant of it, scores lower. Versions that only add code the suspect
    /// lacks tie with the copied one, and ties go to the earliest (`HistorySearch.best`).
    static func versionScore(_ compared: PairVerification.Compared) -> Double {
        let (c, ref, sus, _) = compared
        func unit(_ repo: RepositoryFeatures, _ u: UnitRef) -> UnitFeatures { repo.files[u.file].units[u.unit] }
        func isCode(_ u: UnitRef) -> Bool { UnitCategory.of(unit(sus, u), path: sus.files[u.file].path) == .code }
        let total = c.suspectUnits.reduce(0) { $0 + (isCode($1) ? unit(sus, $1).codeLines : 0) }
        guard total > 0 else { return 0 }
        var covered = 0.0
        for m in c.matches where isCode(m.suspect) {
            let r = unit(ref, m.reference), s = unit(sus, m.suspect)
            let similarity = c.relation.crossLanguage ? m.score.combined : r.structure.jaccard(s.structure)
            covered += similarity * Double(s.codeLines)
        }
        return covered / Double(total)
    }
}

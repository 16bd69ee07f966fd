import Analysis
import Foundation
import FrontEnd
import Index
import Matching
import Report

/// What `families` is asked.
public struct FamiliesOptions: Sendable {
    /// The index built by `clonescan index`.
    public var database: String
    /// The lowest verdict that links two repositories.
    public var minVerdict: Verdict = .partialClone
    /// Index candidates looked up per unit and channel.
    public var candidatesPerUnit = 32

    public init(database: String) { self.database = database }
}

/// `clonescan families` as a library call: groups the indexed repositories into families of derivation.
///
/// Candidate pairs come from the index's LSH; each is verified exactly as `compare SMALLER LARGER --db INDEX` would
/// (the smaller repository as reference: a copied library inside a larger project is found whole). Repositories
/// connected by verified verdicts at `minVerdict` or above form a family; boilerplate and templates never link
/// two repositories (the pair's boilerplate filter removes them, as in every job). The origin is the member whose
/// code the others carry most: the highest mean share of its lines found in the other members.
public struct FamiliesJob: Sendable {
    public var options: FamiliesOptions
    public var parameters = AnalysisParameters()

    public init(_ options: FamiliesOptions) { self.options = options }

    /// - Parameter progress: called with a line per repository.
    /// - Throws: `JobError`.
    public func run(progress: (@Sendable (String) -> Void)? = nil) throws -> FamiliesReport {
        let index = try JobSteps.openIndex(options.database, parameters: parameters)
        do { return try families(index: index, progress: progress) } catch let error as JobError { throw error } catch {
            throw JobError.runtime("families failed on --db \(terminalSafe(JobSteps.displayName(options.database))): \(error)")
        }
    }

    /// One verified pair, reference first.
    struct Edge { var reference: Int64; var suspect: Int64; var report: CompareReport }

    private func families(index: any IndexStore, progress: (@Sendable (String) -> Void)?) throws -> FamiliesReport {
        let repositories = try index.repositories().filter { $0.complete && !$0.isTemplate }
        let byID = Dictionary(uniqueKeysWithValues: repositories.map { ($0.id, $0) })
        let verification = PairVerification(parameters: parameters, maxMatches: 0)
        var verified = Set<[Int64]>()
        var edges: [Edge] = []
        var pairs: [FamiliesReport.Pair] = []
        var lines: [Int64: Int] = [:]
        func features(_ repo: IndexedRepository) throws -> RepositoryFeatures {
            try IndexedRepositories.features(index: index, repository: repo)
        }
        for repo in repositories {
            progress?("families: \(repo.name)")
            let own = try features(repo)
            let units = UnitMatcher.evidenceUnits(own, parameters).map { own.files[$0.file].units[$0.unit] }
            lines[repo.id] = units.reduce(0) { $0 + $1.codeLines }
            let candidates = try IndexedRepositories.candidates(index: index, for: units, limit: options.candidatesPerUnit)
            let filter = try BoilerplateFilter.load(index: index, units: own.files.flatMap(\.units))
            for c in candidates where c.id != repo.id {
                guard let other = byID[c.id], verified.insert([min(repo.id, c.id), max(repo.id, c.id)]).inserted else { continue }
                let theirs = try features(other)
                let theirLines = UnitMatcher.evidenceUnits(theirs, parameters).reduce(0) { $0 + theirs.files[$1.file].units[$1.unit].codeLines }
                // The smaller side is the reference: a library copied into a larger project is found whole.
                let (reference, suspect, refID, susID) = lines[repo.id, default: 0] <= theirLines
                    ? (own, theirs, repo.id, other.id) : (theirs, own, other.id, repo.id)
                let report = try verification.report(reference: reference, suspect: suspect, boilerplate: filter)
                if let r = byID[refID], let s = byID[susID] {
                    pairs.append(.init(reference: r.givenPath, suspect: s.givenPath, verdict: report.verdict, score: report.score,
                                       containment: report.containment, reverse_containment: report.reverse_containment))
                }
                if report.verdict >= options.minVerdict { edges.append(Edge(reference: refID, suspect: susID, report: report)) }
            }
        }
        // Union-find over the verified edges.
        var parent: [Int64: Int64] = [:]
        func find(_ x: Int64) -> Int64 {
            var r = x
            while let p = parent[r], p != r { r = p }
            return r
        }
        for e in edges { parent[e.reference] = e.reference; parent[e.suspect] = e.suspect }
        for e in edges {
            let (a, b) = (find(e.reference), find(e.suspect))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var groups: [Int64: [Int64]] = [:]
        for id in parent.keys { groups[find(id), default: []].append(id) }

        var families: [FamiliesReport.Family] = []
        for (_, ids) in groups.sorted(by: { $0.key < $1.key }) where ids.count >= 2 {
            let members = Set(ids)
            let inFamily = edges.filter { members.contains($0.reference) && members.contains($0.suspect) }
            // Origin: whose lines the others carry most (mean containment when it is the reference, reverse otherwise).
            var carried: [Int64: [Double]] = [:]
            for e in inFamily {
                carried[e.reference, default: []].append(e.report.containment)
                carried[e.suspect, default: []].append(e.report.reverse_containment)
            }
            let origin = ids.max { a, b in
                let ma = carried[a].map { $0.reduce(0, +) / Double($0.count) } ?? 0
                let mb = carried[b].map { $0.reduce(0, +) / Double($0.count) } ?? 0
                return ma != mb ? ma < mb : a > b
            } ?? ids[0]
            guard let originRepo = byID[origin] else { continue }
            let originFeatures = try features(originRepo)
            let filter = try BoilerplateFilter.load(index: index, units: originFeatures.files.flatMap(\.units))
            var out: [FamiliesReport.Member] = []
            for id in ids.sorted() where id != origin {
                guard let repo = byID[id] else { continue }
                let r = try verification.report(reference: originFeatures, suspect: try features(repo), boilerplate: filter)
                out.append(.init(repository: repo.givenPath, relation: Self.relation(r), verdict: r.verdict, score: r.score,
                                 containment: r.containment, reverse_containment: r.reverse_containment,
                                 direction_evidence: DerivationDirection.evidence(origin: originRepo, member: repo, report: r)))
            }
            families.append(.init(id: families.count + 1, origin: originRepo.givenPath, members: out))
        }
        return FamiliesReport(database: index.path, repositories_indexed: repositories.count, pairs_verified: verified.count,
                              min_verdict: options.minVerdict, families: families,
                              pairs: pairs.sorted { ($0.reference, $0.suspect) < ($1.reference, $1.suspect) })
    }

    /// `port A -> B`, `clone`, `partial`, `rewrite` (derived by the score without verbatim copies), or `via another
    /// member` when the member is linked to the family through someone other than the origin.
    static func relation(_ r: CompareReport) -> String {
        // Linked to the family through another member, not derived from the origin directly.
        if r.verdict < .partialClone { return "via another member" }
        if r.relation.hasPrefix("port") { return r.relation }
        if (r.verbatim_matches ?? 0) == 0 && r.verdict >= .partialClone { return "rewrite" }
        return r.verdict == .clone ? "clone" : "partial"
    }
}

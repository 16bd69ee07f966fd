import Analysis
import FrontEnd
import Index
import Foundation
import Matching

/// What `query` and `audit` share when they ask the index: which repositories hold candidates for some
/// units (LSH lookups in both channels), and a whole indexed repository as features the matcher can verify.
enum IndexedRepositories {
    /// Repositories with at least one unit sharing LSH bands with `units` in the structure or the cross-language
    /// channel (up to `limit` candidates per unit and channel), with their candidate unit ids, most candidates
    /// first (ties by id).
    static func candidates(index: any IndexStore, for units: [UnitFeatures], limit: Int) throws -> [(id: Int64, units: [Int64])] {
        let structural = try index.candidateUnits(for: units.map(\.structureSignature), channel: .structure, limit: limit)
        let cross = try index.candidateUnits(for: units.map(\.crossSignature), channel: .cross, limit: limit)
        var ids = Set<Int64>()
        for list in structural + cross { ids.formUnion(list) }
        let owners = try index.repositoriesOfUnits(ids.sorted())
        var perRepository: [Int64: [Int64]] = [:]
        for (unit, repository) in owners { perRepository[repository, default: []].append(unit) }
        return perRepository.map { ($0.key, $0.value.sorted()) }
            .sorted { $0.units.count != $1.units.count ? $0.units.count > $1.units.count : $0.id < $1.id }
    }

    /// Only the candidate units of one repository, grouped into their files: enough to tell whether any unit of
    /// the repository can match at all, far cheaper than the whole repository.
    static func candidateView(index: any IndexStore, repository: IndexedRepository, units ids: [Int64]) throws -> RepositoryFeatures {
        let units = try index.loadUnits(ids).sorted { a, b in
            a.pathBytes != b.pathBytes ? a.pathBytes.lexicographicallyPrecedes(b.pathBytes) : a.ordinal < b.ordinal
        }
        return group(units, root: repository.path)
    }

    /// Every visible unit of `repository`, grouped into its files (paths sorted, units in file order):
    /// the same features `compare` extracts from the repository's tree.
    static func features(index: any IndexStore, repository: IndexedRepository) throws -> RepositoryFeatures {
        group(try index.loadRepositoryUnits(repository.id), root: repository.path)
    }

    /// Units (in file order, each file's units together) as a repository of their files.
    static func group(_ units: [IndexedUnit], root: String) -> RepositoryFeatures {
        var files: [FileFeatures] = []
        var start = 0
        while start < units.count {
            var end = start + 1
            while end < units.count, units[end].fileID == units[start].fileID { end += 1 }
            // Units come in ordinal order from every reader; sorted only when they do not (one copy per unit, not three).
            var order = Array(start..<end)
            if !zip(order, order.dropFirst()).allSatisfy({ units[$0].ordinal < units[$1].ordinal }) {
                order.sort { units[$0].ordinal < units[$1].ordinal }
            }
            let first = units[start]
            files.append(FileFeatures(path: first.path, pathBytes: first.pathBytes, language: first.language, grammarVersion: "",
                                      contentHash: first.contentHash, byteCount: 0, lineCount: 0, syntaxErrorCount: 0,
                                      units: order.map { units[$0].features }))
            start = end
        }
        return RepositoryFeatures(root: root, files: files, skipped: [])
    }
}

/// The repositories a query or an audit verifies whole, read from one consistent state of the index.
struct VerifiableRepositories {
    /// Complete repositories of the index at the time of the read.
    var repositories: [IndexedRepository]
    /// Candidate units found by LSH, over all repositories.
    var candidateUnits: Int
    /// Repositories to verify, each as all its indexed units.
    var views: [(repository: IndexedRepository, features: RepositoryFeatures)]

    /// LSH lookups for `units`, then a cheap first pass over each candidate repository's candidate units only:
    /// a repository none of whose candidates verifies as a match (`hasMatch` false) is dropped unless
    /// `keepEveryCandidate`; the rest are loaded whole, so their verdicts are exactly what `compare` gives.
    /// - Parameters:
    ///   - skip: repositories never verified (with a reason for the warnings), e.g. the audited project itself.
    ///   - loaded: called with each view's position in `views` as soon as it is loaded, largest repository first, so a
    ///     caller can verify it while the next one loads.
    static func load(index: any IndexStore, units: [UnitFeatures], limit: Int, keepEveryCandidate: Bool, pathFilter: PathFilter,
                     skip: (IndexedRepository) -> String?, hasMatch: @escaping @Sendable (RepositoryFeatures) throws -> Bool,
                     loaded: (Int, RepositoryFeatures) -> Void = { _, _ in },
                     warnings: inout [String]) throws -> VerifiableRepositories {
        try index.snapshot {
            let candidates = try IndexedRepositories.candidates(index: index, for: units, limit: limit)
            let repositories = try index.repositories()
            let byID = Dictionary(uniqueKeysWithValues: repositories.map { ($0.id, $0) })
            var firstPass: [(IndexedRepository, RepositoryFeatures)] = []
            for c in candidates {
                guard let repo = byID[c.id] else { continue }
                if let reason = skip(repo) { warnings.append(reason); continue }
                let view = JobSteps.filtered(try IndexedRepositories.candidateView(index: index, repository: repo, units: c.units), by: pathFilter)
                guard !view.files.isEmpty else { continue }
                firstPass.append((repo, view))
            }
            var keep = [Bool](repeating: true, count: firstPass.count)
            if !keepEveryCandidate {
                let outcomes = ResultSlots<Result<Bool, Error>>(count: firstPass.count)
                let views = firstPass.map(\.1)
                DispatchQueue.concurrentPerform(iterations: views.count) { i in outcomes.set(i, Result { try hasMatch(views[i]) }) }
                for i in keep.indices { keep[i] = try outcomes.get(i)?.get() ?? true }
            }
            let kept = firstPass.indices.filter { keep[$0] }.map { firstPass[$0].0 }
            // The largest repository loads first: its verification, the longest, then runs while the others load.
            let order = kept.indices.sorted { (kept[$0].unitCount, $1) > (kept[$1].unitCount, $0) }
            var features = [RepositoryFeatures?](repeating: nil, count: kept.count)
            for i in order {
                let view = JobSteps.filtered(try IndexedRepositories.features(index: index, repository: kept[i]), by: pathFilter)
                features[i] = view
                loaded(i, view)
            }
            return VerifiableRepositories(repositories: repositories.filter { $0.complete && !$0.isTemplate },
                                          candidateUnits: candidates.reduce(0) { $0 + $1.units.count },
                                          views: zip(kept, features).compactMap { repo, view in view.map { (repository: repo, features: $0) } })
        }
    }
}

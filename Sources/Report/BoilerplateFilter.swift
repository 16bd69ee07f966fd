import Analysis
import Index
import Shingles

/// Removes boilerplate from features before verification: shingles that occur in many indexed
/// repositories (license headers, generated code, common idioms) or in template repositories
/// never count as evidence of copying.
public struct BoilerplateFilter: Sendable {
    /// Hashes too common across the index to be evidence (structure and literal channels).
    public var excluded: Set<UInt64>
    /// Hashes of template repositories: excluded from every channel.
    public var template: Set<UInt64> = []
    /// A shingle is boilerplate when at least this share of the indexed repositories contain it...
    public var minShare: Double
    /// ...and at least this many repositories (so a small index does not call everything boilerplate).
    public var minRepositories: Int
    /// Number of complete repositories in the index when the filter was made.
    public var repositories: Int

    /// The evidence (structure, literal) and vocabulary (shape, sub-word) hashes of the leaf units of `units`.
    public static func hashes(of units: [UnitFeatures]) -> (evidence: Set<UInt64>, vocabulary: Set<UInt64>) {
        var evidence = Set<UInt64>(), vocabulary = Set<UInt64>()
        for unit in units where unit.isLeaf {
            evidence.formUnion(unit.structure.sortedHashes); evidence.formUnion(unit.literals.sortedHashes)
            vocabulary.formUnion(unit.shapes.sortedHashes); vocabulary.formUnion(unit.subwords.sortedHashes)
        }
        return (evidence, vocabulary)
    }

    /// The filter for the hashes the two sides share (only shared hashes can be evidence, so only they are
    /// looked up), from `index`'s document frequencies and templates.
    public static func load(index: CloneIndex, reference: [UnitFeatures], suspect: [UnitFeatures], minShare: Double = 0.25,
                            minRepositories: Int = 5) throws -> BoilerplateFilter {
        let r = hashes(of: reference), s = hashes(of: suspect)
        return try load(index: index, evidence: r.evidence.intersection(s.evidence), vocabulary: r.vocabulary.intersection(s.vocabulary),
                        minShare: minShare, minRepositories: minRepositories)
    }

    /// The filter for every hash of `repos` (when the other side is not known yet, as in `audit`).
    public static func load(index: CloneIndex, for repos: [RepositoryFeatures], minShare: Double = 0.25,
                            minRepositories: Int = 5) throws -> BoilerplateFilter {
        let h = hashes(of: repos.flatMap { $0.files.flatMap(\.units) })
        return try load(index: index, evidence: h.evidence, vocabulary: h.vocabulary, minShare: minShare, minRepositories: minRepositories)
    }

    /// The filter for `evidence` and `vocabulary` hashes.
    public static func load(index: CloneIndex, evidence: Set<UInt64>, vocabulary: Set<UInt64>, minShare: Double = 0.25,
                            minRepositories: Int = 5) throws -> BoilerplateFilter {
        let hashes = evidence.sorted()
        let total = try index.repositoryCount()
        let df = try index.documentFrequency(hashes)
        let cut = max(minRepositories, Int((Double(total) * minShare).rounded(.up)))
        var excluded = Set<UInt64>()
        for (h, n) in df where n >= cut { excluded.insert(h) }
        let template = try index.templateHashes(Array(evidence.union(vocabulary)).sorted())
        return BoilerplateFilter(excluded: excluded.union(template), template: template, minShare: minShare,
                                 minRepositories: minRepositories, repositories: total)
    }

    /// `repo` with the excluded shingles removed from every unit's channels; also how many were removed.
    public func apply(to repo: RepositoryFeatures) -> (RepositoryFeatures, removed: Int) {
        guard !excluded.isEmpty || !template.isEmpty else { return (repo, 0) }
        var out = repo
        var removed = 0
        for f in out.files.indices {
            for u in out.files[f].units.indices {
                var unit = out.files[f].units[u]
                unit.structure = filter(unit.structure, &removed)
                unit.literals = filter(unit.literals, &removed)
                if !template.isEmpty {
                    unit.shapes = filter(unit.shapes, &removed, only: template)
                    unit.subwords = filter(unit.subwords, &removed, only: template)
                }
                unit.fingerprints.removeAll { excluded.contains($0.hash) }
                out.files[f].units[u] = unit
            }
        }
        return (out, removed)
    }

    private func filter(_ bag: ShingleBag, _ removed: inout Int, only set: Set<UInt64>? = nil) -> ShingleBag {
        let excluded = set ?? self.excluded
        var kept: [UInt64] = [], counts: [UInt32] = []
        var dropped = 0
        for (i, h) in bag.sortedHashes.enumerated() {
            if excluded.contains(h) { dropped += 1; continue }
            kept.append(h)
            counts.append(bag.counts[i])
        }
        guard dropped > 0 else { return bag }
        removed += dropped
        return ShingleBag(sortedUnique: kept, counts: counts)
    }

    /// One line for the report's `excluded` list.
    public func describe(removed: Int) -> String {
        "\(removed) distinct shingles as boilerplate (in >= \(max(minRepositories, Int((Double(repositories) * minShare).rounded(.up)))) of \(repositories) indexed repositories, or in template repositories)"
    }
}

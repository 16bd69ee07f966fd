import Analysis
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

    /// The evidence (structure, literal) and vocabulary (shape, sub-word, comment) hashes of the leaf units of `units`.
    public static func hashes(of units: [UnitFeatures]) -> (evidence: Set<UInt64>, vocabulary: Set<UInt64>) {
        var evidence = Set<UInt64>(), vocabulary = Set<UInt64>()
        for unit in units where unit.isLeaf {
            evidence.formUnion(unit.structure.sortedHashes); evidence.formUnion(unit.literals.sortedHashes)
            vocabulary.formUnion(unit.shapes.sortedHashes); vocabulary.formUnion(unit.subwords.sortedHashes)
            vocabulary.formUnion(unit.comments.sortedHashes)
        }
        return (evidence, vocabulary)
    }

    /// A filter that excludes `excluded` (and, from every channel, `template`).
    public init(excluded: Set<UInt64>, template: Set<UInt64>, minShare: Double, minRepositories: Int, repositories: Int) {
        self.excluded = excluded.union(template); self.template = template
        self.minShare = minShare; self.minRepositories = minRepositories; self.repositories = repositories
    }

    /// This filter narrowed to the hashes `reference` and `suspect` share. Only shared hashes can be evidence, and
    /// removing a hash one side alone holds would change that side's set sizes; so every job filters a pair with
    /// exactly this, whatever set of hashes it looked up in the index, and one pair gets one answer.
    public func forPair(reference: RepositoryFeatures, suspect: RepositoryFeatures) -> BoilerplateFilter {
        guard !excluded.isEmpty || !template.isEmpty else { return self }
        // Probe this filter's (few) hashes against each side instead of collecting each side's (many) hashes.
        func present(_ repo: RepositoryFeatures, among candidates: Set<UInt64>, vocabulary: Bool) -> Set<UInt64> {
            var found = Set<UInt64>()
            guard !candidates.isEmpty else { return found }
            for file in repo.files {
                for unit in file.units where unit.isLeaf {
                    for h in unit.structure.sortedHashes where candidates.contains(h) { found.insert(h) }
                    for h in unit.literals.sortedHashes where candidates.contains(h) { found.insert(h) }
                    guard vocabulary else { continue }
                    for h in unit.shapes.sortedHashes where candidates.contains(h) { found.insert(h) }
                    for h in unit.subwords.sortedHashes where candidates.contains(h) { found.insert(h) }
                    for h in unit.comments.sortedHashes where candidates.contains(h) { found.insert(h) }
                }
            }
            return found
        }
        var out = self
        out.template = present(suspect, among: present(reference, among: template, vocabulary: true), vocabulary: true)
        let evidence = present(suspect, among: present(reference, among: excluded, vocabulary: false), vocabulary: false)
        out.excluded = evidence.union(out.template)
        return out
    }

    /// Template hashes only: `--base` code (or any other tree whose code is boilerplate by declaration).
    public static func base(hashesOf units: [UnitFeatures]) -> BoilerplateFilter {
        let h = hashes(of: units)
        return BoilerplateFilter(excluded: [], template: h.evidence.union(h.vocabulary), minShare: 1, minRepositories: Int.max, repositories: 0)
    }

    /// Both filters at once: what either excludes is excluded (the index's numbers are `self`'s).
    public func merging(_ other: BoilerplateFilter) -> BoilerplateFilter {
        var out = self
        out.template = template.union(other.template)
        out.excluded = excluded.union(other.excluded).union(out.template)
        return out
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
                    unit.comments = filter(unit.comments, &removed, only: template)
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
        guard repositories > 0 else { return "\(removed) distinct shingles as boilerplate (in the --base code)" }
        return "\(removed) distinct shingles as boilerplate (in >= \(max(minRepositories, Int((Double(repositories) * minShare).rounded(.up)))) of \(repositories) indexed repositories, or in template repositories or --base code)"
    }
}

import Analysis
import Index
import Matching

extension BoilerplateFilter {
    /// The filter for every hash of `units`, from `index`'s document frequencies and template repositories.
    /// Jobs look up one side's hashes once and narrow the result per pair with `forPair`.
    /// - Complexity: one indexed lookup per distinct evidence hash, one per hash for templates.
    public static func load(index: any IndexStore, units: [UnitFeatures], minShare: Double = 0.25,
                            minRepositories: Int = 5) throws -> BoilerplateFilter {
        let h = hashes(of: units)
        let total = try index.repositoryCount()
        let df = try index.documentFrequency(h.evidence.sorted())
        let cut = max(minRepositories, Int((Double(total) * minShare).rounded(.up)))
        var excluded = Set<UInt64>()
        for (hash, n) in df where n >= cut { excluded.insert(hash) }
        let template = try index.templateHashes(Array(h.evidence.union(h.vocabulary)).sorted())
        return BoilerplateFilter(excluded: excluded, template: template, minShare: minShare,
                                 minRepositories: minRepositories, repositories: total)
    }
}

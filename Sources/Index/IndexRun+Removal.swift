/// Repositories leaving the index: `clonescan index --remove` and `--prune`.
extension IndexRun {
    /// Removes the repositories that `paths` name (by real path, or as they were given), each in one transaction.
    /// - Returns: the removed repositories' given paths, and the paths that named none (not an error).
    public func remove(paths: [String]) throws -> IndexRemoval {
        var removal = IndexRemoval(database: writer.path)
        for path in paths {
            guard let stored = try writer.storedRepository(named: path, realPath: Self.realPath(path)) else {
                removal.not_indexed.append(path)
                continue
            }
            try writer.removeRepository(id: stored.id)
            removal.removed.append(stored.givenPath)
        }
        writer.checkpoint()
        return removal
    }

    /// Removes every repository of this run's kind (templates when the run indexes templates, the others
    /// otherwise) that `listed` does not name, each in one transaction.
    /// - Returns: the removed repositories' given paths.
    func prune(keeping listed: [String]) throws -> [String] {
        let keys = Set(listed.map { Array(Self.realPath($0).utf8) } + listed.map { Array($0.utf8) })
        let given = Set(listed)
        var removed: [String] = []
        for stored in try writer.storedRepositories() where stored.isTemplate == options.template {
            if keys.contains(stored.key) || given.contains(stored.givenPath) { continue }
            try writer.removeRepository(id: stored.id)
            removed.append(stored.givenPath)
        }
        return removed
    }
}

import Analysis
import Index
import Matching

/// What `query` and `audit` share when they ask the index: which repositories hold candidates for some
/// units (LSH lookups in both channels), and a whole indexed repository as features the matcher can verify.
enum IndexedRepositories {
    /// Repositories with at least one unit sharing LSH bands with `units` in the structure or the cross-language
    /// channel (up to `limit` candidates per unit and channel), with how many candidate units each holds,
    /// most first (ties by id).
    static func candidates(index: IndexReader, for units: [UnitFeatures], limit: Int) throws -> [(id: Int64, units: Int)] {
        let structural = try index.candidateUnits(for: units.map(\.structureSignature), channel: .structure, limit: limit)
        let cross = try index.candidateUnits(for: units.map(\.crossSignature), channel: .cross, limit: limit)
        var ids = Set<Int64>()
        for list in structural + cross { ids.formUnion(list) }
        let perRepository = try index.unitCountsByRepository(ids.sorted())
        return perRepository.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Every visible unit of `repository`, grouped into its files (paths sorted, units in file order):
    /// the same features `compare` extracts from the repository's tree.
    static func features(index: IndexReader, repository: IndexedRepository) throws -> RepositoryFeatures {
        let units = try index.loadUnits(index.unitIDs(repository: repository.id))
        var files: [FileFeatures] = []
        var current: [IndexedUnit] = []
        func flush() {
            guard let first = current.first else { return }
            files.append(FileFeatures(path: first.path, pathBytes: first.pathBytes, language: first.language, grammarVersion: "",
                                      contentHash: first.contentHash, byteCount: 0, lineCount: 0, syntaxErrorCount: 0,
                                      units: current.sorted { $0.ordinal < $1.ordinal }.map(\.features)))
            current.removeAll(keepingCapacity: true)
        }
        for unit in units {
            if let first = current.first, first.fileID != unit.fileID { flush() }
            current.append(unit)
        }
        flush()
        return RepositoryFeatures(root: repository.path, files: files, skipped: [])
    }
}

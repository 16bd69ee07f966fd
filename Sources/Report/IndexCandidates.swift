import Analysis
import Index

/// What `query` and `audit` share when they ask the index for candidates: LSH lookups of evidence units in
/// both channels, and each repository's candidates turned into a `RepositoryFeatures` the matcher can verify.
enum IndexCandidates {
    /// Ids of the indexed units sharing LSH bands with `units` in the structure or the cross-language channel,
    /// up to `limit` per unit and channel, ascending (so loading reads the table in order).
    static func ids(index: CloneIndex, for units: [UnitFeatures], limit: Int) throws -> [Int64] {
        let structural = try index.candidateUnits(for: units.map(\.structureSignature), channel: .structure, limit: limit)
        let cross = try index.candidateUnits(for: units.map(\.crossSignature), channel: .cross, limit: limit)
        var ids = Set<Int64>()
        for list in structural + cross { ids.formUnion(list) }
        return ids.sorted()
    }

    /// Loaded candidate units by repository id.
    static func byRepository(_ units: [IndexedUnit]) -> [(id: Int64, units: [IndexedUnit])] {
        Dictionary(grouping: units, by: \.repositoryID).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// One repository's candidate units as a repository of their files (paths sorted, units in file order).
    static func repositoryView(root: String, units: [IndexedUnit]) -> RepositoryFeatures {
        let files = Dictionary(grouping: units, by: \.path).sorted { $0.key < $1.key }.compactMap { path, us -> FileFeatures? in
            guard let first = us.first else { return nil }
            return FileFeatures(path: path, pathBytes: nil, language: first.language, grammarVersion: "", contentHash: first.contentHash,
                                byteCount: 0, lineCount: 0, syntaxErrorCount: 0, units: us.sorted { $0.ordinal < $1.ordinal }.map(\.features))
        }
        return RepositoryFeatures(root: root, files: files, skipped: [])
    }
}

/// Values every store's code builds: the PostgreSQL backend counts and reports through the same types as the
/// SQLite writer and reader.
extension IndexWriter.BatchResult {
    /// Nothing written yet.
    package static var none: Self { Self() }
}

extension IndexWriter.FinishResult {
    /// Nothing finished yet.
    package static var none: Self { Self() }
}

extension IndexProgress {
    /// A progress report (the memberwise initializer, for other stores' runs).
    package static func of(repository: String, filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int,
                           elapsed: Double) -> Self {
        Self(repository: repository, filesDone: filesDone, filesTotal: filesTotal, bytesDone: bytesDone, bytesTotal: bytesTotal,
             elapsed: elapsed)
    }
}

extension IndexedRepository {
    /// A repository row (the memberwise initializer, for other stores' readers).
    package static func of(id: Int64, name: String, path: String, givenPath: String, head: String?, fileCount: Int, unitCount: Int,
                           byteCount: Int, complete: Bool, building: Bool, isTemplate: Bool, indexedAt: Int64?) -> Self {
        Self(id: id, name: name, path: path, givenPath: givenPath, head: head, fileCount: fileCount, unitCount: unitCount,
             byteCount: byteCount, complete: complete, building: building, isTemplate: isTemplate, indexedAt: indexedAt)
    }
}

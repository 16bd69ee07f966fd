import Analysis
import CSQLite
import Foundation

/// The single writer of an index: holds the writer lock for its lifetime, creates and migrates the schema,
/// records or checks the configuration, and writes repositories generation by generation.
///
/// Where the rest lives: repository generations (begin, finish, retire) in `IndexWriter+Generations.swift`,
/// a batch's file and unit rows in `IndexWriter+Batches.swift`, LSH rows in `LSHRows`, document frequency in
/// `DocumentFrequency.swift`, multi-row inserts in `SQLite+BulkInsert.swift`.
///
/// Visibility: every file row carries the generation that added it and the one that removed it; a
/// repository's `visible_gen` moves to the generation being built only in the transaction that
/// finishes it, so readers see either the previous complete state or the new one, never a mix.
/// Crash safety: each batch is one transaction (in a run, a savepoint in a group commit that spans
/// several batches and repositories); a killed run leaves `building_gen` set and its committed rows in place,
/// and the next run resumes the same generation.
public final class IndexWriter {
    let db: Database
    public let path: String
    public let configuration: IndexConfiguration
    /// Released after the connection is closed (stored properties are destroyed in declaration order).
    private let lock: WriterLock
    /// The `lsh_keys` rows: which units get them, their keys, inserting and deleting them.
    let lshRows: LSHRows
    /// Content hashes of every file row (for copying units of identical files instead of parsing them).
    var knownHashes: Set<UInt64> = []
    /// Guards `knownHashes` and every build's `live` rows: analysis plans batches from them on other threads
    /// while this writer publishes a committed batch.
    let publishLock = NSLock()
    /// Source bytes written since the group's last commit (see `IndexWriter+GroupCommit.swift`).
    var groupBytes = 0
    var groupPolicy = GroupCommitPolicy()
    /// LSH rows and document-frequency changes of the group's finished repositories, inserted at its commit.
    var groupRows = GroupRows()
    /// Why inserting or committing a group's rows failed: that group was rolled back, and no later commit of this
    /// writer may succeed (see `IndexWriter+GroupCommit.swift`).
    var groupFailure: Error?

    /// Opens or creates the index at `path` for writing.
    /// - Parameter wait: wait for another writer to finish instead of failing with `IndexError.locked`.
    public init(path: String, configuration: IndexConfiguration, wait: Bool) throws {
        self.path = path
        self.configuration = configuration
        let signer = try FeatureExtractor(parameters: configuration.analysis)
        try Self.checkWritable(path)
        let lock = try WriterLock(databasePath: path, wait: wait)
        let db = try mapped(path) { try Database(path: path, readOnly: false, create: true) }
        self.db = db
        self.lock = lock
        lshRows = LSHRows(db: db, configuration: configuration, signer: signer)
        if sqlite3_db_readonly(db.handle, "main") == 1 { throw IndexError.readOnly(path: path) }
        db.setBusyTimeout(milliseconds: 10_000)
        try mapped(path) {
            try Schema.prepareNewFile(db)
            try configureConnection()
            // An index built with other parameters is refused before it is migrated: the upgrade would not make
            // it usable, and the file stays as it was.
            if try Schema.version(db) >= 1, let stored = try storedConfiguration(),
               let conflict = configuration.conflicts(with: stored) {
                throw IndexError.parameterMismatch(conflict)
            }
            try Schema.migrate(db, path: path)
            try recordConfiguration()
            let s = try db.prepare("SELECT DISTINCT content_hash FROM files")
            while try s.step() { knownHashes.insert(fromSQL(s.int64(0))) }
            // An integrity spot check that is cheap on any size: the schema must be readable.
            _ = try db.scalarInt("SELECT count(*) FROM repositories")
        }
    }

    /// Refuses a database file that is not an index or cannot be written, and a directory that does not exist
    /// or cannot be written, before anything is created.
    private static func checkWritable(_ path: String) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            try IndexReader.checkHeader(path: path, allowEmpty: true)
            if !fm.isWritableFile(atPath: path) { throw IndexError.readOnly(path: path) }
        }
        let directory = (path as NSString).deletingLastPathComponent
        let dir = directory.isEmpty ? "." : directory
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw IndexError.sqlite(SQLiteError(code: SQLITE_CANTOPEN, message: "directory \(dir) does not exist"), path: path)
        }
        if !fm.isWritableFile(atPath: dir) { throw IndexError.readOnly(path: path) }
    }

    /// WAL with full syncs, a 64 MiB page cache, statement journals in memory and a 32 MiB checkpoint interval.
    private func configureConnection() throws {
        let mode = try db.scalarText("PRAGMA journal_mode = WAL")
        guard mode?.lowercased() == "wal" else {
            throw IndexError.sqlite(SQLiteError(code: SQLITE_ERROR, message: "cannot switch to WAL mode (got \(mode ?? "nothing"))"), path: path)
        }
        try db.execute("PRAGMA synchronous = FULL")
        try db.execute("PRAGMA foreign_keys = OFF")
        try db.execute("PRAGMA cache_size = -65536")
        // Statement journals in memory, not in temp files: a document-frequency upsert may abort, so SQLite
        // saves each page it first touches to undo it (see `applyDocumentFrequency`). At most one
        // statement's pages.
        try db.execute("PRAGMA temp_store = MEMORY")
        // Checkpoint every 32 MiB of WAL (SQLite counts pages; its default is 4 MiB of 4 KiB pages): fewer
        // fsync pairs during a big first run, and a short final checkpoint.
        let pageSize = max(512, Int(try db.scalarInt("PRAGMA page_size") ?? 4096))
        try db.execute("PRAGMA wal_autocheckpoint = \((32 << 20) / pageSize)")
    }

    /// A read view over the same connection (for summaries and tests).
    public func reader() -> IndexReader { IndexReader(db: db, path: path) }

    /// Copies the WAL's committed pages into the main file without waiting for readers (a run queues this while
    /// its last batch is analysed, so the final checkpoint copies only what the last write and finish add).
    public func checkpointPassive() {
        try? db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    }

    /// Checkpoints the WAL into the main file (end of a run), so the database is one file at rest.
    public func checkpoint() {
        try? db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// Database plus WAL size in bytes.
    public func fileSize() -> Int { reader().fileSize() }
}

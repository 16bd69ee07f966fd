import Foundation

/// The index schema and its migrations. `PRAGMA user_version` holds the version reached; each
/// migration runs in one transaction with the version bump, so a database is never half-migrated.
enum Schema {
    /// `PRAGMA application_id`: "CSIX", so another program's SQLite file is recognised as foreign.
    static let applicationID: Int32 = 0x4353_4958
    /// Page size of a new index. The writer's cost is B-tree inserts of random LSH keys and unit blobs of a
    /// few kilobytes: 64 KiB pages made a first run 18% faster than SQLite's 4 KiB default (fewer levels, no
    /// overflow chains) and the file 25% smaller (docs/index.md). An existing index keeps its page size.
    static let pageSize = 65536

    /// Sets the page size of a database that has no schema yet; a no-op on any other. Must run before the
    /// journal mode is switched to WAL, which fixes the page size.
    static func prepareNewFile(_ db: Database) throws {
        let objects = try db.scalarInt("SELECT count(*) FROM sqlite_master") ?? 0
        if objects == 0 { try db.execute("PRAGMA page_size = \(pageSize)") }
    }

    /// The schema version this build writes and reads.
    static var current: Int { migrations.count }

    /// Migration i takes the schema from version i to i + 1.
    static let migrations: [String] = [
        """
        CREATE TABLE metadata(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE repositories(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            path BLOB NOT NULL UNIQUE,
            head TEXT,
            is_template INTEGER NOT NULL DEFAULT 0,
            visible_gen INTEGER NOT NULL DEFAULT 0,
            building_gen INTEGER,
            file_count INTEGER NOT NULL DEFAULT 0,
            unit_count INTEGER NOT NULL DEFAULT 0,
            byte_count INTEGER NOT NULL DEFAULT 0,
            indexed_at INTEGER,
            shingles BLOB,
            shingles_template INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE files(
            id INTEGER PRIMARY KEY,
            repo INTEGER NOT NULL REFERENCES repositories(id),
            path TEXT NOT NULL,
            path_bytes BLOB NOT NULL,
            content_hash INTEGER NOT NULL,
            language TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            grammar_version TEXT NOT NULL,
            line_count INTEGER NOT NULL,
            syntax_errors INTEGER NOT NULL,
            added_gen INTEGER NOT NULL,
            removed_gen INTEGER
        );
        CREATE INDEX files_by_repo_path ON files(repo, path_bytes);
        CREATE INDEX files_by_hash ON files(content_hash);
        CREATE TABLE units(
            id INTEGER PRIMARY KEY,
            file INTEGER NOT NULL REFERENCES files(id),
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            start_line INTEGER NOT NULL,
            end_line INTEGER NOT NULL,
            code_lines INTEGER NOT NULL,
            token_count INTEGER NOT NULL,
            parameter_count INTEGER NOT NULL,
            exported INTEGER NOT NULL,
            leaf INTEGER NOT NULL,
            features BLOB NOT NULL,
            structure_sig BLOB NOT NULL,
            cross_sig BLOB NOT NULL
        );
        CREATE INDEX units_by_file ON units(file);
        CREATE TABLE lsh_bands(
            band INTEGER NOT NULL,
            key INTEGER NOT NULL,
            unit INTEGER NOT NULL,
            PRIMARY KEY(band, key, unit)
        ) WITHOUT ROWID;
        CREATE TABLE doc_freq(
            hash INTEGER PRIMARY KEY,
            repos INTEGER NOT NULL,
            templates INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
        // LSH rows keyed by one integer (`SignatureChannel.lshKey`) instead of (band, key): 30% cheaper inserts,
        // a smaller table. Version 1 kept `band` = channel << 16 | band index; the rows are carried over.
        """
        CREATE TABLE lsh_keys(
            key INTEGER NOT NULL,
            unit INTEGER NOT NULL,
            PRIMARY KEY(key, unit)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO lsh_keys(key, unit)
            SELECT (key & 0x7FFFFFFFFFFFFFFF) | ((band >> 16) << 63), unit FROM lsh_bands ORDER BY 1, 2;
        DROP TABLE lsh_bands;
        """,
        // Signatures are recomputed from a unit's stored bags where they are needed (a resumed finish, a copied
        // file, loaded query candidates) instead of stored: 24% of the database, and as much of the writer's bytes.
        """
        ALTER TABLE units DROP COLUMN structure_sig;
        ALTER TABLE units DROP COLUMN cross_sig;
        """,
        // The path each repository was given as (`index --list`, `--remove`, `--prune`; `path` is the real path) and
        // the warnings of each repository's last run, kept with it rather than in a per-run log.
        """
        ALTER TABLE repositories ADD COLUMN given_path TEXT;
        CREATE TABLE repository_warnings(
            repo INTEGER NOT NULL REFERENCES repositories(id),
            ordinal INTEGER NOT NULL,
            message TEXT NOT NULL,
            PRIMARY KEY(repo, ordinal)
        ) WITHOUT ROWID;
        """,
        // A repository's shingle set (tens of kilobytes) in a table of its own: every run rewrites each given
        // repository's row (its building generation, then its counts and time), and with the set in it an unchanged
        // corpus' re-index rewrote megabytes of sets no one had changed. The sets are carried over.
        """
        CREATE TABLE repository_shingles(
            repo INTEGER PRIMARY KEY REFERENCES repositories(id),
            shingles BLOB NOT NULL
        );
        INSERT INTO repository_shingles(repo, shingles) SELECT id, shingles FROM repositories WHERE shingles IS NOT NULL;
        ALTER TABLE repositories DROP COLUMN shingles;
        """,
        // The files discovery found not to be source by their first bytes, with their stamps: a re-index does not
        // open an unchanged one again (`IndexWriter+NotSource.swift`). A new, empty table; no other row changes.
        """
        CREATE TABLE not_source_files(
            repo INTEGER NOT NULL REFERENCES repositories(id),
            path_bytes BLOB NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            PRIMARY KEY(repo, path_bytes)
        ) WITHOUT ROWID;
        """,
    ]

    /// Brings `db` to the current version; creates the schema in an empty file.
    /// - Throws: `IndexError.foreignDatabase` for another program's database, `.newerSchema` for a newer one.
    static func migrate(_ db: Database, path: String) throws {
        let version = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
        let appID = Int32(truncatingIfNeeded: try db.scalarInt("PRAGMA application_id") ?? 0)
        if version == 0 {
            let objects = try db.scalarInt("SELECT count(*) FROM sqlite_master") ?? 0
            if objects > 0 && appID != applicationID { throw IndexError.foreignDatabase(path: path) }
        } else if appID != applicationID {
            throw IndexError.foreignDatabase(path: path)
        }
        if version > current { throw IndexError.newerSchema(found: version, supported: current) }
        guard version < current else { return }
        try db.transaction {
            // Re-read under the write lock: another process may have migrated meanwhile.
            let now = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
            for i in now..<current { try db.execute(migrations[i]) }
            try db.execute("PRAGMA application_id = \(applicationID)")
            try db.execute("PRAGMA user_version = \(current)")
        }
    }

    /// Current schema version of `db` (0 for an empty file).
    static func version(_ db: Database) throws -> Int { Int(try db.scalarInt("PRAGMA user_version") ?? 0) }
}

import Foundation
import Index

/// The PostgreSQL index schema: the SQLite index's tables with the same columns and meanings (docs/index.md),
/// in PostgreSQL's types. Identity columns come from sequences, so concurrent writers of different repositories
/// never collide; no foreign keys are enforced (as in the SQLite file: the writer keeps rows consistent inside
/// its transactions).
enum PostgresSchema {
    /// The version this build writes and reads (`metadata.pg_schema_version`). Version 2 adds `not_source_files`
    /// (as SQLite schema 6 does); a version-1 index gets the empty table from the first run of this build.
    static let current = 2
    /// The advisory lock that serialises creating the schema and recording the configuration.
    static let setupLock: Int64 = 0x4353_4958_0000_0001

    static let tables: [String] = [
        "CREATE TABLE IF NOT EXISTS metadata(key text PRIMARY KEY, value text NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS repositories(
            id bigserial PRIMARY KEY, name text NOT NULL, path bytea NOT NULL UNIQUE, head text,
            is_template bigint NOT NULL DEFAULT 0, visible_gen bigint NOT NULL DEFAULT 0, building_gen bigint,
            file_count bigint NOT NULL DEFAULT 0, unit_count bigint NOT NULL DEFAULT 0, byte_count bigint NOT NULL DEFAULT 0,
            indexed_at bigint, shingles bytea, shingles_template bigint NOT NULL DEFAULT 0, given_path text)
        """,
        """
        CREATE TABLE IF NOT EXISTS files(
            id bigserial PRIMARY KEY, repo bigint NOT NULL, path text NOT NULL, path_bytes bytea NOT NULL,
            content_hash bigint NOT NULL, language text NOT NULL, size bigint NOT NULL, mtime_ns bigint NOT NULL,
            grammar_version text NOT NULL, line_count bigint NOT NULL, syntax_errors bigint NOT NULL,
            added_gen bigint NOT NULL, removed_gen bigint)
        """,
        "CREATE INDEX IF NOT EXISTS files_by_repo_path ON files(repo, path_bytes)",
        "CREATE INDEX IF NOT EXISTS files_by_hash ON files(content_hash)",
        """
        CREATE TABLE IF NOT EXISTS units(
            id bigserial PRIMARY KEY, file bigint NOT NULL, ordinal bigint NOT NULL, kind text NOT NULL, name text NOT NULL,
            start_line bigint NOT NULL, end_line bigint NOT NULL, code_lines bigint NOT NULL, token_count bigint NOT NULL,
            parameter_count bigint NOT NULL, exported bigint NOT NULL, leaf bigint NOT NULL, features bytea NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS units_by_file ON units(file)",
        "CREATE TABLE IF NOT EXISTS lsh_keys(key bigint NOT NULL, unit bigint NOT NULL, PRIMARY KEY(key, unit))",
        "CREATE TABLE IF NOT EXISTS doc_freq(hash bigint PRIMARY KEY, repos bigint NOT NULL, templates bigint NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS repository_warnings(
            repo bigint NOT NULL, ordinal bigint NOT NULL, message text NOT NULL, PRIMARY KEY(repo, ordinal))
        """,
        notSourceFiles,
    ]

    /// The files discovery found not to be source by their first bytes, with their stamps (see
    /// `IndexWriter+NotSource.swift`): version 2.
    static let notSourceFiles = """
        CREATE TABLE IF NOT EXISTS not_source_files(
            repo bigint NOT NULL, path_bytes bytea NOT NULL, size bigint NOT NULL, mtime_ns bigint NOT NULL,
            PRIMARY KEY(repo, path_bytes))
        """

    /// Whether the database holds a clonescan index (its metadata table exists).
    static func exists(_ session: PostgresSession) throws -> Bool {
        try session.scalar(Bool.self, "SELECT to_regclass('metadata') IS NOT NULL AND to_regclass('lsh_keys') IS NOT NULL") ?? false
    }

    /// The metadata rows (configuration and schema version).
    static func metadata(_ session: PostgresSession) throws -> [String: String] {
        var rows: [String: String] = [:]
        for row in try session.query("SELECT key, value FROM metadata") {
            let r = row.makeRandomAccess()
            rows[try session.decode(r[0], String.self)] = try session.decode(r[1], String.self)
        }
        return rows
    }

    /// Refuses an index written by a newer build.
    static func checkVersion(_ metadata: [String: String]) throws {
        if let found = metadata["pg_schema_version"].flatMap(Int.init), found > current {
            throw IndexError.newerSchema(found: found, supported: current)
        }
    }

    /// Takes an index of an older version to ``current`` (inside the caller's transaction, after the configuration
    /// was checked): version 1 lacks `not_source_files`, which starts empty.
    static func upgrade(_ session: PostgresSession, from metadata: [String: String]) throws {
        let found = metadata["pg_schema_version"].flatMap(Int.init) ?? 1
        guard found < current else { return }
        try session.query(notSourceFiles)
        try session.query("""
            INSERT INTO metadata(key, value) VALUES ('pg_schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, .of(String(current)))
    }

    /// Creates the schema when missing and records `configuration`, or refuses an index built with other parameters
    /// (the same `IndexError.parameterMismatch` as an SQLite file, before anything is changed). One transaction under
    /// ``setupLock``, so concurrent first runs create it once.
    static func prepare(_ session: PostgresSession, configuration: IndexConfiguration) throws {
        try session.transaction {
            try session.query("SELECT pg_advisory_xact_lock($1)", .of(setupLock))
            if try exists(session) {
                let rows = try metadata(session)
                try checkVersion(rows)
                if let stored = try IndexConfiguration.from(metadata: rows) {
                    if let conflict = configuration.conflicts(with: stored) { throw IndexError.parameterMismatch(conflict) }
                    try upgrade(session, from: rows)
                    // Grammars new to this index are recorded; existing ones are equal (checked above).
                    for (name, version) in configuration.grammarVersions.sorted(by: { $0.key < $1.key })
                    where stored.grammarVersions[name] == nil {
                        try session.query("INSERT INTO metadata(key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
                                          .of(IndexConfiguration.grammarPrefix + name, version))
                    }
                    return
                }
                try upgrade(session, from: rows)  // tables without a recorded configuration: brought up to date too
            } else {
                for statement in tables { try session.query(statement) }
            }
            var rows = try configuration.metadataRows()
            rows.append(("pg_schema_version", String(current)))
            rows.append(("created_at", String(Int(Date().timeIntervalSince1970))))
            try session.query("INSERT INTO metadata(key, value) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO NOTHING",
                              .of(rows.map(\.0), rows.map(\.1)))
        }
    }
}

import Foundation

extension IndexWriter {
    /// The configuration recorded in the metadata table, or nil for an index that has none yet.
    func storedConfiguration() throws -> IndexConfiguration? {
        var rows: [String: String] = [:]
        let s = try db.prepare("SELECT key, value FROM metadata")
        while try s.step() { rows[s.text(0)] = s.text(1) }
        s.reset()
        return try IndexConfiguration.from(metadata: rows)
    }

    /// Writes the configuration into a new index, or refuses a mismatched one.
    func recordConfiguration() throws {
        try db.transaction {
            let insert = try db.prepare("INSERT OR REPLACE INTO metadata(key, value) VALUES (?1, ?2)")
            if let stored = try storedConfiguration() {
                if let conflict = configuration.conflicts(with: stored) { throw IndexError.parameterMismatch(conflict) }
                // Grammars new to this index are recorded; existing ones are equal (checked above).
                for (name, version) in configuration.grammarVersions where stored.grammarVersions[name] == nil {
                    insert.reset()
                    try insert.bind([.text(IndexConfiguration.grammarPrefix + name), .text(version)])
                    try insert.run()
                }
            } else {
                for (key, value) in try configuration.metadataRows() {
                    insert.reset()
                    try insert.bind([.text(key), .text(value)])
                    try insert.run()
                }
                insert.reset()
                try insert.bind([.text("created_at"), .text(String(Int(Date().timeIntervalSince1970)))])
                try insert.run()
            }
        }
    }
}

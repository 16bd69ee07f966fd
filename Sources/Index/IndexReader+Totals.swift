/// Repository-wide totals that reports need without loading every unit.
extension IndexReader {
    /// Code lines of the visible leaf units of repository `id` (the denominator of the reverse share).
    /// - Complexity: one indexed aggregate over the repository's units.
    public func leafCodeLines(repository id: Int64) throws -> Int {
        try snapshot {
            let s = try db.prepare("""
                SELECT COALESCE(SUM(u.code_lines), 0) FROM units u JOIN files f ON f.id = u.file
                JOIN repositories r ON r.id = f.repo
                WHERE f.repo = ?1 AND u.leaf = 1 AND f.added_gen <= r.visible_gen
                  AND (f.removed_gen IS NULL OR f.removed_gen > r.visible_gen)
                """)
            try s.bind(int: id, at: 1)
            return try s.step() ? s.int(0) : 0
        }
    }
}

extension IndexReader {
    /// The repository of each of the units `ids` (unknown ids are left out).
    /// - Complexity: one indexed lookup per id.
    public func repositoriesOfUnits(_ ids: [Int64]) throws -> [Int64: Int64] {
        try snapshot {
            let s = try db.prepare("SELECT f.repo FROM units u JOIN files f ON f.id = u.file WHERE u.id = ?1")
            var out: [Int64: Int64] = [:]
            for id in ids {
                s.reset()
                try s.bind(int: id, at: 1)
                if try s.step() { out[id] = s.int64(0) }
            }
            return out
        }
    }
}

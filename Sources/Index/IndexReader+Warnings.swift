extension IndexReader {
    /// The warnings of each repository's last run (skipped files, a path that was missing or held no source
    /// file), by repository id; repositories without warnings are left out.
    public func warningsByRepository() throws -> [Int64: [String]] {
        try mapped(path) {
            let s = try db.prepare("SELECT repo, message FROM repository_warnings ORDER BY repo, ordinal")
            var out: [Int64: [String]] = [:]
            while try s.step() { out[s.int64(0), default: []].append(s.text(1)) }
            return out
        }
    }
}

import Foundation
import TestSupport
import XCTest

/// Real git repositories built by the tests from the versioned fixture code in `Fixtures/textkit`:
/// `v1.0.0` ... `v2.0.0` are successive releases of one small library, `clone-of-v1.1.0` an LLM-style copy of
/// v1.1.0 (every identifier renamed), `suspect-own` the suspect's own code. Dates and names are fixed, so hashes
/// are the same on every run.
enum Fixture {
    static let releases = ["v1.0.0", "v1.1.0", "v1.2.0", "v2.0.0"]
    static var root: URL {
        // Never nil: the test target copies Fixtures/ as a resource.
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("textkit")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/textkit")
    }
    static func text(_ version: String, _ file: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(version).appendingPathComponent(file), encoding: .utf8)
    }
}

/// A git repository under construction in a test's temporary directory.
struct TestRepository {
    let path: String
    var author = "Ada Ref <ada@example.org>"

    /// `git init` at `path`.
    init(at path: String) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
    }

    /// A repository that already exists at `path` (a clone).
    init(existing path: String) { self.path = path }

    /// Runs git here with a fixed author, committer and date; its output, trimmed.
    @discardableResult
    func git(_ args: String..., date: String = "2024-01-01T10:00:00Z") throws -> String {
        try TestGit.run(Array(args), in: path, date: date, author: author)
    }

    /// Writes `text` at `file` (relative), creating directories.
    func write(_ file: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Commits everything on `date`; the new commit's full hash.
    @discardableResult
    func commit(_ message: String, date: String) throws -> String {
        try git("add", "-A", date: date)
        try git("commit", "-q", "--allow-empty", "-m", message, date: date)
        return try git("rev-parse", "HEAD", date: date)
    }

    /// The reference: a README commit, then each release committed (and tagged when `tagged`), each followed by a
    /// commit that only edits the README. Returns the release commits by version.
    static func reference(at path: String, tagged: Bool = true) throws -> (TestRepository, [String: String]) {
        let repo = try TestRepository(at: path)
        try repo.write("README.md", "# textkit\n")
        try repo.commit("readme", date: "2024-01-01T10:00:00Z")
        var releases: [String: String] = [:]
        for (n, version) in Fixture.releases.enumerated() {
            let month = String(format: "%02d", n + 2)
            try repo.write("textkit/core.py", try Fixture.text(version, "core.py"))
            releases[version] = try repo.commit("release \(version)", date: "2024-\(month)-01T10:00:00Z")
            if tagged { try repo.git("tag", "-a", version, "-m", "textkit \(version)", date: "2024-\(month)-01T10:00:00Z") }
            try repo.write("README.md", "# textkit\n\nlatest: \(version)\n")
            try repo.commit("notes \(version)", date: "2024-\(month)-15T10:00:00Z")
        }
        return (repo, releases)
    }
}

import Foundation
import Jobs
import Report
import TestSupport
import XCTest

/// `compare --history` on real git histories built from the versioned fixture library (GitFixtures.swift).
final class CompareHistoryTests: XCTestCase {
    private func history(_ reference: String, _ suspect: String) async throws -> CompareReport.History {
        var options = CompareOptions(reference: reference, suspect: suspect)
        options.checkLicense = false
        options.history = true
        let outcome = try await CompareJob(options).run()
        return try XCTUnwrap(outcome.report.history)
    }

    /// A suspect with its own history that imports an LLM-style copy of v1.1.0 in its third commit.
    func testCloneImportedPartwayIsFirstSeenAtItsCommitAndMatchesItsRelease() async throws {
        let dir = try temporaryDirectory("history")
        let (reference, releases) = try TestRepository.reference(at: dir.appendingPathComponent("textkit").path)
        var suspect = try TestRepository(at: dir.appendingPathComponent("typeset").path)
        suspect.author = "Bob Sus <bob@example.com>"
        try suspect.write("cli.py", try Fixture.text("suspect-own", "cli.py"))
        try suspect.commit("command line", date: "2025-03-01T09:00:00Z")
        try suspect.write("config.py", try Fixture.text("suspect-own", "config.py"))
        try suspect.commit("settings", date: "2025-04-01T09:00:00Z")
        try suspect.write("typeset/layout.py", try Fixture.text("clone-of-v1.1.0", "layout.py"))
        let imported = try suspect.commit("layout", date: "2025-05-02T09:00:00Z")
        try suspect.write("README.md", "# typeset\n")
        try suspect.commit("readme", date: "2025-05-10T09:00:00Z")
        try suspect.write("config.py", try Fixture.text("suspect-own", "config.py") + "\n\nDEFAULT_WIDTH = 72\n")
        try suspect.commit("default width", date: "2025-06-01T09:00:00Z")
        try suspect.write("README.md", "# typeset\n\nLays out text.\n")
        try suspect.commit("readme again", date: "2025-06-20T09:00:00Z")

        let h = try await history(reference.path, suspect.path)
        XCTAssertEqual(h.reference.status, "git")
        XCTAssertEqual(h.reference.tags, 4)
        XCTAssertEqual(h.suspect.status, "git")
        XCTAssertEqual(h.suspect.commits, 6)
        XCTAssertEqual(h.fork, false)
        XCTAssertEqual(h.shared_commits, 0)
        XCTAssertNil(h.merge_base)
        let first = try XCTUnwrap(h.first_seen)
        XCTAssertEqual(first.commit, imported)
        XCTAssertEqual(first.date, "2025-05-02T09:00:00+00:00")
        XCTAssertEqual(first.author, "Bob Sus <bob@example.com>")
        XCTAssertEqual(first.share, 1)
        XCTAssertEqual(first.share_before, 0)
        XCTAssertLessThanOrEqual(first.analyses, 1 + 3)  // 1 + ceil(log2(6))
        let closest = try XCTUnwrap(h.closest_reference_version)
        XCTAssertEqual(closest.tag, "v1.1.0")
        XCTAssertEqual(closest.commit, releases["v1.1.0"])
        XCTAssertEqual(closest.candidates_kind, "tags")
        XCTAssertEqual(closest.neighbours.map(\.tag), ["v1.0.0", "v1.2.0"])
        XCTAssertTrue(closest.neighbours.allSatisfy { $0.score < closest.score }, "\(closest)")
        XCTAssertTrue(h.summary.hasPrefix("copied from v1.1.0; first seen in the suspect on 2025-05-02"), h.summary)
        XCTAssertTrue(h.notes.isEmpty, "\(h.notes)")
        // Read from git objects only: the suspect's work tree and HEAD are as they were.
        XCTAssertEqual(try suspect.git("status", "--porcelain"), "")
        XCTAssertEqual(try reference.git("status", "--porcelain"), "")
    }

    /// A fork: cloned from the reference at v1.2.0, with commits of its own.
    func testForkSharesHistoryWithTheReference() async throws {
        let dir = try temporaryDirectory("history")
        let (reference, releases) = try TestRepository.reference(at: dir.appendingPathComponent("textkit").path)
        let forkPath = dir.appendingPathComponent("fork").path
        try TestGit.run(["clone", "-q", reference.path, forkPath], in: dir.path)
        var fork = TestRepository(existing: forkPath)
        fork.author = "Carl Fork <carl@example.net>"
        try fork.git("checkout", "-q", "-b", "mine", "v1.2.0")
        try fork.write("textkit/cli.py", try Fixture.text("suspect-own", "cli.py"))
        try fork.commit("own command line", date: "2025-07-01T09:00:00Z")
        let root = try reference.git("rev-list", "--max-parents=0", "HEAD")

        let h = try await history(reference.path, forkPath)
        XCTAssertEqual(h.fork, true)
        XCTAssertEqual(h.merge_base, releases["v1.2.0"])
        XCTAssertEqual(h.shared_root, root)
        XCTAssertEqual(h.shared_commits, 6)  // readme, then release and notes of v1.0.0 and v1.1.0, release v1.2.0
        XCTAssertEqual(h.closest_reference_version?.tag, "v1.2.0")
        // The fork carries the reference's history: most of the code the fork shares with the reference's HEAD
        // (v2.0.0) was already there at the v1.1.0 release (v1.2.0 added one function of the matched code).
        XCTAssertEqual(h.first_seen?.commit, releases["v1.1.0"])
        XCTAssertEqual(h.first_seen?.author, "Ada Ref <ada@example.org>")
    }

    /// An LLM-style clone: one squashed commit holding the renamed copy; the reference has no tags, so its
    /// first-parent commits are the versions.
    func testSquashedCloneOfAnUntaggedReference() async throws {
        let dir = try temporaryDirectory("history")
        let (reference, releases) = try TestRepository.reference(at: dir.appendingPathComponent("textkit").path, tagged: false)
        var suspect = try TestRepository(at: dir.appendingPathComponent("squashed").path)
        suspect.author = "Dee Llm <dee@example.com>"
        try suspect.write("typeset/layout.py", try Fixture.text("clone-of-v1.1.0", "layout.py"))
        try suspect.write("typeset/cli.py", try Fixture.text("suspect-own", "cli.py"))
        let only = try suspect.commit("Initial commit", date: "2025-08-08T08:00:00Z")

        let h = try await history(reference.path, suspect.path)
        XCTAssertEqual(h.fork, false)
        XCTAssertNil(h.shared_root)
        XCTAssertEqual(h.first_seen?.commit, only)
        XCTAssertEqual(h.first_seen?.analyses, 1)
        XCTAssertNil(h.first_seen?.share_before)
        let closest = try XCTUnwrap(h.closest_reference_version)
        XCTAssertNil(closest.tag)
        XCTAssertEqual(closest.candidates_kind, "commits")
        XCTAssertEqual(closest.candidates, 9)
        // "release v1.1.0" and "notes v1.1.0" hold the same code: the earliest of equals is reported.
        XCTAssertEqual(closest.commit, releases["v1.1.0"])
    }

    /// A plain directory and a shallow clone have no history: reported as such, never an error.
    func testTreesWithoutHistoryAreReportedAsSuch() async throws {
        let dir = try temporaryDirectory("history")
        let (reference, releases) = try TestRepository.reference(at: dir.appendingPathComponent("textkit").path)
        let plain = dir.appendingPathComponent("plain")
        try write(["layout.py": try Fixture.text("clone-of-v1.1.0", "layout.py")], under: plain)

        let h = try await history(reference.path, plain.path)
        XCTAssertEqual(h.suspect.status, "not-git")
        XCTAssertNil(h.fork)
        XCTAssertNil(h.first_seen)
        XCTAssertEqual(h.closest_reference_version?.tag, "v1.1.0")
        XCTAssertEqual(h.closest_reference_version?.commit, releases["v1.1.0"])
        XCTAssertTrue(h.notes.contains { $0.hasPrefix("suspect has no history to read: not-git") }, "\(h.notes)")

        let shallow = dir.appendingPathComponent("shallow").path
        try TestGit.run(["clone", "-q", "--depth", "1", "file://" + reference.path, shallow], in: dir.path)
        let s = try await history(shallow, plain.path)
        XCTAssertEqual(s.reference.status, "shallow")
        XCTAssertEqual(s.suspect.status, "not-git")
        XCTAssertNil(s.closest_reference_version)
        XCTAssertEqual(s.summary, "no history to read")

        // A subdirectory of a work tree is not the top of one: its parent's history is not the tree's.
        let sub = try await history(reference.path + "/textkit", plain.path)
        XCTAssertEqual(sub.reference.status, "not-git")
    }

    /// The command line: `history` in JSON (optional key of schema 2), text and escaped HTML.
    func testCommandLinePrintsHistoryInEveryFormat() throws {
        let dir = try temporaryDirectory("history")
        let (reference, _) = try TestRepository.reference(at: dir.appendingPathComponent("textkit").path)
        var suspect = try TestRepository(at: dir.appendingPathComponent("squashed").path)
        suspect.author = "Eve & \"Mallory\" Jr <eve@example.com>"
        try suspect.write("layout.py", try Fixture.text("clone-of-v1.1.0", "layout.py"))
        let only = try suspect.commit("squashed", date: "2025-08-08T08:00:00Z")

        let json = try run(["compare", reference.path, suspect.path, "--history", "--no-license", "--format", "json", "--quiet"])
        XCTAssertEqual(json.code, 1, json.stderr)  // a clone, at the default --fail-at
        let doc = try json.json()
        XCTAssertEqual(doc["schema_version"] as? Int, 2)
        let h = try XCTUnwrap(doc["history"] as? [String: Any])
        XCTAssertEqual(h["fork"] as? Bool, false)
        XCTAssertEqual((h["first_seen"] as? [String: Any])?["commit"] as? String, only)
        XCTAssertEqual((h["closest_reference_version"] as? [String: Any])?["tag"] as? String, "v1.1.0")

        let text = try run(["compare", reference.path, suspect.path, "--history", "--no-license", "--quiet"])
        XCTAssertTrue(text.stdout.contains("history: copied from v1.1.0; first seen in the suspect on 2025-08-08"), text.stdout)
        XCTAssertTrue(text.stdout.contains("first seen: \(only)"), text.stdout)

        let html = try run(["compare", reference.path, suspect.path, "--history", "--no-license", "--format", "html", "--quiet"])
        XCTAssertTrue(html.stdout.contains("<section id=\"history\">"), html.stdout)
        XCTAssertTrue(html.stdout.contains(only))
        XCTAssertTrue(html.stdout.contains("Eve &amp; &quot;Mallory&quot; Jr &lt;eve@example.com&gt;"), html.stdout)

        let sarif = try run(["compare", reference.path, suspect.path, "--history", "--format", "sarif"])
        XCTAssertEqual(sarif.code, 2)
        XCTAssertTrue(sarif.stderr.contains("--history is reported in text, json and html only"), sarif.stderr)

        let without = try run(["compare", reference.path, suspect.path, "--no-license", "--format", "json", "--quiet"])
        XCTAssertNil(try without.json()["history"], "history only with --history")
    }
}

import Foundation
import Jobs
import Report
import TestSupport
import XCTest

/// Direction of derivation in a family: whose git history is older, and who credits whom, shown as evidence.
final class FamilyDirectionTests: XCTestCase {
    /// Commits everything in `directory` as one commit dated `date`, with hooks off and no user configuration.
    func commitAll(_ directory: URL, date: String) throws {
        for args in [["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "release"]] {
            try TestGit.run(args, in: directory.path, date: date, author: "Ada <ada@example.org>")
        }
    }

    func testMembersEvidenceSaysWhoseHistoryIsOlderAndWhoCreditsWhom() async throws {
        let root = try temporaryDirectory("direction")
        let origin = root.appendingPathComponent("textlib"), member = root.appendingPathComponent("fastkit")
        try write(["textlib/algo.py": SampleCode.auditLibrary], under: root)
        try write(["fastkit/copy.py": SampleCode.copiedLibrary,
                   "fastkit/extra.py": "def greet(name, excited=False):\n    message = 'hello ' + name\n    if excited:\n        message = message.upper() + '!'\n    print(message)\n    return len(message)\n",
                   "fastkit/README.md": "# fastkit\n\nThe sorting helpers are based on textlib by Ada.\n"], under: root)
        try commitAll(origin, date: "2019-03-02T10:00:00Z")
        try commitAll(member, date: "2025-05-02T10:00:00Z")
        let db = try await temporaryIndex(of: [origin.path, member.path])
        let report = try FamiliesJob(FamiliesOptions(database: db)).run()
        let family = try XCTUnwrap(report.families.first, "\(report)")
        XCTAssertEqual(family.origin, origin.path)
        let evidence = try XCTUnwrap(family.members.first).direction_evidence
        XCTAssertTrue(evidence.contains { $0.contains("textlib begins 2019-03-02") && $0.contains("the origin's history is older") }, "\(evidence)")
        XCTAssertTrue(evidence.contains { $0.hasPrefix("fastkit credits textlib: README.md:3") }, "\(evidence)")
        XCTAssertFalse(evidence.contains { $0.contains("against this direction") }, "\(evidence)")
    }

    func testRepositoriesWithoutGitSayThereIsNoHistoryToDate() async throws {
        let original = try tree(["lib/algo.py": SampleCode.auditLibrary])
        let copy = try tree(["pkg/copy.py": SampleCode.copiedLibrary])
        let db = try await temporaryIndex(of: [original, copy])
        let report = try FamiliesJob(FamiliesOptions(database: db)).run()
        let evidence = try XCTUnwrap(report.families.first?.members.first).direction_evidence
        XCTAssertTrue(evidence.contains { $0.hasPrefix("no git history to date") }, "\(evidence)")
    }
}

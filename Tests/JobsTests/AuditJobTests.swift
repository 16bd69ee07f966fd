import Analysis
import Foundation
import FrontEnd
import Index
import License
import XCTest
import Matching
import Report
@testable import Jobs
import TestSupport

/// `AuditJob` on a real SQLite index built in a temporary directory with the `Index` API.
final class AuditJobTests: XCTestCase {
    static var library: String { SampleCode.auditLibrary }
    static var unrelated: String { SampleCode.unrelated }
    static var copied: String { SampleCode.copiedLibrary }
    static var mitLicense: String { LicenseTexts.mit ?? "" }

    // MARK: fixtures

    func scanner() throws -> LicenseScanner {
        guard let db = try? LicenseDatabase.shared() else {
            throw XCTSkip("license data missing at \(LicenseDatabase.defaultPath.path); run `make setup`")
        }
        return LicenseScanner(database: db)
    }

    func directory() throws -> URL { try temporaryDirectory("audit") }

    /// An index holding an MIT library (`mitlib`, with LICENSE and copyright line) and an unrelated repository.
    func makeIndex(in dir: URL) async throws -> (db: String, library: URL) {
        let library = dir.appendingPathComponent("mitlib")
        try write(["LICENSE": Self.mitLicense, "mitlib/algo.py": Self.library], under: library)
        let other = dir.appendingPathComponent("tables")
        try write(["tables/render.py": Self.unrelated], under: other)
        return (try await temporaryIndex(of: [library.path, other.path]), library)
    }

    func audit(_ project: URL, db: String, policy: AuditPolicy = AuditPolicy()) async throws -> AuditReport {
        _ = try scanner()
        var options = AuditOptions(project: project.path, database: db)
        options.policy = policy
        return try await AuditJob(options).run()
    }

    // MARK: tests

    func testUnattributedCopyUnderAnotherLicenseIsReportedAndFails() async throws {
        _ = try scanner()
        let dir = try directory()
        let (db, library) = try await makeIndex(in: dir)
        let project = dir.appendingPathComponent("fastutils")
        try write(["src/helpers.py": Self.copied, "pyproject.toml": "[project]\nname = \"fastutils\"\nlicense = \"Apache-2.0\"\n"], under: project)

        let report = try await audit(project, db: db)
        XCTAssertEqual(report.schema_version, AuditReport.schemaVersion)
        XCTAssertEqual(report.repositories_indexed, 2)
        XCTAssertEqual(report.project.license.declared, "Apache-2.0")
        XCTAssertEqual(report.results.count, 1, "\(report.results.map(\.repository))")
        let r = try XCTUnwrap(report.results.first)
        XCTAssertEqual(r.repository, "mitlib")
        XCTAssertEqual(URL(fileURLWithPath: r.path).resolvingSymlinksInPath().path, library.resolvingSymlinksInPath().path)
        XCTAssertTrue(r.path_exists)
        XCTAssertEqual(r.verdict, .clone)
        XCTAssertEqual(r.matched_units, 3)
        XCTAssertGreaterThan(r.repository_share, 0.9)
        XCTAssertGreaterThan(r.project_share, 0.9)
        XCTAssertEqual(r.project_files.map(\.path), ["src/helpers.py"])
        XCTAssertEqual(r.project_files.first?.repository_files, ["mitlib/algo.py"])
        let top = try XCTUnwrap(r.regions.first)
        XCTAssertEqual(top.project.path, "src/helpers.py")
        XCTAssertEqual(top.repository.path, "mitlib/algo.py")
        XCTAssertLessThanOrEqual(top.project.start_line, top.project.end_line)
        XCTAssertEqual(r.license.repository.declared, "MIT")
        XCTAssertEqual(r.license.repository.status, "declared")
        XCTAssertEqual(r.license.project, "Apache-2.0")
        XCTAssertTrue(r.license.changed)
        XCTAssertFalse(r.license.incompatible)
        XCTAssertEqual(r.attribution.verdict, "no")
        XCTAssertTrue(r.obligations_broken.contains { $0.rule == "notice-not-kept" && $0.license == "MIT" }, "\(r.obligations_broken)")
        XCTAssertEqual(r.problems, [AuditJob.Problem.unattributed, AuditJob.Problem.obligations])
        XCTAssertTrue(r.fails)
        XCTAssertTrue(report.failed)
        XCTAssertEqual(report.summary.failing, 1)
        XCTAssertEqual(report.summary.unattributed, 1)
        XCTAssertEqual(report.summary.project_lines_matched, r.project_lines)

        // The JSON carries the documented keys.
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: try AuditRenderer.json(report)) as? [String: Any])
        for key in ["schema_version", "project", "database", "repositories_indexed", "candidates_verified", "policy", "summary", "results", "failed", "warnings"] {
            XCTAssertNotNil(doc[key], key)
        }
        let text = AuditRenderer.text(report)
        XCTAssertTrue(text.contains("mitlib"), text)
        XCTAssertTrue(text.contains("notice-not-kept"), text)
        XCTAssertTrue(text.contains("src/helpers.py:"), text)
    }

    func testNoticeCreditingTheOriginalIsAttributed() async throws {
        _ = try scanner()
        let dir = try directory()
        let (db, _) = try await makeIndex(in: dir)
        let project = dir.appendingPathComponent("fastutils")
        try write(["src/helpers.py": Self.copied, "pyproject.toml": "[project]\nname = \"fastutils\"\nlicense = \"Apache-2.0\"\n",
                   "NOTICE": "fastutils\nThis product includes code from mitlib, Copyright (c) 2021 Example Author, under the MIT License.\n"],
                  under: project)
        let report = try await audit(project, db: db)
        let r = try XCTUnwrap(report.results.first)
        XCTAssertEqual(r.attribution.verdict, "yes")
        XCTAssertTrue(r.attribution.evidence.contains { $0.path == "NOTICE" && $0.strong }, "\(r.attribution.evidence)")
        XCTAssertFalse(r.problems.contains(AuditJob.Problem.unattributed))
        XCTAssertFalse(report.failed, "credited and no incompatibility: the default gate passes")

        // The MIT text itself is still missing: `--fail-on obligations` catches that.
        let strict = try await audit(project, db: db, policy: AuditPolicy(failOn: [.obligations]))
        XCTAssertTrue(strict.failed)
    }

    func testUnrelatedProjectReportsNothing() async throws {
        _ = try scanner()
        let dir = try directory()
        let (db, _) = try await makeIndex(in: dir)
        let project = dir.appendingPathComponent("queue")
        try write(["queue.py": """
        class BoundedQueue:
            def __init__(self, capacity):
                self.capacity = capacity
                self.items = []

            def push(self, value):
                if len(self.items) >= self.capacity:
                    self.items.pop(0)
                self.items.append(value)
                return len(self.items)

        """], under: project)
        let report = try await audit(project, db: db)
        XCTAssertTrue(report.results.isEmpty, "\(report.results.map(\.repository))")
        XCTAssertFalse(report.failed)
        XCTAssertEqual(report.summary.project_lines_matched, 0)
    }

    func testRepositoryWhosePathIsGoneHasUnknownLicense() async throws {
        _ = try scanner()
        let dir = try directory()
        let (db, library) = try await makeIndex(in: dir)
        try FileManager.default.removeItem(at: library)
        let project = dir.appendingPathComponent("fastutils")
        try write(["src/helpers.py": Self.copied], under: project)
        let report = try await audit(project, db: db)
        let r = try XCTUnwrap(report.results.first)
        XCTAssertFalse(r.path_exists)
        XCTAssertEqual(r.license.repository.status, "path-gone")
        XCTAssertNil(r.license.repository.declared)
        XCTAssertEqual(AuditRenderer.licenseLabel(r.license.repository), "unknown (path gone)")
        XCTAssertEqual(r.attribution.verdict, "no")
        XCTAssertTrue(r.obligations_broken.isEmpty)
        XCTAssertTrue(report.failed)
        XCTAssertTrue(AuditRenderer.text(report).contains("unknown (path gone)"))
    }

    func testProjectIndexedItselfIsNotAuditedAgainstItself() async throws {
        _ = try scanner()
        let dir = try directory()
        let (db, library) = try await makeIndex(in: dir)
        let report = try await audit(library, db: db)
        XCTAssertTrue(report.results.isEmpty)
        XCTAssertTrue(report.warnings.contains { $0.contains("itself") }, "\(report.warnings)")
        // A directory inside an indexed repository is part of it, too.
        let inner = try await audit(library.appendingPathComponent("mitlib"), db: db)
        XCTAssertTrue(inner.results.isEmpty)
        XCTAssertEqual(inner.warnings.count, 1)
    }

    func testPolicyRules() {
        let p = AuditPolicy()
        XCTAssertTrue(p.fails(verdict: .clone, problems: [AuditJob.Problem.unattributed]))
        XCTAssertTrue(p.fails(verdict: .partialClone, problems: [AuditJob.Problem.incompatible]))
        XCTAssertFalse(p.fails(verdict: .related, problems: [AuditJob.Problem.unattributed]), "below --fail-at")
        XCTAssertFalse(p.fails(verdict: .clone, problems: [AuditJob.Problem.obligations]))
        XCTAssertFalse(p.fails(verdict: .clone, problems: []))
        XCTAssertTrue(AuditPolicy(failOn: [.anyMatch]).fails(verdict: .clone, problems: []))
        XCTAssertTrue(AuditPolicy(failAt: .related, failOn: [.obligations]).fails(verdict: .related, problems: [AuditJob.Problem.obligations]))
    }

    func testHTMLAndTextEscapeRepositoryNamesAndPaths() async throws {
        _ = try scanner()
        let dir = try directory()
        let hostile = dir.appendingPathComponent("lib<script>x&'\"\u{1B}[2J")
        try write(["LICENSE": Self.mitLicense, "<img src=x>.py": Self.library], under: hostile)
        let db = dir.appendingPathComponent("corpus.sqlite").path
        let indexer = try IndexRun(databasePath: db, options: IndexOptions())
        _ = try await indexer.index(paths: [hostile.path])
        let project = dir.appendingPathComponent("proj")
        try write(["a<b>.py": Self.copied], under: project)
        let report = try await audit(project, db: db)
        XCTAssertEqual(report.results.count, 1)
        let html = AuditRenderer.html(report)
        XCTAssertFalse(html.contains("<script>"), html)
        XCTAssertFalse(html.contains("<img"), html)
        XCTAssertFalse(html.contains("a<b>"), html)
        XCTAssertTrue(html.contains("lib&lt;script&gt;x&amp;&#39;&quot;&#xFFFD;[2J"), html)
        XCTAssertFalse(html.contains("\u{1B}"))
        let text = AuditRenderer.text(report)
        XCTAssertFalse(text.contains("\u{1B}"), text)
        XCTAssertTrue(text.contains("lib<script>"), text)
    }
}

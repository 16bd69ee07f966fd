import ArgumentParser
import Foundation
import FrontEnd
import Jobs
import Matching
import Report

/// `clonescan audit`: what in PROJECT came from which indexed repositories, under which license, attributed or not.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "License-compliance audit: which indexed repositories a project's code came from, under which license, credited or not.",
        discussion: """
        PROJECT is the suspect and every repository in --db a potential origin (the reverse of `query`). Each listed repository gets: verdict, matched project lines and files, the share of the repository found in PROJECT, both declared licenses (the repository's read from the path it was indexed from; "unknown (path gone)" when that path no longer exists), whether PROJECT credits it, and the obligations of its license that PROJECT breaks (docs/obligations.md). JSON schema: docs/audit-json.md.

        A repository fails the audit when its verdict is at or above --fail-at and it has a problem named by --fail-on (comma-separated, or repeat the option; default unattributed,incompatible):
          unattributed  PROJECT does not credit it (attribution "no", or "unknown" when the check failed)
          incompatible  its license cannot become PROJECT's (copyleft-relicensed, incompatible-combination)
          obligations   any obligation of its license is broken (includes notice-not-kept)
          any-match     any listed repository, whatever its license status
        Examples:
          clonescan audit . --db corpus.sqlite
          clonescan audit ~/src/app --db corpus.sqlite --format html --output audit.html
          clonescan audit . --db corpus.sqlite --format json --fail-on unattributed,obligations --fail-at related
        Formats: text, json, html.

        """ + ExitStatus.table
    )

    @Argument(help: "The project to audit (a directory).")
    var project: String

    @Option(help: "The index built by `clonescan index`: an SQLite file or postgresql://USER@HOST:PORT/DB.")
    var db: String

    @OptionGroup var output: OutputOptions

    @OptionGroup var scope: ScopeOptions

    @Option(help: "Problems that fail the audit: unattributed, incompatible, obligations, any-match (comma-separated or repeated; default: unattributed,incompatible).")
    var failOn: [FailOnList] = []

    @Option(help: "Only repositories at or above this verdict can fail the audit (clone, partial-clone, related).")
    var failAt: VerdictArgument = .init(.partialClone)

    @Option(help: "List repositories at or above this verdict (clone, partial-clone, related).")
    var minVerdict: VerdictArgument = .init(.related)

    @Option(name: [.customLong("max-matches"), .customLong("regions")], help: "Matched regions listed per repository (--regions is an alias).")
    var maxMatches: Int = 5

    /// `--fail-on a,b`: one or more `AuditFailOn` names.
    struct FailOnList: ExpressibleByArgument {
        var values: [AuditFailOn]
        init?(argument: String) {
            var out: [AuditFailOn] = []
            for part in argument.split(separator: ",") {
                guard let v = AuditFailOn(rawValue: part.trimmingCharacters(in: .whitespaces)) else { return nil }
                out.append(v)
            }
            guard !out.isEmpty else { return nil }
            values = out
        }
        static var defaultCompletionKind: CompletionKind { .list(AuditFailOn.allCases.map(\.rawValue)) }
    }

    /// A verdict name other than `not-clone`.
    struct VerdictArgument: ExpressibleByArgument {
        var verdict: Verdict
        init(_ verdict: Verdict) { self.verdict = verdict }
        init?(argument: String) {
            guard let v = Verdict(rawValue: argument), v != .notClone else { return nil }
            verdict = v
        }
        var defaultValueDescription: String { verdict.rawValue }
        static var defaultCompletionKind: CompletionKind { .list(Verdict.allCases.filter { $0 != .notClone }.map(\.rawValue)) }
    }

    func validate() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: project, isDirectory: &isDir) else {
            throw ValidationError("PROJECT \(terminalSafe(project)) does not exist; pass the project's directory")
        }
        guard isDir.boolValue else {
            throw ValidationError("PROJECT \(terminalSafe(project)) is not a directory; pass the project's root directory")
        }
        guard IndexDatabase.mayExist(db) else {
            throw ValidationError("--db \(terminalSafe(db)) does not exist; build it with `clonescan index --db \(terminalSafe(db)) PATH...`")
        }
        guard maxMatches >= 0 else { throw ValidationError("--max-matches must be 0 or more") }
        try output.check(supported: [.text, .json, .html], command: "audit")
        _ = try scope.pathFilter()
    }

    func run() async throws {
        var options = AuditOptions(project: project, database: db)
        options.policy = AuditPolicy(minVerdict: minVerdict.verdict, failAt: failAt.verdict,
                                     failOn: failOn.isEmpty ? AuditPolicy().failOn : Set(failOn.flatMap(\.values)))
        options.maxMatches = maxMatches
        options.pathFilter = try scope.pathFilter()
        let progress = Progress(enabled: !output.quiet)
        let report = try await AuditJob(options).run { progress.say($0) }
        progress.done()
        // Text shows warnings in the report itself.
        if output.format != .text { output.warnAll(report.warnings.map { terminalSafe($0) }) }
        switch output.format {
        case .json: try output.write(try ReportJSON.encode(report))
        case .html: try output.write(Data(AuditRenderer.html(report).utf8))
        default: try output.write(Data(AuditRenderer.text(report).utf8))
        }
        throw ExitCode(report.failed ? ExitStatus.found : ExitStatus.ok)
    }
}

import Analysis
import ArgumentParser
import Foundation
import FrontEnd
import Index
import License
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
        Exit codes: 0 nothing fails the audit, 1 at least one repository fails it, 2 usage error, 3 runtime error.
        """
    )

    @Argument(help: "The project to audit (a directory).")
    var project: String

    @Option(help: "The index built by `clonescan index`.")
    var db: String

    @Option(help: "Output format: text, json or html.")
    var format: Format = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Problems that fail the audit: unattributed, incompatible, obligations, any-match (comma-separated or repeated; default: unattributed,incompatible).")
    var failOn: [FailOnList] = []

    @Option(help: "Only repositories at or above this verdict can fail the audit (clone, partial-clone, related).")
    var failAt: VerdictArgument = .init(.partialClone)

    @Option(help: "List repositories at or above this verdict (clone, partial-clone, related).")
    var minVerdict: VerdictArgument = .init(.related)

    @Option(help: "Matched regions listed per repository.")
    var regions: Int = 5

    @Flag(help: "No progress or warnings on standard error.")
    var quiet = false

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

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
        guard FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("--db \(terminalSafe(db)) does not exist; build it with `clonescan index --db \(terminalSafe(db)) PATH...`")
        }
        guard regions >= 0 else { throw ValidationError("--regions must be 0 or more") }
    }

    func run() async throws {
        let failOnSet = failOn.isEmpty ? AuditPolicy().failOn : Set(failOn.flatMap(\.values))
        let policy = AuditPolicy(minVerdict: minVerdict.verdict, failAt: failAt.verdict, failOn: failOnSet)
        let progress = Progress(enabled: !quiet)
        let index: CloneIndex
        let parameters: AnalysisParameters
        do {
            index = try CloneIndex.open(path: db, readOnly: true)
            parameters = try index.parameters()
        } catch {
            throw RuntimeFailure("--db \(terminalSafe(db)): \(error)")
        }
        let scanner: LicenseScanner
        do { scanner = try LicenseScanner() } catch {
            let message = String(describing: error)
            throw RuntimeFailure(message.contains("make setup") ? message : "license data: \(message) (run `make setup`)")
        }
        progress.say("analysing \(project)")
        let features: RepositoryFeatures
        do { features = try await RepositoryAnalyzer(parameters: parameters).analyze(root: project) } catch let error as FrontEndError {
            throw RuntimeFailure("PROJECT: \(error.description)")
        }
        for skip in features.skipped where skip.reason.isProblem && !quiet {
            warn("warning: \(terminalSafe(project))/\(terminalSafe(skip.path)): \(skip.reason.rawValue): \(terminalSafe(skip.detail))")
        }
        guard !features.files.isEmpty else {
            throw ValidationError("PROJECT \(terminalSafe(project)) has no supported source files (\(features.skipped.count) skipped); pass a source tree in one of: \(LanguageTable.all.map(\.name).joined(separator: ", "))")
        }
        var engine = AuditEngine(policy: policy)
        engine.regionsPerResult = regions
        let report: AuditReport
        do {
            report = try engine.audit(index: index, project: features, parameters: parameters, scanner: scanner) { progress.say($0) }
        } catch {
            progress.done()
            throw RuntimeFailure("audit failed on --db \(terminalSafe(db)): \(String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " "))")
        }
        progress.done()
        if !quiet && format != .text { for w in report.warnings { warn("warning: \(terminalSafe(w))") } }
        let data: Data
        switch format {
        case .text: data = Data(AuditRenderer.text(report).utf8)
        case .json: data = try AuditRenderer.json(report)
        case .html: data = Data(AuditRenderer.html(report).utf8)
        }
        if let output {
            do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                throw RuntimeFailure("cannot write --output \(terminalSafe(output)): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
        throw ExitCode(report.failed ? ExitStatus.found : ExitStatus.ok)
    }
}

import ArgumentParser
import Foundation
import FrontEnd
import Jobs
import Matching
import Report

/// `clonescan compare`: is SUSPECT a clone of REFERENCE, how much of it, where, and what it owes.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a reference project with a suspect and give a verdict with evidence.",
        discussion: """
        Examples:
          clonescan compare ~/src/myproject ~/suspects/theirproject
          clonescan compare ref/ suspect/ --format html --output report.html
          clonescan compare ref/ suspect/ --format sarif --output clonescan.sarif --fail-at clone
          clonescan compare ref/ suspect/ --history --format json
        Verdicts: clone, partial-clone, related, not-clone. Formats: text, json, html, sarif, spdx (SPDX 2.3 JSON of the suspect).

        """ + ExitStatus.table
    )

    @Argument(help: "The original project (a directory or file).")
    var reference: String

    @Argument(help: "The project suspected of copying it.")
    var suspect: String

    @OptionGroup var output: OutputOptions

    @Option(help: "Exit 1 when the verdict is at or above this verdict name, or the score at or above this number.")
    var failAt: FailThreshold = .verdict(.partialClone)

    @Option(help: ArgumentHelp("Exit 1 only when the verdict is at or above --fail-at and the suspect has one of these problems: unattributed, incompatible, obligations (comma-separated or repeated). Without it, the verdict alone decides.", valueName: "problems"))
    var failOn: [CompareProblems] = []

    @Option(help: "Matched regions listed (default: 25 in text, every match in json, html and sarif).")
    var maxMatches: Int?

    @Option(help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 1 << 20

    @Option(help: "An index built by `clonescan index` (an SQLite file or postgresql://USER@HOST:PORT/DB): its document frequencies and template repositories mark boilerplate that never counts as evidence.")
    var db: String?

    @OptionGroup var scope: ScopeOptions

    @Option(help: ArgumentHelp("Code in this tree is boilerplate (a project template, a starter kit): it never counts as evidence (repeat for several).", valueName: "dir"))
    var base: [String] = []

    @Flag(help: "Skip the license and attribution check.")
    var noLicense = false

    @Flag(help: "Read both sides' git histories: whether the suspect is a fork, the suspect commit the copy first appears in (bisected), the reference tag it matches best. A side without history is reported as such.")
    var history = false

    func validate() throws {
        try output.check(supported: [.text, .json, .html, .sarif, .spdx], command: "compare")
        if history && ![.text, .json, .html].contains(output.format) {
            throw ValidationError("--history is reported in text, json and html only; drop it or use --format text, json or html")
        }
        for (name, path) in [("REFERENCE", reference), ("SUSPECT", suspect)] {
            guard FileManager.default.fileExists(atPath: path) else {
                throw ValidationError("\(name) \(terminalSafe(path)) does not exist; pass a directory or file")
            }
        }
        for path in base where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("--base \(terminalSafe(path)) does not exist; pass a directory of template code")
        }
        _ = try scope.pathFilter()
        if let db, !IndexDatabase.mayExist(db) {
            throw ValidationError("--db \(terminalSafe(db)) does not exist; build it with `clonescan index --db \(terminalSafe(db)) PATH...`")
        }
        if let maxMatches, maxMatches < 0 { throw ValidationError("--max-matches must be 0 or more") }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
    }

    func run() async throws {
        var options = CompareOptions(reference: reference, suspect: suspect)
        options.database = db
        options.maxFileBytes = maxFileSize
        options.checkLicense = !noLicense
        options.pathFilter = try scope.pathFilter()
        options.base = base
        options.history = history
        options.maxMatches = maxMatches ?? (output.format == .text ? 25 : nil)
        let progress = Progress(enabled: !output.quiet)
        var job = CompareJob(options)
        // Benchmarks and the accuracy check screen every suspect with CLONESCAN_COMPARE_SCREEN_BYTES=0.
        if let bytes = ProcessInfo.processInfo.environment["CLONESCAN_COMPARE_SCREEN_BYTES"].flatMap(Int.init) { job.screenSuspectAboveBytes = bytes }
        let outcome = try await job.run { progress.say($0) }
        progress.done()
        output.warnAll(outcome.warnings)
        let report = outcome.report
        switch output.format {
        case .text: try output.write(Data((TextRenderer.render(report) + "\n").utf8))
        case .json: try output.write(try ReportJSON.encode(report))
        case .html:
            let sides = ["reference": SourceLines(root: reference), "suspect": SourceLines(root: suspect)]
            try output.write(Data(HTMLRenderer.render(report) { side, path in sides[side]?.lines(of: path) }.utf8))
        case .sarif: try output.write(try SARIFRenderer.render(report, toolVersion: Clonescan.version) + Data("\n".utf8))
        case .spdx: try output.write(try SPDXJob.document(for: outcome, options: options, toolVersion: Clonescan.version))
        }
        var found = failAt.isMet(verdict: report.verdict, score: report.score)
        if !failOn.isEmpty {
            let wanted = Set(failOn.flatMap(\.values))
            found = found && report.problems.contains { wanted.contains($0) }
        }
        throw ExitCode(found ? ExitStatus.found : ExitStatus.ok)
    }
}

/// `--fail-on a,b` for compare: problem names of `CompareReport.problems`.
struct CompareProblems: ExpressibleByArgument {
    static let names = ["unattributed", "incompatible", "obligations"]
    var values: [String]
    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, parts.allSatisfy({ Self.names.contains($0) }) else { return nil }
        values = parts
    }
    static var defaultCompletionKind: CompletionKind { .list(names) }
}

/// `--fail-at`: a verdict name or a score.
enum FailThreshold: ExpressibleByArgument {
    case verdict(Verdict)
    case score(Double)

    init?(argument: String) {
        if let v = Verdict(rawValue: argument) { self = .verdict(v) }
        else if let s = Double(argument), (0...1).contains(s) { self = .score(s) }
        else { return nil }
    }

    func isMet(verdict: Verdict, score: Double) -> Bool {
        switch self {
        case .verdict(let v): return verdict >= v
        case .score(let s): return score >= s
        }
    }
    static var defaultCompletionKind: CompletionKind { .list(Verdict.allCases.map(\.rawValue)) }
}

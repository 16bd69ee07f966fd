import Analysis
import ArgumentParser
import Foundation
import FrontEnd
import Index
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
        Verdicts: clone, partial-clone, related, not-clone.
        Exit codes: 0 nothing at or above --fail-at, 1 found at or above it, 2 usage error, 3 runtime error.
        """
    )

    @Argument(help: "The original project (a directory or file).")
    var reference: String

    @Argument(help: "The project suspected of copying it.")
    var suspect: String

    @OptionGroup var output: OutputOptions

    @Option(help: "Exit 1 when the verdict is at or above this verdict name, or the score at or above this number.")
    var failAt: FailThreshold = .verdict(.partialClone)

    @Option(help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 1 << 20

    @Option(help: "An index built by `clonescan index`: its document frequencies and template repositories mark boilerplate that never counts as evidence.")
    var db: String?

    @Flag(help: "Skip the license and attribution check.")
    var noLicense = false

    func validate() throws {
        for (name, path) in [("REFERENCE", reference), ("SUSPECT", suspect)] {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ValidationError("\(name) \(terminalSafe(path)) does not exist; pass a directory or file")
            }
        }
    }

    func run() async throws {
        if URL(fileURLWithPath: reference).standardizedFileURL == URL(fileURLWithPath: suspect).standardizedFileURL {
            warn("warning: REFERENCE and SUSPECT are the same path; the comparison will report a clone of itself")
        }
        var discovery = DiscoveryOptions()
        discovery.maxFileBytes = maxFileSize
        let analyzer = RepositoryAnalyzer(parameters: AnalysisParameters(), discovery: discovery)
        let progress = Progress(enabled: !output.quiet)
        progress.say("analysing \(reference)")
        let ref = try await analyze(analyzer, reference, name: "REFERENCE")
        progress.say("analysing \(suspect)")
        let sus = try await analyze(analyzer, suspect, name: "SUSPECT")
        var (refView, susView) = (ref, sus)
        var boilerplate: String?
        if let db {
            do {
                let index = try CloneIndex.open(path: db, readOnly: true)
                try index.checkCompatible(analyzer.parameters)
                let filter = try BoilerplateFilter.load(index: index, reference: ref.files.flatMap(\.units), suspect: sus.files.flatMap(\.units))
                let (r, removedR) = filter.apply(to: ref)
                let (s, removedS) = filter.apply(to: sus)
                (refView, susView) = (r, s)
                boilerplate = filter.describe(removed: removedR + removedS)
            } catch {
                throw RuntimeFailure("--db \(terminalSafe(db)): \(error)")
            }
        }
        progress.say("matching \(ref.files.count) x \(sus.files.count) files")
        var report = try CompareEngine(parameters: analyzer.parameters).compare(reference: refView, suspect: susView)
        if let boilerplate { report.excluded.append(boilerplate) }
        if !noLicense {
            progress.say("checking licenses and attribution")
            LicenseJoin.fill(&report, reference: reference, suspect: suspect)
        }
        progress.done()
        try output.write(report, referenceRoot: reference, suspectRoot: suspect)
        throw ExitCode(failAt.isMet(by: report) ? ExitStatus.found : ExitStatus.ok)
    }

    private func analyze(_ analyzer: RepositoryAnalyzer, _ path: String, name: String) async throws -> RepositoryFeatures {
        let repo: RepositoryFeatures
        do { repo = try await analyzer.analyze(root: path) } catch let error as FrontEndError {
            throw RuntimeFailure("\(name): \(error.description)")
        }
        for skip in repo.skipped where skip.reason.isProblem && !output.quiet {
            warn("warning: \(terminalSafe(path))/\(terminalSafe(skip.path)): \(skip.reason.rawValue): \(terminalSafe(skip.detail))")
        }
        guard !repo.files.isEmpty else {
            throw ValidationError("\(name) \(terminalSafe(path)) has no supported source files (\(repo.skipped.count) skipped); pass a source tree in one of: \(LanguageTable.all.map(\.name).joined(separator: ", "))")
        }
        return repo
    }
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

    func isMet(by report: CompareReport) -> Bool { isMet(verdict: report.verdict, score: report.score) }

    func isMet(verdict: Verdict, score: Double) -> Bool {
        switch self {
        case .verdict(let v): return verdict >= v
        case .score(let s): return score >= s
        }
    }
    static var defaultCompletionKind: CompletionKind { .list(Verdict.allCases.map(\.rawValue)) }
}

/// Output options shared by report commands.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text, json, html or sarif.")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(help: "No progress or warnings on standard error.")
    var quiet = false

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json, html, sarif }

    func write(_ report: CompareReport, referenceRoot: String, suspectRoot: String) throws {
        let data: Data
        switch format {
        case .text: data = Data((TextRenderer.render(report) + "\n").utf8)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            data = try encoder.encode(report) + Data("\n".utf8)
        case .html:
            data = Data(HTMLRenderer.render(report) { side, path in
                let root = side == "reference" ? referenceRoot : suspectRoot
                let full = Self.isDirectory(root) ? root + "/" + path : root
                guard let bytes = FileManager.default.contents(atPath: full), bytes.count < 8 << 20 else { return nil }
                return String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
            }.utf8)
        case .sarif: data = try SARIFRenderer.render(report, toolVersion: Clonescan.version) + Data("\n".utf8)
        }
        if let output {
            do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                throw RuntimeFailure("cannot write --output \(terminalSafe(output)): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}

/// Progress lines on standard error, only when it is a terminal.
final class Progress {
    let enabled: Bool
    init(enabled: Bool) { self.enabled = enabled && isatty(2) == 1 }
    func say(_ text: String) { if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K\(terminalSafe(text))…".utf8)) } }
    func done() { if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
}

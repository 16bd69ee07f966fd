import Analysis
import ArgumentParser
import Foundation
import FrontEnd
import Index
import Report

/// `clonescan query`: which indexed repositories contain REFERENCE's code, ranked.
struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "List the indexed repositories that contain a reference project's code, ranked by how much.",
        discussion: """
        Examples:
          clonescan query --db corpus.sqlite ~/src/myproject
          clonescan query --db corpus.sqlite ~/src/myproject --format json --fail-at clone
        Exit codes: 0 nothing at or above --fail-at, 1 found at or above it, 2 usage error, 3 runtime error.
        """
    )

    @Option(help: "The index built by `clonescan index`.")
    var db: String

    @Argument(help: "The reference project (a directory or file).")
    var reference: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Exit 1 when any result is at or above this verdict name or score.")
    var failAt: FailThreshold = .verdict(.partialClone)

    @Flag(help: "Also list repositories whose candidates verified as not-clone.")
    var all = false

    @Flag(help: "Print how long each phase took on standard error.")
    var timings = false

    @Flag(help: "No warnings on standard error.")
    var quiet = false

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        guard FileManager.default.fileExists(atPath: reference) else {
            throw ValidationError("REFERENCE \(terminalSafe(reference)) does not exist; pass a directory or file")
        }
        guard FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("--db \(terminalSafe(db)) does not exist; build it with `clonescan index --db \(terminalSafe(db)) PATH...`")
        }
    }

    func run() async throws {
        let index: CloneIndex
        let parameters: AnalysisParameters
        do {
            index = try CloneIndex.open(path: db, readOnly: true)
            parameters = try index.parameters()
        } catch {
            throw RuntimeFailure("--db \(terminalSafe(db)): \(error)")
        }
        let analyzer = RepositoryAnalyzer(parameters: parameters)
        let ref: RepositoryFeatures
        let started = Date()
        defer { if timings { warn("timing: total \(String(format: "%.3f", Date().timeIntervalSince(started))) s") } }
        do { ref = try await analyzer.analyze(root: reference) } catch let error as FrontEndError {
            throw RuntimeFailure("REFERENCE: \(error.description)")
        }
        guard !ref.files.isEmpty else {
            throw ValidationError("REFERENCE \(terminalSafe(reference)) has no supported source files")
        }
        let report: QueryReport
        if timings { warn("timing: analyse reference \(String(format: "%.3f", Date().timeIntervalSince(started))) s") }
        var engine = QueryEngine()
        if timings { engine.timing = { phase, seconds in warn("timing: \(phase) \(String(format: "%.3f", seconds)) s") } }
        do { report = try engine.query(index: index, reference: ref, parameters: parameters, includeNotClones: all) } catch {
            throw RuntimeFailure("query failed on --db \(terminalSafe(db)): \(error)")
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
        case .text:
            print("\(report.results.count) of \(report.repositories_indexed) indexed repositories contain code of \(terminalSafe(reference)) (\(report.reference.leaf_units) units)")
            for r in report.results {
                print("  \(r.verdict.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(String(format: "%.2f", r.score))  \(Int((r.containment * 100).rounded()))% of reference  \(terminalSafe(r.repository))  (\(r.relation), \(r.matched_units) units)  \(terminalSafe(r.path))")
                for m in r.matches.prefix(3) {
                    print("      \(terminalSafe(m.reference.path)):\(m.reference.start_line)-\(m.reference.end_line) ~ \(terminalSafe(m.suspect.path)):\(m.suspect.start_line)-\(m.suspect.end_line) \(m.similarity) (\(m.channel))")
                }
            }
        }
        let found = report.results.contains { failAt.isMet(verdict: $0.verdict, score: $0.score) }
        throw ExitCode(found ? ExitStatus.found : ExitStatus.ok)
    }
}

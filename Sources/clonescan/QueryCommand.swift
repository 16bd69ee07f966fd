import ArgumentParser
import Foundation
import FrontEnd
import Jobs
import Report

/// `clonescan query`: which indexed repositories contain REFERENCE's code, ranked.
struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "List the indexed repositories that contain a reference project's code, ranked by score.",
        discussion: """
        Each candidate repository is verified whole, so a result gives the same verdict, score and containment as
        `clonescan compare REFERENCE REPOSITORY --db INDEX`. Formats: text, json.
        Examples:
          clonescan query --db corpus.sqlite ~/src/myproject
          clonescan query --db corpus.sqlite ~/src/myproject --format json --fail-at clone

        """ + ExitStatus.table
    )

    @Option(help: "The index built by `clonescan index`: an SQLite file or postgresql://USER@HOST:PORT/DB.")
    var db: String

    @Argument(help: "The reference project (a directory or file).")
    var reference: String

    @OptionGroup var output: OutputOptions

    @OptionGroup var scope: ScopeOptions

    @Option(help: "Exit 1 when any result is at or above this verdict name or score.")
    var failAt: FailThreshold = .verdict(.partialClone)

    @Option(help: "Matched regions listed per result.")
    var maxMatches: Int = 5

    @Flag(help: "Also list repositories whose candidates verified as not-clone.")
    var all = false

    @Flag(help: "Print how long each phase took on standard error.")
    var timings = false

    func validate() throws {
        try output.check(supported: [.text, .json], command: "query")
        guard FileManager.default.fileExists(atPath: reference) else {
            throw ValidationError("REFERENCE \(terminalSafe(reference)) does not exist; pass a directory or file")
        }
        guard IndexDatabase.mayExist(db) else {
            throw ValidationError("--db \(terminalSafe(db)) does not exist; build it with `clonescan index --db \(terminalSafe(db)) PATH...`")
        }
        guard maxMatches >= 0 else { throw ValidationError("--max-matches must be 0 or more") }
        _ = try scope.pathFilter()
    }

    func run() async throws {
        var options = QueryOptions(reference: reference, database: db)
        options.includeNotClones = all
        options.maxMatches = maxMatches
        options.pathFilter = try scope.pathFilter()
        let started = Date()
        let showTimings = timings
        let outcome = try await QueryJob(options).run { phase, seconds in
            if showTimings { warn("timing: \(phase) \(String(format: "%.3f", seconds)) s") }
        }
        if timings { warn("timing: total \(String(format: "%.3f", Date().timeIntervalSince(started))) s") }
        output.warnAll(outcome.warnings)
        let report = outcome.report
        switch output.format {
        case .json: try output.write(try ReportJSON.encode(report))
        default: try output.write(Data(QueryRenderer.text(report, referenceArgument: reference).utf8))
        }
        let found = report.results.contains { failAt.isMet(verdict: $0.verdict, score: $0.score) }
        throw ExitCode(found ? ExitStatus.found : ExitStatus.ok)
    }
}

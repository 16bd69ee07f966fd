import ArgumentParser
import Foundation
import FrontEnd
import Index
import Jobs
import Report
#if canImport(Glibc)
import Glibc
#endif

/// `clonescan index`: add or refresh repositories in an index (incremental, resumable, one writer).
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Add or refresh repositories in a clone index (incremental, resumable, crash-safe).",
        discussion: """
        Each PATH is a repository (a directory or git work tree). Files whose content is already indexed are not
        parsed again, files removed from a repository are removed from the index, and a run killed at any moment
        resumes where it stopped. One run writes at a time; readers (`clonescan query`) never wait.

        Examples:
          clonescan index --db corpus.sqlite ~/src/project-a ~/src/project-b
          clonescan index --db corpus.sqlite --from repos.txt --quiet
          clonescan index --db corpus.sqlite --template ~/templates/cookiecutter-pypackage
        Exit codes: 0 done (warnings allowed), 2 usage error, 3 runtime error.
        """
    )

    @Option(help: "The index database (created when missing).")
    var db: String

    @Argument(help: "Repository directories to index.")
    var paths: [String] = []

    @Option(help: "A file listing one repository path per line (blank lines and lines starting with # are ignored).")
    var from: String?

    @Flag(help: "Mark these repositories as templates: their code never counts as evidence.")
    var template = false

    @Flag(help: "Wait for another index run on the same database instead of failing.")
    var wait = false

    @Flag(help: "No progress and no summary (errors and warnings still go to standard error).")
    var quiet = false

    @Option(help: "Summary format: text or json.")
    var format: Format = .text

    @Option(help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 1 << 20

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if paths.isEmpty && from == nil { throw ValidationError("pass at least one repository PATH or --from FILE") }
        if db.isEmpty { throw ValidationError("--db needs a file name") }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
    }

    func run() async throws {
        var options = IndexJobOptions(database: db)
        options.paths = paths
        options.listFile = from
        options.template = template
        options.wait = wait
        options.maxFileBytes = maxFileSize
        options.tuning = IndexJobOptions.tuning(environment: ProcessInfo.processInfo.environment)

        let showProgress = !quiet && isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
        var lastDraw = Date.distantPast
        let summary = try await IndexJob(options).run(progress: { p in
            guard showProgress, Date().timeIntervalSince(lastDraw) > 0.2 || p.filesDone == p.filesTotal else { return }
            lastDraw = Date()
            FileHandle.standardError.write(Data(IndexRenderer.progressLine(p).utf8))
        }, warning: { line in
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            warn(line)
        })
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if !quiet {
            switch format {
            case .json: try ReportOutput.write(try ReportJSON.encode(summary), to: nil)
            case .text: try ReportOutput.write(Data((IndexRenderer.render(summary) + "\n").utf8), to: nil)
            }
        }
        if !summary.empty_repositories.isEmpty {
            throw RuntimeFailure("\(summary.empty_repositories.count) repositor\(summary.empty_repositories.count == 1 ? "y" : "ies") had no supported source files: "
                                 + summary.empty_repositories.map(terminalSafe).joined(separator: ", "))
        }
    }
}

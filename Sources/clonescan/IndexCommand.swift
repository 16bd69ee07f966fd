import ArgumentParser
import Foundation
import FrontEnd
import Jobs
import Report
#if canImport(Glibc)
import Glibc
#endif

/// `clonescan index`: add or refresh repositories in an index (incremental, resumable, one writer).
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Add, refresh, list or remove repositories in a clone index (incremental, resumable, crash-safe).",
        discussion: """
        Each PATH is a repository (a directory or git work tree). Files whose
        content is already indexed are not parsed again, files removed from a
        repository are removed from the index, and a run killed at any moment
        resumes where it stopped. One run writes at a time; readers (`clonescan
        query`) never wait.

        A PATH that is missing, unreadable or holds no supported source file is
        a warning: the rest is indexed, a repository already indexed keeps its
        last state, and the run exits 4. Each repository's warnings from its
        last run are kept in the index and shown by --list.

        Examples:
          clonescan index --db corpus.sqlite ~/src/project-a ~/src/project-b
          clonescan index --db corpus.sqlite --from repos.txt --prune --quiet
          clonescan index --db corpus.sqlite --template ~/templates/starter
          clonescan index --db corpus.sqlite --remove ~/src/project-a
          clonescan index --db corpus.sqlite --list --format json

        """ + ExitStatus.table
    )

    @Option(help: "The index: an SQLite file (created when missing) or postgresql://USER@HOST:PORT/DB (docs/postgresql.md).")
    var db: String

    @Argument(help: "Repository directories to index.")
    var paths: [String] = []

    @Option(help: "A file listing one repository path per line (blank lines and lines starting with # are ignored).")
    var from: String?

    @Flag(help: "Mark these repositories as templates: their code never counts as evidence.")
    var template = false

    @Flag(help: "Remove the repositories PATH... (and those of --from) from the index; one not in it is a warning.")
    var remove = false

    @Flag(help: "List the indexed repositories: path, HEAD, files, units, last run and its warnings.")
    var list = false

    @Flag(help: "After indexing, remove the repositories --from no longer lists (templates only with --template).")
    var prune = false

    @Flag(help: "Wait for another index run on the same database instead of failing.")
    var wait = false

    @Flag(help: "No progress and no summary (errors and warnings still go to standard error).")
    var quiet = false

    @Option(help: "Summary format: text or json.")
    var format: Format = .text

    @Option(help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 1 << 20

    @OptionGroup var scope: ScopeOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if db.isEmpty { throw ValidationError("--db needs a file name") }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
        if list {
            if !paths.isEmpty || from != nil || remove || prune || template {
                throw ValidationError("--list takes no PATH, --from, --remove, --prune or --template")
            }
            guard IndexDatabase.mayExist(db) else {
                throw ValidationError("--db \(terminalSafe(db)) does not exist; build an index with `clonescan index --db \(terminalSafe(db)) PATH...`")
            }
            return
        }
        if paths.isEmpty && from == nil { throw ValidationError("pass at least one repository PATH or --from FILE") }
        if !IndexDatabase.isURL(db) {
            let directory = (db as NSString).deletingLastPathComponent
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.isEmpty ? "." : directory, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--db \(terminalSafe(db)): directory \(terminalSafe(directory)) does not exist; create it or pass another path")
            }
        }
        if remove && (prune || template) { throw ValidationError("--remove takes no --prune or --template") }
        if remove && !IndexDatabase.mayExist(db) {
            throw ValidationError("--db \(terminalSafe(db)) does not exist; there is nothing to remove from")
        }
        if prune && from == nil { throw ValidationError("--prune needs --from FILE: the list of repositories to keep") }
    }

    func run() async throws {
        var options = IndexJobOptions(database: db)
        options.paths = paths
        options.listFile = from
        options.template = template
        options.wait = wait
        options.prune = prune
        options.maxFileBytes = maxFileSize
        options.pathFilter = try scope.pathFilter()
        options.tuning = IndexJobOptions.tuning(environment: ProcessInfo.processInfo.environment)
        let job = IndexJob(options)
        if list {
            let listing = try job.list()
            switch format {
            case .json: try ReportOutput.write(try ReportJSON.encode(listing), to: nil)
            case .text: try ReportOutput.write(Data((IndexRenderer.render(listing) + "\n").utf8), to: nil)
            }
            return
        }
        if remove {
            let removal = try await job.remove()
            for path in removal.not_indexed { warn("warning: \(terminalSafe(path)): not in the index; nothing removed") }
            guard !quiet else { return }
            switch format {
            case .json: try ReportOutput.write(try ReportJSON.encode(removal), to: nil)
            case .text: try ReportOutput.write(Data((IndexRenderer.render(removal) + "\n").utf8), to: nil)
            }
            return
        }

        let showProgress = !quiet && isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
        var lastDraw = Date.distantPast
        let summary = try await job.run(progress: { p in
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
        // A path skipped entirely is a warning above; the exit code tells a cron job that something was left out.
        if !summary.skipped_repositories.isEmpty { throw ExitCode(ExitStatus.skipped) }
    }
}

import ArgumentParser
import Foundation
import FrontEnd
import Jobs
import Report

/// `clonescan sketch`: units, signatures and band keys of repositories as compressed JSON lines for a cluster job.
struct SketchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sketch",
        abstract: "Write the units, MinHash signatures and LSH band keys of repositories as gzip JSON lines (for Spark).",
        discussion: """
        Runs the front end and the sketch core only: each leaf unit that
        `clonescan index` would band becomes one JSON line with its repository
        (the PATH as given), file, lines, language, kind, tokens, signatures
        and the band keys the index stores. Shards are named
        units-RUN-N.jsonl.gz; run-RUN.json, written last, lists a finished
        run's shards; metadata.json holds every parameter the index records.
        Any number of runs and machines may write into one directory with
        distinct run ids. `make spark-candidates SKETCHES=DIR OUT=DIR` finds
        candidate repository pairs; `clonescan compare A B` verifies one.
        Schema: docs/sketch-json.md.

        A PATH that is missing, unreadable or holds no supported source file
        is a warning: the rest is sketched, and the run exits 4.

        Examples:
          clonescan sketch --out sketches ~/src/project-a ~/src/project-b
          clonescan sketch --out /shared/sketches --from repos.txt --run-id node07

        """ + ExitStatus.table
    )

    @Option(help: "The sketch directory (created when missing).")
    var out: String

    @Argument(help: "Repository directories to sketch.")
    var paths: [String] = []

    @Option(help: "A file listing one repository path per line (blank lines and lines starting with # are ignored).")
    var from: String?

    @Option(help: "This run's id in shard names: letters, digits, '.', '_', '-' (default: host, time and process id).")
    var runId: String?

    @Option(help: "Records per shard file.")
    var shardUnits: Int = 100_000

    @Option(help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 1 << 20

    @Flag(help: "No summary (errors and warnings still go to standard error).")
    var quiet = false

    @Option(help: "Summary format: text or json.")
    var format: Format = .text

    @OptionGroup var scope: ScopeOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out needs a directory name") }
        if paths.isEmpty && from == nil { throw ValidationError("pass at least one repository PATH or --from FILE") }
        if shardUnits <= 0 { throw ValidationError("--shard-units must be positive") }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDir), !isDir.boolValue {
            throw ValidationError("--out \(terminalSafe(out)) is a file; pass a directory")
        }
    }

    func run() async throws {
        var options = SketchOptions(directory: out)
        options.paths = paths
        options.listFile = from
        options.pathFilter = try scope.pathFilter()
        options.maxFileBytes = maxFileSize
        options.unitsPerShard = shardUnits
        if let runId { options.runID = runId }
        let summary = try await SketchJob(options).run(warning: { warn($0) })
        if !quiet {
            switch format {
            case .json: try ReportOutput.write(try ReportJSON.encode(summary), to: nil)
            case .text:
                let line = "sketched \(summary.repositories.count) repositories, \(summary.files) files, \(summary.units) units into \(summary.shards.count) shards (\(summary.sketch_bytes) bytes) in \(terminalSafe(summary.directory)), run \(summary.run_id), \(String(format: "%.1f", summary.seconds)) s"
                try ReportOutput.write(Data((line + "\n").utf8), to: nil)
            }
        }
        // A path skipped entirely is a warning above; the exit code tells a cron job that something was left out.
        if !summary.skipped_repositories.isEmpty { throw ExitCode(ExitStatus.skipped) }
    }
}

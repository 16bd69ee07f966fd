import ArgumentParser
import Foundation
import FrontEnd
import Index
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
        var repositories = paths
        if let from {
            guard let data = FileManager.default.contents(atPath: from) else {
                throw RuntimeFailure("\(terminalSafe(from)): cannot read the repository list")
            }
            for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty && !trimmed.hasPrefix("#") { repositories.append(trimmed) }
            }
        }
        var options = IndexOptions()
        options.maxFileBytes = maxFileSize
        options.template = template
        options.wait = wait
        let env = ProcessInfo.processInfo.environment
        if let batch = env["CLONESCAN_INDEX_BATCH"].flatMap(Int.init), batch > 0 { options.batchSize = batch }
        if let pause = env["CLONESCAN_INDEX_PAUSE_US"].flatMap(UInt32.init) { options.pauseMicrosecondsPerFile = pause }
        // Benchmarks/Index only: what the cross-language channels cost (such an index finds no ports).
        if env["CLONESCAN_INDEX_STRUCTURE_ONLY"] == "1" { options.structureOnly = true }

        let showProgress = !quiet && isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
        let summary: IndexSummary
        do {
            let indexer = try Indexer(databasePath: db, options: options)
            var lastDraw = Date.distantPast
            summary = try await indexer.index(paths: repositories, progress: { p in
                guard showProgress, Date().timeIntervalSince(lastDraw) > 0.2 || p.filesDone == p.filesTotal else { return }
                lastDraw = Date()
                FileHandle.standardError.write(Data(IndexText.progressLine(p).utf8))
            }, warning: { line in
                if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                warn(line)
            })
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        } catch let error as IndexError {
            throw RuntimeFailure(terminalSafe(error.description))
        } catch let error as SQLiteError {
            throw RuntimeFailure("\(terminalSafe(db)): \(error.description)")
        }
        if !quiet {
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                FileHandle.standardOutput.write(try encoder.encode(summary))
                print()
            case .text:
                print(IndexText.render(summary))
            }
        }
        if !summary.empty_repositories.isEmpty {
            throw RuntimeFailure("\(summary.empty_repositories.count) repositor\(summary.empty_repositories.count == 1 ? "y" : "ies") had no supported source files: "
                                 + summary.empty_repositories.map(terminalSafe).joined(separator: ", "))
        }
    }
}

/// Text rendering of index progress and summaries.
enum IndexText {
    static func progressLine(_ p: IndexProgress) -> String {
        let rate = p.elapsed > 0 ? Double(p.filesDone) / p.elapsed : 0
        let mbps = p.elapsed > 0 ? Double(p.bytesDone) / p.elapsed / 1e6 : 0
        let remaining = p.bytesTotal - p.bytesDone
        let eta = p.bytesDone > 0 && p.elapsed > 0 ? Double(remaining) / (Double(p.bytesDone) / p.elapsed) : 0
        return String(format: "\r\u{1B}[Kindexing %@  %d/%d files  %.0f files/s  %.1f MB/s  ETA %.0fs",
                      terminalSafe(String(p.repository.prefix(40))), p.filesDone, p.filesTotal, rate, mbps, eta)
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.0f KB", Double(bytes) / 1e3)
    }

    static func render(_ s: IndexSummary) -> String {
        var lines: [String] = []
        lines.append("indexed \(s.repositories) repositor\(s.repositories == 1 ? "y" : "ies") into \(terminalSafe(s.database)) in "
                     + String(format: "%.2fs", s.seconds)
                     + " (\(s.repositories_changed) changed\(s.repositories_resumed > 0 ? ", \(s.repositories_resumed) resumed" : ""))")
        lines.append("files: \(s.files_seen) seen, \(s.files_indexed) indexed, \(s.files_copied) identical to indexed files, "
                     + "\(s.files_unchanged) unchanged, \(s.files_removed) removed, \(s.files_skipped) skipped")
        if !s.skipped_by_reason.isEmpty {
            lines.append("skipped: " + s.skipped_by_reason.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        let mbps = s.seconds > 0 ? Double(s.bytes_seen) / s.seconds / 1e6 : 0
        lines.append("units: \(s.units_written) written, \(s.units_total) in the index; source \(size(s.bytes_seen)) at "
                     + String(format: "%.1f MB/s", mbps) + "; database \(size(s.db_bytes))")
        return lines.joined(separator: "\n")
    }
}

import ArgumentParser
import Foundation
import FrontEnd
import Jobs
import Report

/// `clonescan parse`: what the front end made of a tree.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show what the front end made of source trees: languages, units, token counts, skips.",
        discussion: """
        Examples:
          clonescan parse src/
          clonescan parse --format json --tokens lib/parser.py

        """ + ExitStatus.table
    )

    @Argument(help: "Files or directories to parse.")
    var paths: [String]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Include the token streams themselves.")
    var tokens = false

    @Flag(help: "List every skipped file with its reason.")
    var verbose = false

    @Option(help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 1 << 20

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("PATH \(terminalSafe(path)) does not exist; pass a directory or file")
        }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
    }

    func run() async throws {
        var options = ParseOptions(paths: paths)
        options.maxFileBytes = maxFileSize
        options.includeStreams = tokens
        let summary = try await ParseJob(options).run()
        for skip in summary.skipped where skip.reason.isProblem || verbose {
            warn("warning: \(terminalSafe(skip.path)): \(skip.reason.rawValue): \(terminalSafe(skip.detail))")
        }
        switch format {
        case .json: try ReportOutput.write(try ReportJSON.encode(summary), to: nil)
        case .text: try ReportOutput.write(Data((ParseRenderer.render(summary, showUnits: tokens || verbose) + "\n").utf8), to: nil)
        }
    }
}


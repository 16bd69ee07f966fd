import ArgumentParser
import Foundation
import FrontEnd

/// `clonescan parse`: what the front end made of a tree.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show what the front end made of source trees: languages, units, token counts, skips.",
        discussion: """
        Examples:
          clonescan parse src/
          clonescan parse --format json --tokens lib/parser.py
        Exit codes: 0 done (warnings allowed), 2 usage error, 3 runtime error.
        """
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

    func run() async throws {
        var discoveryOptions = DiscoveryOptions()
        discoveryOptions.maxFileBytes = maxFileSize
        var options = FrontEndOptions()
        options.maxFileBytes = maxFileSize
        options.recordTokenText = tokens
        var candidates: [SourceCandidate] = []
        var summary = ParseSummary()
        for path in paths {
            do {
                let found = try FileDiscovery(options: discoveryOptions).discover(root: path)
                candidates += found.files
                for skip in found.skipped { summary.add(.skipped(skip), includeStreams: false) }
            } catch {
                throw RuntimeFailure(error.description)
            }
        }
        let outcomes = await SourceParser.parseAll(candidates, options: options)
        for outcome in outcomes { summary.add(outcome, includeStreams: tokens) }
        for skip in summary.skipped where skip.reason.isProblem || verbose {
            warn("warning: \(terminalSafe(skip.path)): \(skip.reason.rawValue): \(terminalSafe(skip.detail))")
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(summary)
            FileHandle.standardOutput.write(data)
            print()
        case .text:
            print(ParseText.render(summary, showUnits: tokens || verbose))
        }
    }
}

/// Plain-text rendering of a `ParseSummary`.
enum ParseText {
    static func row(_ name: String, _ files: Int, _ units: Int, _ tokens: Int) -> String {
        let first: String = name.padding(toLength: 12, withPad: " ", startingAt: 0)
        let rest: String = String(files).leftPad(8) + String(units).leftPad(9) + String(tokens).leftPad(11)
        return first + rest
    }

    static func render(_ summary: ParseSummary, showUnits: Bool) -> String {
        var lines: [String] = []
        if showUnits {
            for file in summary.files {
                lines.append("\(terminalSafe(file.path))  \(file.language)  \(file.tokens) tokens  \(file.units.count) units" +
                             (file.syntax_errors > 0 ? "  \(file.syntax_errors) syntax errors" : ""))
                for unit in file.units.dropFirst() {
                    lines.append("  \(unit.kind) \(terminalSafe(unit.name)) \(unit.start_line)-\(unit.end_line) (\(unit.tokens) tokens)")
                }
            }
        }
        let header: String = "language    " + "files".leftPad(8) + "units".leftPad(9) + "tokens".leftPad(11)
        lines.append(header)
        var files = 0, units = 0, tokens = 0
        for (language, t) in summary.languages.sorted(by: { $0.value.tokens > $1.value.tokens }) {
            lines.append(row(language, t.files, t.units, t.tokens))
            files += t.files; units += t.units; tokens += t.tokens
        }
        lines.append(row("total", files, units, tokens))
        if !summary.skipped_by_reason.isEmpty {
            lines.append("skipped: " + summary.skipped_by_reason.sorted(by: { $0.key < $1.key }).map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

import Foundation
import ArgumentParser
import Report

/// The report formats; each command accepts the ones it can render.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html, sarif, spdx
}

/// Output options shared by every report command (`@OptionGroup`).
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text, json, html, sarif or spdx (each command lists the ones it supports).")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output (a regular file is replaced atomically; a symlink, device or FIFO is written through).")
    var output: String?

    @Flag(help: "No progress or warnings on standard error.")
    var quiet = false

    /// Refuses a format the command cannot render, naming the ones it can.
    func check(supported: [ReportFormat], command: String) throws {
        guard supported.contains(format) else {
            throw ValidationError("--format \(format.rawValue) is not supported by \(command); use \(supported.map(\.rawValue).joined(separator: ", "))")
        }
    }

    /// Writes the rendered report (standard output or `--output`).
    func write(_ data: Data) throws { try ReportOutput.write(data, to: output) }

    /// Prints warnings unless `--quiet`.
    func warnAll(_ warnings: [String]) { if !quiet { for w in warnings { warn("warning: \(w)") } } }
}

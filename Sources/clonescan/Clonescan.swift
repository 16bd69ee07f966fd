import ArgumentParser
import Foundation
import FrontEnd
import Jobs
import Report
#if canImport(Glibc)
import Glibc
#endif

/// The `clonescan` command: argument parsing only; every job lives in the Jobs library.
@main
struct Clonescan: AsyncParsableCommand {
    /// The version printed in reports.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "clonescan",
        abstract: "Find LLM-cloned forks of open-source projects and say what they owe.",
        discussion: ExitStatus.table,
        version: Clonescan.version,
        subcommands: [CompareCommand.self, QueryCommand.self, IndexCommand.self, SketchCommand.self, AuditCommand.self, FamiliesCommand.self, LicenseCommand.self, ParseCommand.self, LanguagesCommand.self]
    )

    /// Maps errors onto the exit-code table: usage errors are 2 (not argument-parser's 64), runtime failures 3.
    static func main() async {
        // A closed pipe on standard output is an error to report (exit 3), not a silent death by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as RuntimeFailure {
            fail(failure.message, status: ExitStatus.runtime)
        } catch let error as JobError {
            switch error {
            case .usage(let m): fail(m + " (see `clonescan help`)", status: ExitStatus.usage)
            case .runtime(let m): fail(m, status: ExitStatus.runtime)
            }
        } catch let error as OutputError {
            switch error {
            case .isDirectory: fail(error.description, status: ExitStatus.usage)
            case .failed: fail(error.description, status: ExitStatus.runtime)
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 0 {
                do { try ReportOutput.write(Data((fullMessage(for: error) + "\n").utf8), to: nil) } catch {
                    fail("\(error)", status: ExitStatus.runtime)
                }
                Foundation.exit(0)
            }
            // One line naming the argument and what to do; `clonescan help` has the rest.
            let message = message(for: error).split(separator: "\n").joined(separator: " ")
            fail("\(message) (see `clonescan help`)", status: ExitStatus.usage)
        }
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        warn("clonescan: error: \(message.split(whereSeparator: \.isNewline).joined(separator: " "))")
        Foundation.exit(status)
    }
}

/// The exit codes, the same in every command.
enum ExitStatus {
    static let ok: Int32 = 0
    static let found: Int32 = 1
    static let usage: Int32 = 2
    static let runtime: Int32 = 3
    static let skipped: Int32 = 4

    /// The table printed in every `--help` and the README.
    static let table = """
        Exit codes (every command):
          0  done (warnings allowed); compare, query: nothing at or above
             --fail-at; audit: no repository fails it
          1  compare, query: a result at or above --fail-at; audit: a
             repository fails it
          2  usage error: a bad argument, a missing path or --db, a
             malformed postgresql:// URL, a source tree without supported
             files, --output a directory
          3  runtime failure: an unreadable or mismatched index, a failed
             write (disk full, closed pipe), a PostgreSQL server that
             cannot be reached or reports an error
          4  index, sketch: a given repository path was skipped entirely
             (missing, unreadable, no supported source files); the rest was
             indexed or sketched. compare, query and audit never exit 4
        """
}

/// A runtime error (exit code 3) with its one-line message.
struct RuntimeFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Writes a line to standard error.
func warn(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Progress lines on standard error, only when it is a terminal.
final class Progress: @unchecked Sendable {
    let enabled: Bool
    init(enabled: Bool) { self.enabled = enabled && isatty(2) == 1 }
    func say(_ text: String) { if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K\(terminalSafe(text))…".utf8)) } }
    func done() { if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
}

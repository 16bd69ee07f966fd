import ArgumentParser
import Foundation

/// The `clonescan` command: argument parsing only; every job lives in the library targets.
@main
struct Clonescan: AsyncParsableCommand {
    /// The version printed in reports.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "clonescan",
        abstract: "Find LLM-cloned forks of open-source projects and say what they owe.",
        discussion: """
        Exit codes: compare, query, audit: 0 nothing at or above --fail-at, 1 found, 2 usage error, 3 runtime error.
        index, license, parse: 0 done (warnings allowed), 2 usage error, 3 runtime error.
        """,
        version: Clonescan.version,
        subcommands: [CompareCommand.self, QueryCommand.self, IndexCommand.self, AuditCommand.self, LicenseCommand.self, ParseCommand.self]
    )

    /// Maps argument-parser's exit codes onto ours: usage errors are 2, not 64.
    static func main() async {
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
            FileHandle.standardError.write(Data("clonescan: error: \(failure.message)\n".utf8))
            Foundation.exit(ExitStatus.runtime)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 0 {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // One line naming the argument and what to do; `clonescan help` has the rest.
            let message = message(for: error).split(separator: "\n").joined(separator: " ")
            FileHandle.standardError.write(Data("clonescan: error: \(message) (see `clonescan help`)\n".utf8))
            Foundation.exit(ExitStatus.usage)
        }
    }
}

/// Exit codes shared by every command.
enum ExitStatus {
    static let ok: Int32 = 0
    static let found: Int32 = 1
    static let usage: Int32 = 2
    static let runtime: Int32 = 3
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

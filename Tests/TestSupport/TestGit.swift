import Foundation

/// Runs the system's git for tests that build real histories: a fixed author, committer and date, so hashes are
/// the same on every run; hooks off and no system or user configuration, so nothing on the machine takes part.
public enum TestGit {
    /// `git -C directory args…`; its standard output, trimmed.
    /// - Throws: an error with git's own message when it exits non-zero.
    @discardableResult
    public static func run(_ args: [String], in directory: String, date: String = "2024-01-01T10:00:00Z",
                           author: String = "Ada Ref <ada@example.org>") throws -> String {
        let name = author.components(separatedBy: " <").first ?? author
        let email = author.components(separatedBy: " <").last?.trimmingCharacters(in: CharacterSet(charactersIn: ">")) ?? ""
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        p.arguments = ["-c", "core.hooksPath=/dev/null", "-c", "init.defaultBranch=main", "-C", directory] + args
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        env.merge(["GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email,
                   "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
                   "LC_ALL": "C"]) { $1 }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw NSError(domain: "git", code: Int(p.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "git \(args.joined(separator: " ")): \(String(decoding: errors, as: UTF8.self))"])
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

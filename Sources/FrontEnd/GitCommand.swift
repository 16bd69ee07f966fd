import Foundation

/// The one way clonescan runs git on a scanned repository. A scanned repository's configuration must not run
/// anything: hooks and fsmonitor are disabled, no pager, no network (a partial clone's lazy fetch is refused),
/// the system configuration and the caller's `GIT_*` variables are ignored, messages are in the C locale, and a
/// run that outlives its timeout or its output limit is stopped.
public enum GitCommand {
    /// Where git is looked for.
    public static let executable = "/usr/bin/git"

    /// Why a git run gave no answer.
    public enum Failure: Error, CustomStringConvertible, Sendable {
        case unavailable
        case launch(String)
        case status(Int32, String)
        case timedOut(TimeInterval)
        case tooLarge(Int)

        public var description: String {
            switch self {
            case .unavailable: return "git is not installed at \(GitCommand.executable)"
            case .launch(let why): return "git could not start: \(why)"
            case .status(let code, let stderr): return "git exited \(code)" + (stderr.isEmpty ? "" : ": \(terminalSafe(stderr))")
            case .timedOut(let seconds): return "git ran longer than \(Int(seconds)) s and was stopped"
            case .tooLarge(let limit): return "git printed more than \(limit) bytes and was stopped"
            }
        }
    }

    /// Whether git can be run at all.
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    /// The options put before every subcommand (`git OPTIONS -C root SUBCOMMAND ...`).
    static let safeOptions = ["--no-pager", "--no-replace-objects",
                              "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "safe.directory=*",
                              "-c", "protocol.allow=never", "-c", "core.pager=cat", "-c", "color.ui=false"]

    /// The environment of every run: the caller's, minus anything that would point git elsewhere.
    static func environment() -> [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_OPTIONAL_LOCKS"] = "0"
        env["GIT_NO_LAZY_FETCH"] = "1"
        env["LC_ALL"] = "C"
        env["PAGER"] = "cat"
        return env
    }

    /// Runs `git -C root arguments...` and returns its standard output.
    /// - Parameters:
    ///   - input: written to git's standard input (then closed); none when nil.
    ///   - timeout: seconds before the run is stopped.
    ///   - limit: bytes of output accepted before the run is stopped.
    /// - Throws: `Failure` when git is missing, fails, runs too long or prints too much.
    public static func run(_ arguments: [String], in root: String, input: Data? = nil,
                           timeout: TimeInterval = 120, limit: Int = 256 << 20) throws(Failure) -> Data {
        guard isAvailable else { throw .unavailable }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = safeOptions + ["-C", root] + arguments
        process.environment = environment()
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        do { try process.run() } catch { throw .launch("\(error)") }

        let group = DispatchGroup()
        let stderrBox = DataBox()
        let errReader = err.fileHandleForReading, inWriter = inPipe.fileHandleForWriting
        // Standard error and input on their own threads: a full pipe on either side must never stall the other.
        DispatchQueue.global().async(group: group) {
            stderrBox.set(errReader.readDataToEndOfFile().prefix(2000))
        }
        if let input {
            DispatchQueue.global().async(group: group) {
                try? inWriter.write(contentsOf: input)
                try? inWriter.close()
            }
        }
        let stopped = StopFlag(), running = RunningProcess(process)
        let timer = DispatchWorkItem { if running.isRunning { stopped.set(.timedOut(timeout)); running.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)

        var data = Data()
        let reader = out.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > limit {
                stopped.set(.tooLarge(limit))
                process.terminate()
                _ = reader.readDataToEndOfFile()
                break
            }
        }
        process.waitUntilExit()
        timer.cancel()
        group.wait()
        if let failure = stopped.value { throw failure }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: stderrBox.value, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .status(process.terminationStatus, message.split(separator: "\n").first.map(String.init) ?? "")
        }
        return data
    }

    /// `run` as text (invalid UTF-8 replaced).
    public static func text(_ arguments: [String], in root: String, timeout: TimeInterval = 120,
                            limit: Int = 256 << 20) throws(Failure) -> String {
        String(decoding: try run(arguments, in: root, timeout: timeout, limit: limit), as: UTF8.self)
    }
}

/// Data written by one thread and read after it finished (guarded by a lock).
private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data }
}

/// The process the timer may stop (Process is used from the timer's thread only through these two calls).
private final class RunningProcess: @unchecked Sendable {
    private let process: Process
    init(_ process: Process) { self.process = process }
    var isRunning: Bool { process.isRunning }
    func terminate() { process.terminate() }
}

/// Why a run was stopped, set by the timer or the reader (guarded by a lock).
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: GitCommand.Failure?
    func set(_ f: GitCommand.Failure) { lock.lock(); if failure == nil { failure = f }; lock.unlock() }
    var value: GitCommand.Failure? { lock.lock(); defer { lock.unlock() }; return failure }
}

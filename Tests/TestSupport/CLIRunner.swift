import Foundation
import XCTest

/// The built `clonescan` binary and a way to run it, for end-to-end tests.
public enum ClonescanBinary {
    /// `CLONESCAN_BIN`, or the debug build of this checkout.
    public static var path: String {
        if let bin = ProcessInfo.processInfo.environment["CLONESCAN_BIN"] { return bin }
        return TestPaths.packageRoot.appendingPathComponent(".build/debug/clonescan").path
    }
}

/// Where things are for tests.
public enum TestPaths {
    /// The package's root directory (this file is Tests/TestSupport/CLIRunner.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// What a run of the binary printed and how it exited.
public struct CLIRun: Sendable {
    public var code: Int32
    public var stdout: String
    public var stderr: String

    public init(code: Int32, stdout: String, stderr: String) { self.code = code; self.stdout = stdout; self.stderr = stderr }

    /// Standard output parsed as a JSON object.
    public func json(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any], file: file, line: line)
    }
}

extension XCTestCase {
    /// Runs the built binary with `args` (and `environment` added to this process's) and waits for it.
    public func run(_ args: [String], environment: [String: String] = [:], stdin: Data? = nil) throws -> CLIRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ClonescanBinary.path)
        p.arguments = args
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        if stdin != nil { p.standardInput = input }
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin); try? input.fileHandleForWriting.close() }
        // Read both pipes at once: a full stderr pipe must not block a process still writing stdout.
        let errData = LockedData()
        let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return CLIRun(code: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: errData.get(), as: UTF8.self))
    }
}

/// Data handed from a reader thread.
final class LockedData: @unchecked Sendable {
    private var data: Data?
    private let lock = NSLock()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return data != nil }
}

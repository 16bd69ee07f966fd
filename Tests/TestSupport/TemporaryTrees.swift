import Foundation
import XCTest

extension XCTestCase {
    /// A new empty directory, removed when the test ends (whatever its outcome), so runs leave nothing behind.
    public func temporaryDirectory(_ label: String = "tree") throws -> URL {
        let safe = label.filter { $0.isLetter || $0.isNumber || $0 == "-" }.prefix(40)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("clonescan-test-\(safe)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { Self.remove(url) }
        return url
    }

    /// Removes `url`, retrying a few times: a child process a test stopped (a killed writer, a server client) can
    /// still be closing files in it for a moment, and one failed removal would leave the whole tree behind.
    static func remove(_ url: URL) {
        for attempt in 0..<5 {
            do { try FileManager.default.removeItem(at: url); return } catch {
                guard FileManager.default.fileExists(atPath: url.path) else { return }
                if attempt < 4 { Thread.sleep(forTimeInterval: 0.2) }
            }
        }
    }

    /// A temporary directory holding `files` (relative path -> text); its path.
    public func tree(_ files: [String: String]) throws -> String {
        let root = try temporaryDirectory()
        try write(files, under: root)
        return root.path
    }

    /// Writes `files` (relative path -> text) under `root`, creating directories.
    public func write(_ files: [String: String], under root: URL) throws {
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}

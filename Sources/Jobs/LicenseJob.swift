import Foundation
import FrontEnd
import License

/// `clonescan license` as a library call: the licenses, notices and package identity found in a tree.
///
/// ```swift
/// let report = try LicenseJob(path: "vendor/somelib").run()
/// print(report.declared ?? "none found")
/// ```
public struct LicenseJob: Sendable {
    /// The tree (or file) to scan.
    public var path: String

    public init(path: String) { self.path = path }

    /// - Throws: `JobError.runtime` when the license data is missing or the tree cannot be read.
    public func run() throws -> LicenseReport {
        do { return try LicenseScanner().scan(root: URL(fileURLWithPath: path)) } catch {
            let message = String(describing: error)
            throw JobError.runtime(message.contains("make setup") ? message : "\(terminalSafe(path)): \(message)")
        }
    }
}

import Crypto
import Foundation
import License
import Report

/// The SPDX 2.3 document of a comparison (`compare --format spdx`): the suspect's source and license files with
/// the licenses and copyrights found in each, the reference's matched files, and their relationships.
public enum SPDXJob {
    /// The document for a finished comparison.
    /// - Throws: `JobError.runtime` when the license data is missing or a file cannot be read.
    public static func document(for outcome: CompareJob.Outcome, options: CompareOptions, toolVersion: String,
                                now: Date = Date()) throws -> Data {
        // The comparison's own license scans when its license stage ran; a scan here only without it (--no-license).
        var scanner: LicenseScanner?
        func scan(_ root: String) throws -> LicenseReport {
            let loaded: LicenseScanner
            if let scanner { loaded = scanner } else {
                do { loaded = try LicenseScanner() } catch { throw JobError.runtime("license data: \(error) (run `make setup`)") }
                scanner = loaded
            }
            do { return try loaded.scan(root: URL(fileURLWithPath: root)) } catch {
                throw JobError.runtime("\(root): license scan failed: \(error)")
            }
        }
        let report = outcome.report
        func side(_ root: String, _ paths: [String], scanned: LicenseReport?) throws -> (files: [SPDXInputs.FileInfo], declared: String?) {
            let licenses = try scanned ?? scan(root)
            var isDirectory: ObjCBool = false
            let isTree = FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
            var files: [SPDXInputs.FileInfo] = []
            for path in Array(Set(paths + licenses.declaredFrom)).sorted() {
                let full = isTree ? root + "/" + path : root
                guard let data = FileManager.default.contents(atPath: full) else {
                    throw JobError.runtime("\(full): cannot read it to hash it for the SPDX document")
                }
                let sha1 = Insecure.SHA1.hash(data: data).map { String(format: "%02x", $0) }.joined()
                let found = licenses.findings.filter { $0.path == path && ($0.kind == .header || $0.kind == .spdxTag || $0.kind == .file) }.map(\.spdx)
                let copyrights = licenses.copyrights.filter { $0.path == path }.map(\.text)
                files.append(.init(path: path, sha1: sha1, licenses: Array(Set(found)).sorted(), copyrights: copyrights))
            }
            return (files, licenses.declared)
        }
        let suspect = try side(options.suspect, outcome.suspectFiles, scanned: outcome.licenseScans?.suspect)
        let matchedReference = Set(report.files.filter { $0.matched_units > 0 }.map(\.path))
        let reference = try side(options.reference, outcome.referenceFiles.filter { matchedReference.contains($0) },
                                 scanned: outcome.licenseScans?.reference)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let inputs = SPDXInputs(
            suspectName: URL(fileURLWithPath: options.suspect).standardizedFileURL.lastPathComponent,
            referenceName: URL(fileURLWithPath: options.reference).standardizedFileURL.lastPathComponent,
            suspectFiles: suspect.files, referenceFiles: reference.files,
            suspectDeclared: suspect.declared, referenceDeclared: reference.declared,
            created: formatter.string(from: now), toolVersion: toolVersion)
        do {
            return try SPDXRenderer.render(report, inputs) { hashes in
                // SPDX's package verification code: SHA-1 of the sorted file SHA-1s, concatenated.
                Insecure.SHA1.hash(data: Data(hashes.sorted().joined().utf8)).map { String(format: "%02x", $0) }.joined()
            }
        } catch {
            throw JobError.runtime("cannot encode the SPDX document: \(error)")
        }
    }
}

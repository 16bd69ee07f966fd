import Foundation
import Matching

/// An SPDX 2.3 document (JSON) for a compared suspect: its files with the licenses detected in them, and for
/// the files derived from the reference a relationship to the reference's files (`COPY_OF` for an identical
/// file, `VARIANT_OF` for a modified same-language copy, `DESCENDANT_OF` for a port). Field names are SPDX's.
public struct SPDXDocument: Codable, Sendable {
    public struct CreationInfo: Codable, Sendable { public var created: String; public var creators: [String] }
    public struct Checksum: Codable, Sendable { public var algorithm: String; public var checksumValue: String }
    public struct VerificationCode: Codable, Sendable { public var packageVerificationCodeValue: String }
    public struct Package: Codable, Sendable {
        public var SPDXID: String
        public var name: String
        public var downloadLocation = "NOASSERTION"
        public var filesAnalyzed: Bool
        public var packageVerificationCode: VerificationCode?
        public var licenseConcluded = "NOASSERTION"
        public var licenseDeclared: String
        public var copyrightText: String
        public var comment: String?
    }
    public struct File: Codable, Sendable {
        public var SPDXID: String
        public var fileName: String
        public var checksums: [Checksum]
        public var licenseConcluded = "NOASSERTION"
        public var licenseInfoInFiles: [String]
        public var copyrightText: String
    }
    public struct Relationship: Codable, Sendable {
        public var spdxElementId: String
        public var relationshipType: String
        public var relatedSpdxElement: String
        public var comment: String?
    }
    public struct ExtractedLicense: Codable, Sendable {
        public var licenseId: String
        public var extractedText: String
        public var name: String
    }

    public var spdxVersion = "SPDX-2.3"
    public var dataLicense = "CC0-1.0"
    public var SPDXID = "SPDXRef-DOCUMENT"
    public var name: String
    public var documentNamespace: String
    public var creationInfo: CreationInfo
    public var packages: [Package]
    public var files: [File]
    public var relationships: [Relationship]
    public var hasExtractedLicensingInfos: [ExtractedLicense]?
}

/// What the SPDX document is made of, gathered by the compare job (hashes and licenses per file).
public struct SPDXInputs: Sendable {
    /// One file of a side.
    public struct FileInfo: Sendable {
        public var path: String
        public var sha1: String
        /// SPDX expressions found in the file itself (header notices, `SPDX-License-Identifier` tags).
        public var licenses: [String]
        /// Copyright statements found in the file.
        public var copyrights: [String]
        public init(path: String, sha1: String, licenses: [String], copyrights: [String]) {
            self.path = path; self.sha1 = sha1; self.licenses = licenses; self.copyrights = copyrights
        }
    }
    public var suspectName: String
    public var referenceName: String
    public var suspectFiles: [FileInfo]
    /// The reference's files that were matched (only those are described).
    public var referenceFiles: [FileInfo]
    public var suspectDeclared: String?
    public var referenceDeclared: String?
    /// ISO-8601 UTC creation time.
    public var created: String
    public var toolVersion: String

    public init(suspectName: String, referenceName: String, suspectFiles: [FileInfo], referenceFiles: [FileInfo],
                suspectDeclared: String?, referenceDeclared: String?, created: String, toolVersion: String) {
        self.suspectName = suspectName; self.referenceName = referenceName; self.suspectFiles = suspectFiles
        self.referenceFiles = referenceFiles; self.suspectDeclared = suspectDeclared; self.referenceDeclared = referenceDeclared
        self.created = created; self.toolVersion = toolVersion
    }
}

public enum SPDXRenderer {
    /// The document for `report` (the relationships come from its per-file rows, so every matched file pair is
    /// described, however many matches the report lists), as JSON bytes.
    public static func render(_ report: CompareReport, _ inputs: SPDXInputs, verificationCode: (([String]) -> String)) throws -> Data {
        var extracted: [String: SPDXDocument.ExtractedLicense] = [:]
        func licenseIDs(_ expressions: [String]) -> [String] {
            var out: [String] = []
            for expression in expressions {
                for token in expression.split(whereSeparator: { " ()".contains($0) }).map(String.init)
                where !["AND", "OR", "WITH"].contains(token) && !token.isEmpty {
                    let id = spdxID(token)
                    if id.hasPrefix("LicenseRef-") && extracted[id] == nil {
                        extracted[id] = .init(licenseId: id, extractedText: "License text as in ScanCode licensedcode (\(token)); detected by clonescan.",
                                              name: token)
                    }
                    if !out.contains(id) { out.append(id) }
                }
            }
            return out.isEmpty ? ["NOASSERTION"] : out
        }
        func declared(_ expression: String?) -> String {
            guard let expression else { return "NOASSERTION" }
            _ = licenseIDs([expression])
            return expression.split(separator: " ").map { ["AND", "OR", "WITH"].contains($0) ? String($0) : spdxID(String($0)) }.joined(separator: " ")
        }
        var files: [SPDXDocument.File] = []
        var relationships: [SPDXDocument.Relationship] = [
            .init(spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: "SPDXRef-Package-suspect", comment: nil),
        ]
        // Each side's files, contained by its package; their ids by path for the relationships below.
        func add(_ side: String, _ infos: [SPDXInputs.FileInfo]) -> [String: (id: String, sha1: String)] {
            var ids: [String: (id: String, sha1: String)] = [:]
            for (i, f) in infos.enumerated() {
                let id = "SPDXRef-File-\(side)-\(i + 1)"
                ids[f.path] = (id, f.sha1)
                files.append(.init(SPDXID: id, fileName: "./" + f.path, checksums: [.init(algorithm: "SHA1", checksumValue: f.sha1)],
                                   licenseInfoInFiles: licenseIDs(f.licenses),
                                   copyrightText: f.copyrights.isEmpty ? "NOASSERTION" : f.copyrights.joined(separator: "\n")))
                relationships.append(.init(spdxElementId: "SPDXRef-Package-\(side)", relationshipType: "CONTAINS", relatedSpdxElement: id, comment: nil))
            }
            return ids
        }
        let suspectIDs = add("suspect", inputs.suspectFiles)
        let referenceIDs = add("reference", inputs.referenceFiles)
        // Derived files only when the suspect is derived: no relationship asserts copying that the verdict does not.
        if report.verdict >= .partialClone {
            let port = report.relation.hasPrefix("port")
            for row in report.files where row.matched_units > 0 {
                guard let ref = referenceIDs[row.path] else { continue }
                for path in row.suspect_files {
                    guard let sus = suspectIDs[path] else { continue }
                    let type = port ? "DESCENDANT_OF" : (sus.sha1 == ref.sha1 ? "COPY_OF" : "VARIANT_OF")
                    relationships.append(.init(spdxElementId: sus.id, relationshipType: type, relatedSpdxElement: ref.id,
                                               comment: "clonescan: \(report.verdict.rawValue), \(report.relation); units of \(row.path) matched in \(path)"))
                }
            }
        }
        let suspectPackage = SPDXDocument.Package(
            SPDXID: "SPDXRef-Package-suspect", name: inputs.suspectName, filesAnalyzed: true,
            packageVerificationCode: .init(packageVerificationCodeValue: verificationCode(inputs.suspectFiles.map(\.sha1))),
            licenseDeclared: declared(inputs.suspectDeclared), copyrightText: "NOASSERTION",
            comment: "the suspect compared by clonescan: \(report.headline) (score \(report.score), containment \(report.containment))")
        let referencePackage = SPDXDocument.Package(
            SPDXID: "SPDXRef-Package-reference", name: inputs.referenceName, filesAnalyzed: true,
            packageVerificationCode: .init(packageVerificationCodeValue: verificationCode(inputs.referenceFiles.map(\.sha1))),
            licenseDeclared: declared(inputs.referenceDeclared), copyrightText: "NOASSERTION",
            comment: "the reference; only its license files and the files with a match in the suspect are listed (the verification code covers those)")
        let namespaceSeed = ([inputs.suspectName, inputs.referenceName, inputs.created] + inputs.suspectFiles.map(\.sha1)).joined(separator: "|")
        let document = SPDXDocument(
            name: "clonescan compare \(inputs.suspectName)",
            documentNamespace: "https://spdx.org/spdxdocs/clonescan-\(verificationCode([namespaceSeed]))",
            creationInfo: .init(created: inputs.created, creators: ["Tool: clonescan-\(inputs.toolVersion)"]),
            packages: [suspectPackage, referencePackage], files: files, relationships: relationships,
            hasExtractedLicensingInfos: extracted.isEmpty ? nil : extracted.values.sorted { $0.licenseId < $1.licenseId })
        return try ReportJSON.encode(document)
    }

    /// A license token as an SPDX id: list ids stay; anything else becomes `LicenseRef-` plus its idstring-safe form.
    static func spdxID(_ token: String) -> String {
        if token.hasPrefix("LicenseRef-") || token == "NOASSERTION" || token == "NONE" { return sanitize(token) }
        if token.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "+" }) && !token.contains("scancode") { return token }
        return "LicenseRef-" + sanitize(token)
    }

    private static func sanitize(_ s: String) -> String {
        String(s.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "-" })
    }
}

/// Where a license finding came from.
public enum FindingKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// Full text or notice in a license file (LICENSE*, COPYING*, LICENCE*, NOTICE*, UNLICENSE, LICENSES/*).
    case file
    /// A package manifest field (package.json, pyproject.toml, setup.cfg, PKG-INFO, Cargo.toml, ...).
    case manifest
    /// A license notice in the leading comment block of a source file.
    case header
    /// An `SPDX-License-Identifier:` tag.
    case spdxTag = "spdx-tag"
    /// A Debian copyright file (DEP-5 `License:` field, or full text of a non-DEP-5 file).
    case debianCopyright = "debian-copyright"
}

/// One piece of license evidence. JSON keys are snake_case (`start_line`, `end_line`).
public struct LicenseFinding: Codable, Sendable, Hashable {
    /// SPDX license expression (ids from the SPDX list, `LicenseRef-scancode-*` for the rest).
    public var spdx: String
    /// 0...1: coverage of the matched dataset text × its relevance, or the reliability of the field.
    public var confidence: Double
    /// Path relative to the scanned root, `/`-separated.
    public var path: String
    public var startLine: Int
    public var endLine: Int
    public var kind: FindingKind
    /// The dataset rule or the manifest field that produced the finding.
    public var source: String

    public init(spdx: String, confidence: Double, path: String, startLine: Int, endLine: Int, kind: FindingKind, source: String) {
        self.spdx = spdx; self.confidence = confidence; self.path = path
        self.startLine = startLine; self.endLine = endLine; self.kind = kind; self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case spdx, confidence, path, kind, source
        case startLine = "start_line", endLine = "end_line"
    }
}

/// A copyright statement found in the tree (for attribution and notice checks).
public struct CopyrightStatement: Codable, Sendable, Hashable {
    /// The whole statement as written, e.g. `Copyright (c) 2012 Vladimir Keleshev`.
    public var text: String
    /// The holder part, e.g. `Vladimir Keleshev`.
    public var holder: String
    public var path: String
    public var line: Int
}

/// Everything `LicenseScanner` found in one tree. Stable JSON (`schema` versioned).
public struct LicenseReport: Codable, Sendable, Hashable {
    public static let schemaVersion = 1
    public var schema: Int = LicenseReport.schemaVersion
    /// The scanned root as given.
    public var root: String
    /// The tree's overall SPDX expression (see docs/license.md, "Declared license"), nil when nothing was found.
    public var declared: String?
    /// Paths of the findings the declared expression was taken from.
    public var declaredFrom: [String]
    public var findings: [LicenseFinding]
    public var copyrights: [CopyrightStatement]
    /// NOTICE-type files (NOTICE*, PATENTS*, LEGAL*) present in the tree, whatever they contain.
    public var noticeFiles: [String] = []
    /// Project identity read from manifests (names, authors, URLs), used for attribution.
    public var identity: ProjectIdentity
    /// Non-fatal problems (unreadable, binary, truncated or malformed files).
    public var warnings: [String]
    public var filesScanned: Int
    public var dataVersion: String

    enum CodingKeys: String, CodingKey {
        case schema, root, declared, findings, copyrights, identity, warnings
        case declaredFrom = "declared_from", noticeFiles = "notice_files", filesScanned = "files_scanned", dataVersion = "data_version"
    }
}

/// Names a project goes by, as read from its manifests and license files.
public struct ProjectIdentity: Codable, Sendable, Hashable {
    /// Project / package names (manifest `name`, PKG-INFO `Name`, DEP-5 `Upstream-Name`).
    public var names: [String] = []
    /// Authors and maintainers from manifests.
    public var authors: [String] = []
    /// Homepage / repository URLs.
    public var urls: [String] = []

    public init(names: [String] = [], authors: [String] = [], urls: [String] = []) {
        self.names = names; self.authors = authors; self.urls = urls
    }

    mutating func merge(_ o: ProjectIdentity) {
        for n in o.names where !names.contains(n) { names.append(n) }
        for a in o.authors where !authors.contains(a) { authors.append(a) }
        for u in o.urls where !urls.contains(u) { urls.append(u) }
    }
}

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
    /// An "or (at your option) any later version" notice in a README (only such notices are kept from READMEs).
    case readme
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
    /// Paths of the findings the declared expression was taken from (relative to `root`; `../` when the
    /// license lives in an enclosing package root, see `licenseRoot`).
    public var declaredFrom: [String]
    /// Each declaration the declared expression rests on, with file, line and the rule that used it.
    public var declaredBy: [LicenseDeclaration] = []
    /// The directory whose license files and manifests declared the license: `root` itself, or the nearest
    /// enclosing package or repository root when `root` is a subdirectory without its own (docs/license.md).
    public var licenseRoot: String?
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
        case declaredBy = "declared_by", licenseRoot = "license_root"
    }

    /// A report with the given parts; `declaredBy`, `licenseRoot` and `noticeFiles` start empty.
    public init(root: String, declared: String?, declaredFrom: [String], findings: [LicenseFinding], copyrights: [CopyrightStatement],
                identity: ProjectIdentity, warnings: [String], filesScanned: Int, dataVersion: String) {
        self.root = root; self.declared = declared; self.declaredFrom = declaredFrom; self.findings = findings
        self.copyrights = copyrights; self.identity = identity; self.warnings = warnings
        self.filesScanned = filesScanned; self.dataVersion = dataVersion
    }

    /// Decodes schema-1 JSON written before `declared_by` and `license_root` existed, too.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(Int.self, forKey: .schema)
        root = try c.decode(String.self, forKey: .root)
        declared = try c.decodeIfPresent(String.self, forKey: .declared)
        declaredFrom = try c.decode([String].self, forKey: .declaredFrom)
        declaredBy = try c.decodeIfPresent([LicenseDeclaration].self, forKey: .declaredBy) ?? []
        licenseRoot = try c.decodeIfPresent(String.self, forKey: .licenseRoot)
        findings = try c.decode([LicenseFinding].self, forKey: .findings)
        copyrights = try c.decode([CopyrightStatement].self, forKey: .copyrights)
        noticeFiles = try c.decodeIfPresent([String].self, forKey: .noticeFiles) ?? []
        identity = try c.decode(ProjectIdentity.self, forKey: .identity)
        warnings = try c.decode([String].self, forKey: .warnings)
        filesScanned = try c.decode(Int.self, forKey: .filesScanned)
        dataVersion = try c.decode(String.self, forKey: .dataVersion)
    }
}

/// One declaration behind a tree's declared license: where it was found and how it was used.
public struct LicenseDeclaration: Codable, Sendable, Hashable {
    /// The SPDX expression this declaration contributed.
    public var expression: String
    /// Path relative to the scanned root (`../` prefixed when found in an enclosing package root).
    public var path: String
    public var line: Int
    /// What declared it: a manifest field (`License-Expression`, `project.license`, `package.license`, ...),
    /// `SPDX-License-Identifier`, `license text`, `choice of license texts`, `debian copyright`, `header notice`.
    public var source: String
    /// How it was used: `declared` (part of the expression) or `or-later` (turned an `-only` id of the
    /// expression into `-or-later`).
    public var use: String

    public init(expression: String, path: String, line: Int, source: String, use: String) {
        self.expression = expression; self.path = path; self.line = line; self.source = source; self.use = use
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

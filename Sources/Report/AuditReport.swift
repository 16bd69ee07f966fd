/// The result of `clonescan audit`: what in a project came from which indexed repositories, under which
/// license, attributed or not. Stable JSON (schema in docs/audit-json.md), versioned by `schema_version`.
/// Field names are the JSON keys.
public struct AuditReport: Codable, Sendable {
    /// Bumped on any incompatible change of the JSON shape.
    public static let schemaVersion = 1

    /// The audited project and its own declared license.
    public struct Project: Codable, Sendable {
        public var path: String
        public var files: Int
        public var languages: [String]
        /// Leaf units (functions, methods) big enough to count as evidence.
        public var leaf_units: Int
        /// Code lines of those units.
        public var leaf_lines: Int
        public var skipped: Int
        public var license: LicenseSide
    }

    /// One side's declared license and where it was read.
    public struct LicenseSide: Codable, Sendable {
        /// SPDX expression; nil when none was found or the tree could not be scanned.
        public var declared: String?
        /// `path:lines` of the evidence (LICENSE file, manifest, ...).
        public var evidence: [String]
        /// `declared`, `none-found`, `path-gone` (the indexed path no longer exists) or `error`.
        public var status: String
        /// The scan error, one line, when `status` is `error`.
        public var error: String?
    }

    /// The rules the audit was run with (`--min-verdict`, `--fail-at`, `--fail-on`).
    public struct Policy: Codable, Sendable {
        /// Repositories below this verdict are not listed.
        public var min_verdict: Verdict
        /// A result can fail the audit only at or above this verdict.
        public var fail_at: Verdict
        /// Which problems fail the audit: `unattributed`, `incompatible`, `obligations`, `any-match`.
        public var fail_on: [String]
    }

    /// One end of a matched region.
    public struct Location: Codable, Sendable {
        public var path: String
        public var unit: String
        public var start_line: Int
        public var end_line: Int
    }

    /// A matched region: the project's code and the repository code it resembles.
    public struct Region: Codable, Sendable {
        public var project: Location
        public var repository: Location
        /// Combined unit-pair similarity, 0...1.
        public var similarity: Double
        /// Evidence channel that decided the match: `structure`, `shape`, `subwords` or `literals`.
        public var channel: String
    }

    /// One project file with code matched in the repository.
    public struct ProjectFile: Codable, Sendable {
        public var path: String
        public var matched_units: Int
        public var matched_lines: Int
        public var repository_files: [String]
    }

    /// One obligation of the repository's license that the project breaks (rules in docs/obligations.md).
    public struct Obligation: Codable, Sendable {
        /// `notice-not-kept`, `apache-notice-file`, `copyleft-relicensed`, `incompatible-combination`, `no-attribution`.
        public var rule: String
        public var license: String
        public var explanation: String
        public var source: String
    }

    /// License status of the pair.
    public struct License: Codable, Sendable {
        public var repository: LicenseSide
        /// The project's declared SPDX expression (same as `project.license.declared`).
        public var project: String?
        /// Both declared and different.
        public var changed: Bool
        /// A broken `copyleft-relicensed` or `incompatible-combination` obligation.
        public var incompatible: Bool
        /// Whether the repository's copyright and license notice survive in the project; nil when unknown.
        public var notice_kept: Bool?
    }

    /// Does the project credit the repository?
    public struct Attribution: Codable, Sendable {
        /// `yes`, `weak`, `no`, or `unknown` when the check failed.
        public var verdict: String
        /// `path:line: text` lines of the project that credit the repository.
        public var evidence: [String]
    }

    /// One indexed repository whose code was found in the project.
    public struct Result: Codable, Sendable {
        public var repository: String
        /// The path the repository was indexed from.
        public var path: String
        public var head: String?
        /// Whether `path` still exists on disk (its license can only be read when it does).
        public var path_exists: Bool
        /// The repository as reference, the project as suspect.
        public var verdict: Verdict
        public var score: Double
        /// `same-language` or `port python -> go`.
        public var relation: String
        public var reason: String?
        /// Project units matched by a repository unit (one-to-one).
        public var matched_units: Int
        public var strong_matches: Int
        /// Code lines of the matched project units, and their share of the project's leaf-unit lines.
        public var project_lines: Int
        public var project_share: Double
        /// Code lines of the matched repository units, the repository's leaf-unit lines, and the share.
        public var repository_lines: Int
        public var repository_leaf_lines: Int
        public var repository_share: Double
        public var project_files: [ProjectFile]
        /// The best matched regions, best first.
        public var regions: [Region]
        public var license: License
        public var attribution: Attribution
        public var obligations_broken: [Obligation]
        /// `unattributed`, `license-incompatible`, `obligations-broken`.
        public var problems: [String]
        /// Whether this result fails the audit under `policy`.
        public var fails: Bool
    }

    /// Totals over the listed results.
    public struct Summary: Codable, Sendable {
        public var repositories: Int
        public var failing: Int
        public var unattributed: Int
        public var license_incompatible: Int
        public var obligations_broken: Int
        /// Project leaf-unit lines matched in at least one listed repository, and their share.
        public var project_lines_matched: Int
        public var project_share: Double
    }

    public var schema_version = AuditReport.schemaVersion
    public var project: Project
    public var database: String
    public var repositories_indexed: Int
    public var candidates_verified: Int
    public var policy: Policy
    public var summary: Summary
    /// Listed repositories, most of the project first.
    public var results: [Result]
    /// True when at least one result fails: the exit code is then 1.
    public var failed: Bool
    public var warnings: [String]
}

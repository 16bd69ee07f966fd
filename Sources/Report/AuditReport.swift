import Matching

/// The result of `clonescan audit`: what in a project came from which indexed repositories, under which
/// license, attributed or not. Stable JSON (schema in docs/audit-json.md), versioned by `schema_version`.
/// Field names are the JSON keys.
public struct AuditReport: Codable, Sendable {
    /// Bumped on any incompatible change of the JSON shape.
    /// 2: results gained `containment` and `reverse_containment` (the same numbers `compare` gives for the pair);
    /// attribution evidence items are objects `{path, line, text, signal, strong}`; obligations only for derived pairs.
    public static let schemaVersion = 2

    /// The audited project and its own declared license.
    public struct Project: Codable, Sendable {
        /// The PROJECT argument as given.
        public var path: String
        /// Supported source files analysed.
        public var files: Int
        /// Languages by number of files, most first.
        public var languages: [String]
        /// Leaf units (functions, methods) big enough to count as evidence.
        public var leaf_units: Int
        /// Code lines of those units.
        public var leaf_lines: Int
        /// Files skipped (vendored, generated, binary, too large).
        public var skipped: Int
        /// The project's own declared license.
        public var license: LicenseSide
        public init(path: String, files: Int, languages: [String], leaf_units: Int, leaf_lines: Int, skipped: Int, license: LicenseSide) {
            self.path = path; self.files = files; self.languages = languages; self.leaf_units = leaf_units; self.leaf_lines = leaf_lines; self.skipped = skipped; self.license = license
        }
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
        public init(declared: String?, evidence: [String], status: String, error: String?) {
            self.declared = declared; self.evidence = evidence; self.status = status; self.error = error
        }
    }

    /// The rules the audit was run with (`--min-verdict`, `--fail-at`, `--fail-on`).
    public struct Policy: Codable, Sendable {
        /// Repositories below this verdict are not listed.
        public var min_verdict: Verdict
        /// A result can fail the audit only at or above this verdict.
        public var fail_at: Verdict
        /// Which problems fail the audit: `unattributed`, `incompatible`, `obligations`, `any-match`.
        public var fail_on: [String]
        public init(min_verdict: Verdict, fail_at: Verdict, fail_on: [String]) {
            self.min_verdict = min_verdict; self.fail_at = fail_at; self.fail_on = fail_on
        }
    }

    /// One end of a matched region (the same JSON object as in `compare`).
    public typealias Location = CompareReport.Location

    /// A matched region: the project's code and the repository code it resembles.
    public struct Region: Codable, Sendable {
        /// Where the code is in the project.
        public var project: Location
        /// Where it is in the indexed repository.
        public var repository: Location
        /// Combined unit-pair similarity, 0...1.
        public var similarity: Double
        /// Evidence channel that decided the match: `structure`, `shape`, `subwords` or `literals`.
        public var channel: String
        public init(project: Location, repository: Location, similarity: Double, channel: String) {
            self.project = project; self.repository = repository; self.similarity = similarity; self.channel = channel
        }
    }

    /// One project file with code matched in the repository.
    public struct ProjectFile: Codable, Sendable {
        /// Project file path relative to the project root.
        public var path: String
        /// Units of this file matched in the repository.
        public var matched_units: Int
        /// Code lines of those units.
        public var matched_lines: Int
        /// Repository files they match, sorted.
        public var repository_files: [String]
        public init(path: String, matched_units: Int, matched_lines: Int, repository_files: [String]) {
            self.path = path; self.matched_units = matched_units; self.matched_lines = matched_lines; self.repository_files = repository_files
        }
    }

    /// One obligation of the repository's license that the project breaks.
    public typealias Obligation = ObligationItem

    /// License status of the pair.
    public struct License: Codable, Sendable {
        /// The repository's declared license, read from its indexed path.
        public var repository: LicenseSide
        /// The project's declared SPDX expression (same as `project.license.declared`).
        public var project: String?
        /// Both declared and different.
        public var changed: Bool
        /// A broken `copyleft-relicensed` or `incompatible-combination` obligation.
        public var incompatible: Bool
        /// Whether the repository's copyright and license notice survive in the project; nil when unknown.
        public var notice_kept: Bool?
        public init(repository: LicenseSide, project: String?, changed: Bool, incompatible: Bool, notice_kept: Bool?) {
            self.repository = repository; self.project = project; self.changed = changed; self.incompatible = incompatible; self.notice_kept = notice_kept
        }
    }

    /// Does the project credit the repository?
    public struct Attribution: Codable, Sendable {
        /// `yes`, `weak`, `no`, or `unknown` when the check failed.
        public var verdict: String
        /// Lines of the project that credit the repository, structured.
        public var evidence: [AttributionItem]
        public init(verdict: String, evidence: [AttributionItem]) {
            self.verdict = verdict; self.evidence = evidence
        }
    }

    /// One indexed repository whose code was found in the project.
    public struct Result: Codable, Sendable {
        /// Repository name in the index.
        public var repository: String
        /// The path the repository was indexed from.
        public var path: String
        /// HEAD commit when it was indexed from a git work tree.
        public var head: String?
        /// Whether `path` still exists on disk (its license can only be read when it does).
        public var path_exists: Bool
        /// The repository as reference, the project as suspect.
        public var verdict: Verdict
        /// Calibrated score, 0...1.
        public var score: Double
        /// Share of the repository's leaf-unit lines matched in the project (the repository is the reference),
        /// as `compare REPOSITORY PROJECT --db` reports it; equal to `repository_share`.
        public var containment: Double
        /// Share of the project's leaf-unit lines matched in the repository; equal to `project_share`.
        public var reverse_containment: Double
        /// `same-language` or `port python -> go`.
        public var relation: String
        /// Why `related` was chosen, when it was.
        public var reason: String?
        /// Project units matched by a repository unit (one-to-one).
        public var matched_units: Int
        /// Matches with combined similarity >= 0.8.
        public var strong_matches: Int
        /// Code lines of the matched project units, and their share of the project's leaf-unit lines.
        public var project_lines: Int
        /// Share of the project's leaf-unit lines.
        public var project_share: Double
        /// Code lines of the matched repository units, the repository's leaf-unit lines, and the share.
        public var repository_lines: Int
        /// All the repository's leaf-unit lines in the index.
        public var repository_leaf_lines: Int
        /// Share of the repository found in the project.
        public var repository_share: Double
        /// Project files with a match (the attribution scope), most lines first.
        public var project_files: [ProjectFile]
        /// The best matched regions, best first.
        public var regions: [Region]
        /// Both licenses and whether they are compatible.
        public var license: License
        /// Whether the project credits the repository.
        public var attribution: Attribution
        /// Obligations of the repository's license the project breaks.
        public var obligations_broken: [Obligation]
        /// `unattributed`, `license-incompatible`, `obligations-broken`.
        public var problems: [String]
        /// Whether this result fails the audit under `policy`.
        public var fails: Bool
        /// The pair's evidence channels, with the channels that carried the score and their examples (as in compare).
        public var evidence_channels: CompareReport.EvidenceChannelsJSON?
        public init(repository: String, path: String, head: String?, path_exists: Bool, verdict: Verdict, score: Double, containment: Double, reverse_containment: Double, relation: String, reason: String?, matched_units: Int, strong_matches: Int, project_lines: Int, project_share: Double, repository_lines: Int, repository_leaf_lines: Int, repository_share: Double, project_files: [ProjectFile], regions: [Region], license: License, attribution: Attribution, obligations_broken: [Obligation], problems: [String], fails: Bool) {
            self.repository = repository; self.path = path; self.head = head; self.path_exists = path_exists; self.verdict = verdict; self.score = score; self.containment = containment; self.reverse_containment = reverse_containment; self.relation = relation; self.reason = reason; self.matched_units = matched_units; self.strong_matches = strong_matches; self.project_lines = project_lines; self.project_share = project_share; self.repository_lines = repository_lines; self.repository_leaf_lines = repository_leaf_lines; self.repository_share = repository_share; self.project_files = project_files; self.regions = regions; self.license = license; self.attribution = attribution; self.obligations_broken = obligations_broken; self.problems = problems; self.fails = fails
        }
    }

    /// Totals over the listed results.
    public struct Summary: Codable, Sendable {
        /// Listed repositories.
        public var repositories: Int
        /// Listed repositories that fail the audit.
        public var failing: Int
        /// Listed repositories the project does not credit.
        public var unattributed: Int
        /// Listed repositories whose license the project is incompatible with.
        public var license_incompatible: Int
        /// Listed repositories with at least one obligation broken.
        public var obligations_broken: Int
        /// Project leaf-unit lines matched in at least one listed repository, and their share.
        public var project_lines_matched: Int
        /// Share of the project's leaf-unit lines matched.
        public var project_share: Double
        public init(repositories: Int, failing: Int, unattributed: Int, license_incompatible: Int, obligations_broken: Int, project_lines_matched: Int, project_share: Double) {
            self.repositories = repositories; self.failing = failing; self.unattributed = unattributed; self.license_incompatible = license_incompatible; self.obligations_broken = obligations_broken; self.project_lines_matched = project_lines_matched; self.project_share = project_share
        }
    }

    /// `AuditReport.schemaVersion`.
    public var schema_version = AuditReport.schemaVersion
    /// The audited project.
    public var project: Project
    /// The index path as given.
    public var database: String
    /// Complete, non-template repositories in the index.
    public var repositories_indexed: Int
    /// Index units loaded and verified.
    public var candidates_verified: Int
    /// The rules the audit ran with.
    public var policy: Policy
    /// Totals over `results`.
    public var summary: Summary
    /// Listed repositories, most of the project first.
    public var results: [Result]
    /// True when at least one result fails: the exit code is then 1.
    public var failed: Bool
    /// One line each, e.g. the project itself being indexed.
    public var warnings: [String]
    public init(schema_version: Int = AuditReport.schemaVersion, project: Project, database: String, repositories_indexed: Int, candidates_verified: Int, policy: Policy, summary: Summary, results: [Result], failed: Bool, warnings: [String]) {
        self.schema_version = schema_version; self.project = project; self.database = database; self.repositories_indexed = repositories_indexed; self.candidates_verified = candidates_verified; self.policy = policy; self.summary = summary; self.results = results; self.failed = failed; self.warnings = warnings
    }
}

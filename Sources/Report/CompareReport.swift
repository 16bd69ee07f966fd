import Analysis
import Matching

/// The result of `clonescan compare`: stable JSON (schema in docs/report-json.md), versioned by
/// `schema_version`. Field names are the JSON keys.
public struct CompareReport: Codable, Sendable {
    /// 2: `license.obligations_broken` holds objects `{rule, license, explanation, source}` and is empty unless the
    /// suspect is derived (`license.obligations_note` says why none apply); `attribution` is always present and its
    /// evidence items are objects `{path, line, text, signal, strong}`; JSON lists every match unless `--max-matches`.
    public static let schemaVersion = 2

    /// One side of the comparison.
    public struct Side: Codable, Sendable {
        public var path: String
        public var files: Int
        public var languages: [String]
        public var leaf_units: Int
        public var leaf_lines: Int
        public var skipped: Int
        public init(path: String, files: Int, languages: [String], leaf_units: Int, leaf_lines: Int, skipped: Int) {
            self.path = path; self.files = files; self.languages = languages; self.leaf_units = leaf_units; self.leaf_lines = leaf_lines; self.skipped = skipped
        }
    }
    /// One end of a matched region.
    public struct Location: Codable, Sendable {
        /// File path relative to its tree root.
        public var path: String
        /// Function or method name.
        public var unit: String
        /// First line of the matched region (1-based).
        public var start_line: Int
        /// Last line of the matched region.
        public var end_line: Int

        public init(path: String, unit: String, start_line: Int, end_line: Int) {
            self.path = path; self.unit = unit; self.start_line = start_line; self.end_line = end_line
        }

        /// Unit `ref` of `repo`, at `lines`.
        init(_ repo: RepositoryFeatures, _ ref: UnitRef, lines: ClosedRange<UInt32>) {
            let file = repo.files[ref.file]
            self.init(path: file.path, unit: file.units[ref.unit].name, start_line: Int(lines.lowerBound), end_line: Int(lines.upperBound))
        }
    }
    /// A matched region, side by side.
    public struct Match: Codable, Sendable {
        public var reference: Location
        public var suspect: Location
        public var similarity: Double
        public var channel: String
        public var channels: [String: Double]
        public init(reference: Location, suspect: Location, similarity: Double, channel: String, channels: [String: Double]) {
            self.reference = reference; self.suspect = suspect; self.similarity = similarity; self.channel = channel; self.channels = channels
        }
    }
    /// Per reference file: how much of it was found.
    public struct FileRow: Codable, Sendable {
        public var path: String
        public var matched_lines: Int
        public var leaf_lines: Int
        public var matched_units: Int
        public var suspect_files: [String]
        public init(path: String, matched_lines: Int, leaf_lines: Int, matched_units: Int, suspect_files: [String]) {
            self.path = path; self.matched_lines = matched_lines; self.leaf_lines = leaf_lines; self.matched_units = matched_units; self.suspect_files = suspect_files
        }
    }
    /// License status of both sides (filled by the License stage; never changes the verdict).
    public struct LicenseSide: Codable, Sendable {
        public var declared: String?
        public var evidence: [String]
        public init(declared: String?, evidence: [String]) {
            self.declared = declared; self.evidence = evidence
        }
    }
    public struct LicenseStatus: Codable, Sendable {
        public var reference: LicenseSide
        public var suspect: LicenseSide
        /// Whether the suspect's declared license differs from the reference's.
        public var changed: Bool
        /// Broken obligations of the reference's license; empty unless the verdict is `clone` or `partial-clone`.
        public var obligations_broken: [ObligationItem]
        /// Why no obligation is listed, when none is (e.g. the suspect is not derived from the reference).
        public var obligations_note: String?
        /// Whether the reference's copyright and license notice survive in the suspect.
        public var notice_kept: Bool?
        public var error: String?
        public init(reference: LicenseSide, suspect: LicenseSide, changed: Bool, obligations_broken: [ObligationItem], obligations_note: String? = nil, notice_kept: Bool?, error: String?) {
            self.reference = reference; self.suspect = suspect; self.changed = changed; self.obligations_broken = obligations_broken; self.obligations_note = obligations_note; self.notice_kept = notice_kept; self.error = error
        }
    }
    /// The evidence channels as JSON keys.
    public struct EvidenceChannelsJSON: Codable, Sendable {
        public var soft_coverage: Double
        public var literals: Double
        public var internal_words: Double
        public var public_names_kept: Double
        public var public_names: Int
        public var order: Double
        /// Share of the reference's comment word pairs found in the suspect's comments.
        public var comments: Double
        /// Distinct comment word pairs of the reference.
        public var comment_pairs: Int
        /// Share of the reference's internal call edges that survive through the unit counterparts.
        public var call_graph: Double
        /// Internal call edges of the reference.
        public var call_edges: Int
        /// Structure tokens of the reference's counted code units (the single-function family's size).
        public var reference_tokens: Int
        /// Share of the reference's matched private helpers whose counterpart kept the name.
        public var private_names: Double
        /// Matched private helpers that kept their name.
        public var private_names_kept: Int
        /// The channels that carried the score, largest contribution first.
        public var carried_by: [String]
        /// Where the comment, call-graph and private-name channels found their evidence (a few unit pairs each).
        public var examples: [ChannelExampleJSON] = []
    }
    /// One place a channel found its evidence: `path:line name` on each side.
    public struct ChannelExampleJSON: Codable, Sendable {
        /// `comments`, `call_graph` or `private_names`.
        public var channel: String
        public var reference: String
        public var suspect: String
        /// What the two share: "14 comment word pairs", or the call edge on each side.
        public var detail: String
        public init(channel: String, reference: String, suspect: String, detail: String) {
            self.channel = channel; self.reference = reference; self.suspect = suspect; self.detail = detail
        }
    }
    /// Matched reference units outside the copied share: data tables and tests.
    public struct AlsoCopied: Codable, Sendable {
        public var data_units: Int
        public var data_lines: Int
        public var test_units: Int
        public var test_lines: Int
        public init(data_units: Int, data_lines: Int, test_units: Int, test_lines: Int) {
            self.data_units = data_units; self.data_lines = data_lines; self.test_units = test_units; self.test_lines = test_lines
        }
    }
    public struct AttributionStatus: Codable, Sendable {
        /// `yes`, `weak` or `no`; `unknown` when the license check was skipped or failed.
        public var verdict: String
        public var evidence: [AttributionItem]
        public init(verdict: String, evidence: [AttributionItem]) {
            self.verdict = verdict; self.evidence = evidence
        }
    }

    public var schema_version = CompareReport.schemaVersion
    public var verdict: Verdict
    public var score: Double
    public var containment: Double
    public var reverse_containment: Double
    /// `same-language` or `port python -> go`.
    public var relation: String
    /// Why `related` was chosen, when it was.
    public var reason: String?
    public var headline: String
    public var summary: String
    /// Which channels carried the match, e.g. "port python -> go: 34 of 41 public functions have a counterpart ...".
    public var evidence: String
    public var reference: Side
    public var suspect: Side
    public var matched_units: Int
    public var strong_matches: Int
    /// Structure-channel matches >= 0.9 of units with >= 30 tokens: verbatim copies after renaming and reformatting.
    public var verbatim_matches: Int?
    /// Share of the reference's counted lines the verbatim matches cover.
    public var verbatim_share: Double?
    public var channels: [String: Int]
    public var matches: [Match]
    public var files: [FileRow]
    public var excluded: [String]
    /// Matched data tables and tests, reported here and not in `containment` (absent when none matched).
    public var also_copied: AlsoCopied?
    /// Repository-level evidence channels, each 0...1 (docs/verdict.md): what the score is computed from besides
    /// the assigned matches.
    public var evidence_channels: EvidenceChannelsJSON?
    /// "API-compatible reimplementation: 34 of 36 public names kept; ..." when the API persists but the code
    /// evidence stays at the level of independent implementations (the verdict stays `related` or `not-clone`).
    public var api_compatible: String?
    public var license: LicenseStatus?
    /// Whether the suspect credits the reference; always present.
    public var attribution: AttributionStatus
    /// `--history`: fork or not, the suspect commit the copy first appears in, the closest reference version.
    public var history: History?
    public init(schema_version: Int = CompareReport.schemaVersion, verdict: Verdict, score: Double, containment: Double, reverse_containment: Double, relation: String, reason: String?, headline: String, summary: String, evidence: String, reference: Side, suspect: Side, matched_units: Int, strong_matches: Int, channels: [String: Int], matches: [Match], files: [FileRow], excluded: [String], license: LicenseStatus?, attribution: AttributionStatus) {
        self.schema_version = schema_version; self.verdict = verdict; self.score = score; self.containment = containment; self.reverse_containment = reverse_containment; self.relation = relation; self.reason = reason; self.headline = headline; self.summary = summary; self.evidence = evidence; self.reference = reference; self.suspect = suspect; self.matched_units = matched_units; self.strong_matches = strong_matches; self.channels = channels; self.matches = matches; self.files = files; self.excluded = excluded; self.license = license; self.attribution = attribution
    }
}

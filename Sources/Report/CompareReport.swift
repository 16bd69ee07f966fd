import Analysis

/// The result of `clonescan compare`: stable JSON (schema in docs/report-json.md), versioned by
/// `schema_version`. Field names are the JSON keys.
public struct CompareReport: Codable, Sendable {
    public static let schemaVersion = 1

    /// One side of the comparison.
    public struct Side: Codable, Sendable {
        public var path: String
        public var files: Int
        public var languages: [String]
        public var leaf_units: Int
        public var leaf_lines: Int
        public var skipped: Int
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
    }
    /// Per reference file: how much of it was found.
    public struct FileRow: Codable, Sendable {
        public var path: String
        public var matched_lines: Int
        public var leaf_lines: Int
        public var matched_units: Int
        public var suspect_files: [String]
    }
    /// License status of both sides (filled by the License stage; never changes the verdict).
    public struct LicenseSide: Codable, Sendable {
        public var declared: String?
        public var evidence: [String]
    }
    public struct LicenseStatus: Codable, Sendable {
        public var reference: LicenseSide
        public var suspect: LicenseSide
        /// Whether the suspect's declared license differs from the reference's.
        public var changed: Bool
        public var obligations_broken: [String]
        /// Whether the reference's copyright and license notice survive in the suspect.
        public var notice_kept: Bool?
        public var error: String?
    }
    public struct AttributionStatus: Codable, Sendable {
        /// `yes`, `weak` or `no`.
        public var verdict: String
        public var evidence: [String]
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
    public var channels: [String: Int]
    public var matches: [Match]
    public var files: [FileRow]
    public var excluded: [String]
    public var license: LicenseStatus?
    public var attribution: AttributionStatus?
}

import Matching

/// The result of `clonescan query`: indexed repositories that contain the reference's code,
/// ranked by how much of it they contain. Stable JSON, versioned by `schema_version`.
public struct QueryReport: Codable, Sendable {
    public static let schemaVersion = 1
    /// One indexed repository's verdict against the reference: the same numbers `compare REF REPO --db` gives.
    public struct Result: Codable, Sendable {
        public var repository: String
        public var path: String
        public var head: String?
        public var verdict: Verdict
        public var score: Double
        /// Share of the reference's leaf-unit lines matched in this repository.
        public var containment: Double
        /// Share of this repository's leaf-unit lines matched in the reference.
        public var reverse_containment: Double
        public var relation: String
        public var headline: String
        public var matched_units: Int
        public var strong_matches: Int
        public var matches: [CompareReport.Match]
        /// The evidence channels of the pair, with the channels that carried the score and their examples (as in
        /// `compare`'s report).
        public var evidence_channels: CompareReport.EvidenceChannelsJSON?

        public init(repository: String, path: String, head: String?, report: CompareReport) {
            self.repository = repository; self.path = path; self.head = head
            verdict = report.verdict; score = report.score; containment = report.containment
            reverse_containment = report.reverse_containment; relation = report.relation; headline = report.headline
            matched_units = report.matched_units; strong_matches = report.strong_matches; matches = report.matches
            evidence_channels = report.evidence_channels
        }
    }
    public var schema_version = QueryReport.schemaVersion
    public var reference: CompareReport.Side
    public var database: String
    public var repositories_indexed: Int
    public var candidates_verified: Int
    public var results: [Result]

    public init(reference: CompareReport.Side, database: String, repositories_indexed: Int, candidates_verified: Int, results: [Result]) {
        self.reference = reference; self.database = database; self.repositories_indexed = repositories_indexed
        self.candidates_verified = candidates_verified; self.results = results
    }
}

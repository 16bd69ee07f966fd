import Matching

/// The result of `clonescan families`: the indexed repositories grouped into families of derivation. Stable JSON,
/// versioned by `schema_version`; `origin` and `repository` are repository paths as given to `index`.
public struct FamiliesReport: Codable, Sendable {
    /// 2: `pairs` lists every verified candidate pair with its score (the heat map of the HTML report).
    public static let schemaVersion = 2

    /// One member of a family and how it relates to the family's origin.
    public struct Member: Codable, Sendable {
        /// The path as given to `index`.
        public var repository: String
        /// `clone`, `partial`, `port A -> B`, `rewrite`, or `via another member`.
        public var relation: String
        /// The verdict of the origin (reference) against this member (suspect).
        public var verdict: Verdict
        public var score: Double
        /// Share of the origin's leaf-unit lines matched in this member.
        public var containment: Double
        /// Share of this member's leaf-unit lines matched in the origin.
        public var reverse_containment: Double
        /// Why the origin is taken to come first, in words.
        public var direction_evidence: [String]

        public init(repository: String, relation: String, verdict: Verdict, score: Double, containment: Double,
                    reverse_containment: Double, direction_evidence: [String]) {
            self.repository = repository; self.relation = relation; self.verdict = verdict; self.score = score
            self.containment = containment; self.reverse_containment = reverse_containment; self.direction_evidence = direction_evidence
        }
    }

    /// Repositories connected by verified derivation, with the likely origin.
    public struct Family: Codable, Sendable {
        public var id: Int
        public var origin: String
        public var members: [Member]
        public init(id: Int, origin: String, members: [Member]) { self.id = id; self.origin = origin; self.members = members }
    }

    /// One verified candidate pair (the smaller repository as reference, as `compare` was run on it).
    public struct Pair: Codable, Sendable {
        public var reference: String
        public var suspect: String
        public var verdict: Verdict
        public var score: Double
        public var containment: Double
        public var reverse_containment: Double
        public init(reference: String, suspect: String, verdict: Verdict, score: Double, containment: Double, reverse_containment: Double) {
            self.reference = reference; self.suspect = suspect; self.verdict = verdict; self.score = score
            self.containment = containment; self.reverse_containment = reverse_containment
        }
    }

    public var schema_version = FamiliesReport.schemaVersion
    public var database: String
    public var repositories_indexed: Int
    /// Repository pairs verified (candidates named by the index's LSH).
    public var pairs_verified: Int
    /// The lowest verdict that links two repositories.
    public var min_verdict: Verdict
    public var families: [Family]
    /// Every verified pair, whatever its verdict, ordered by reference then suspect path.
    public var pairs: [Pair]

    public init(database: String, repositories_indexed: Int, pairs_verified: Int, min_verdict: Verdict, families: [Family], pairs: [Pair] = []) {
        self.database = database; self.repositories_indexed = repositories_indexed; self.pairs_verified = pairs_verified
        self.min_verdict = min_verdict; self.families = families; self.pairs = pairs
    }
}

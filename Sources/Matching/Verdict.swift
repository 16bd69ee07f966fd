import Foundation

/// The four verdicts, the same everywhere (JSON, SARIF, text, exit codes), ordered by severity.
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
    case notClone = "not-clone"
    case related
    case partialClone = "partial-clone"
    case clone

    /// Severity order: not-clone 0 ... clone 3.
    public var rank: Int {
        switch self { case .notClone: 0; case .related: 1; case .partialClone: 2; case .clone: 3 }
    }
    public static func < (a: Verdict, b: Verdict) -> Bool { a.rank < b.rank }
}

/// The repository-level evidence a verdict is decided from.
public struct VerdictEvidence: Sendable {
    /// Share of the reference's leaf-unit code lines matched in the suspect.
    public var containment: Double
    /// Share of the suspect's leaf-unit code lines matched in the reference.
    public var reverseContainment: Double
    /// Matched units with a strong score (>= 0.8).
    public var strongMatches: Int
    /// All matched units.
    public var matchedUnits: Int
    /// Reference leaf units that count as evidence.
    public var referenceUnits: Int
    /// Mean combined score of the matches.
    public var meanScore: Double
    /// Share of matched lines carried by the literal channel (shared data).
    public var literalShare: Double
    /// Whether the two sides are in different languages.
    public var crossLanguage: Bool
    /// Matches carried by the structure channel at >= `VerdictModel.verbatimStructure` between units of >= `VerdictModel.verbatimTokens` tokens:
    /// the same token sequence after renaming and reformatting. Independent implementations of one API, even
    /// written to behave identically, do not produce these (none of the development set's 39 does).
    public var verbatimMatches: Int
    /// Share of the reference's counted lines covered by structure matches of 30+ token units whose similarity,
    /// before the matcher's discount of units under 60 tokens, is at least `VerdictModel.verbatimStructure`.
    public var verbatimShare: Double

    public init(containment: Double, reverseContainment: Double, strongMatches: Int, matchedUnits: Int, referenceUnits: Int,
                meanScore: Double, literalShare: Double, crossLanguage: Bool, verbatimMatches: Int = 0, verbatimShare: Double = 0) {
        self.containment = containment; self.reverseContainment = reverseContainment; self.strongMatches = strongMatches
        self.matchedUnits = matchedUnits; self.referenceUnits = referenceUnits; self.meanScore = meanScore
        self.literalShare = literalShare; self.crossLanguage = crossLanguage; self.verbatimMatches = verbatimMatches
        self.verbatimShare = verbatimShare
    }
}

/// Decides the verdict from the evidence and the fitted derivation score (`ScoreModel`).
///
/// The clone rules weigh both directions and the absolute amount copied (five functions copied verbatim out of
/// 500 make a partial clone); below them, the fitted score decides: at or above its family's threshold the pair
/// is a partial clone, whatever unit matches there are.
public enum VerdictModel {
    /// A unit match at or above this combined score is strong.
    public static let strongMatch = 0.8
    /// Matched reference table lines from which copied data alone makes a partial clone (with an index's boilerplate removed).
    public static let copiedTableLines = 200

    /// Units smaller than this many tokens never count as verbatim evidence (every getter looks alike).
    public static let verbatimTokens = 30
    /// Structure similarity (size-weighted containment of token 5-grams) from which a match is a verbatim copy after
    /// renaming and reformatting. At 0.8 an independent lexer written from an API description had five such units.
    public static let verbatimStructure = 0.9

    /// The verdict of `e` given the pair's derivation `score` and the `threshold` of its relation family.
    ///
    /// Derivation first: the pair is derived when the fitted score reaches the threshold (more alike than any
    /// independent implementation of the fitted set), or when verbatim copies are there (five units, two with
    /// 15% of the reference, or any that cover half of it: a one-function reference copied whole). Only a derived pair is a `clone` (most of the reference taken) or a `partial-clone`;
    /// amount alone never accuses, since independent implementations of one API can match a third of it.
    public static func decide(_ e: VerdictEvidence, score: Double = 0, threshold: Double = 1) -> (Verdict, String?) {
        let verbatim = e.verbatimMatches >= 5 || (e.verbatimMatches >= 2 && e.containment >= 0.15)
            || (e.verbatimMatches >= 2 && e.reverseContainment >= 0.4) || e.verbatimShare >= 0.5
        let derived = score >= threshold || verbatim
        if e.matchedUnits == 0 && !derived { return (.notClone, nil) }
        if e.literalShare > 0.6 && !verbatim { return (.related, "shared data: the matches are literal tables or messages, not code") }
        if derived {
            let both = max(e.containment, e.reverseContainment)
            if e.containment >= 0.45 || (both >= 0.6 && e.containment >= 0.25) { return (.clone, nil) }
            return (.partialClone, nil)
        }
        if e.strongMatches >= 1 || e.containment >= 0.05 {
            return (.related, "similar units at the level of independent implementations: shared idioms, a shared API or dependency, or boilerplate")
        }
        return (.notClone, nil)
    }
}

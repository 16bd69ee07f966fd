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

    public init(containment: Double, reverseContainment: Double, strongMatches: Int, matchedUnits: Int, referenceUnits: Int,
                meanScore: Double, literalShare: Double, crossLanguage: Bool) {
        self.containment = containment; self.reverseContainment = reverseContainment; self.strongMatches = strongMatches
        self.matchedUnits = matchedUnits; self.referenceUnits = referenceUnits; self.meanScore = meanScore
        self.literalShare = literalShare; self.crossLanguage = crossLanguage
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

    /// The verdict of `e` given the pair's derivation `score` and the `threshold` of its relation family.
    public static func decide(_ e: VerdictEvidence, score: Double = 0, threshold: Double = 1) -> (Verdict, String?) {
        let derived = score >= threshold
        if e.matchedUnits == 0 && !derived { return (.notClone, nil) }
        if e.literalShare > 0.6 { return (.related, "shared data: the matches are literal tables or messages, not code") }
        let both = max(e.containment, e.reverseContainment)
        if e.containment >= 0.45 || (both >= 0.6 && e.containment >= 0.25) { return (.clone, nil) }
        if e.strongMatches >= 5 || (e.containment >= 0.15 && e.strongMatches >= 2) || e.reverseContainment >= 0.4 && e.strongMatches >= 2 {
            return (.partialClone, nil)
        }
        // Ports rarely match a unit strongly; what they leave is broad moderate coverage.
        if e.crossLanguage && e.containment >= 0.2 && e.matchedUnits >= 5 { return (.partialClone, nil) }
        // The fitted score: more alike than independent implementations of the same thing ever are.
        if derived { return (.partialClone, nil) }
        if e.strongMatches >= 1 || e.containment >= 0.05 {
            return (.related, "a few similar units: shared idioms, a shared dependency or boilerplate")
        }
        return (.notClone, nil)
    }
}

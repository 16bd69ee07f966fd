import Foundation

/// The relation families the score is calibrated for separately: a port keeps less of any one channel than a
/// same-language copy, and independent implementations in one language share more idioms than across two.
public enum RelationFamily: String, Sendable, Hashable, CaseIterable {
    case sameLanguage = "same-language"
    case crossLanguage = "cross-language"
}

/// The derivation score: a logistic model per relation family over every channel of one comparison, fitted by
/// scripts/fit_verdict.py (leave-one-library-out) against independent implementations of the same APIs and
/// unrelated code (docs/verdict.md). It grades: each feature contributes monotonically, none needs a unit to pass
/// an assignment threshold (soft coverage, literals and internal words are measured whatever matched).
public enum ScoreModel {
    /// The features in the fitted order: containment, reverse containment, strong matches / 20, soft coverage,
    /// shared literals, internal words, order − 0.5, comments, call graph. Public names kept is not one: independent
    /// implementations of an API keep them by construction.
    public static func features(_ e: VerdictEvidence, _ c: EvidenceChannels) -> [Double] {
        [e.containment, e.reverseContainment, min(Double(e.strongMatches), 20) / 20, c.softCoverage, c.literals,
         c.internalWords, c.order - 0.5, c.comments, c.callGraph]
    }

    /// The probability of derivation for `family`, in 0...1.
    public static func score(_ e: VerdictEvidence, _ c: EvidenceChannels, family: RelationFamily) -> Double {
        guard let model = fitted[family] else { return 0 }
        let x = features(e, c)
        var z = model.weights.first ?? 0
        for (w, v) in zip(model.weights.dropFirst(), x) { z += w * v }
        return 1 / (1 + Foundation.exp(-max(-30, min(30, z))))
    }

    /// The names of the features, as the report prints them.
    public static let featureNames = ["containment", "reverse_containment", "strong_matches", "soft_coverage", "literals",
                                      "internal_words", "order", "comments", "call_graph"]

    /// The channels that carried the score: each feature's contribution (weight × value) to the log-odds, largest
    /// first, positive ones only.
    public static func carriedBy(_ e: VerdictEvidence, _ c: EvidenceChannels, family: RelationFamily) -> [(channel: String, weight: Double)] {
        guard let model = fitted[family] else { return [] }
        let contributions = zip(featureNames, zip(model.weights.dropFirst(), features(e, c)).map { $0 * $1 })
        return contributions.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.map { (channel: $0.0, weight: $0.1) }
    }

    /// The score from which a pair is a `partial-clone` for `family`: the lowest that flags no independent
    /// implementation or unrelated pair of the fitted set, plus a margin.
    public static func threshold(_ family: RelationFamily) -> Double { fitted[family]?.threshold ?? 1 }
}

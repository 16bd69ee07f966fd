import Foundation

/// The relation families the score is calibrated for separately: a port keeps less of any one channel than a
/// same-language copy, and independent implementations in one language share more idioms than across two.
public enum RelationFamily: String, Sendable, Hashable, CaseIterable {
    case sameLanguage = "same-language"
    case crossLanguage = "cross-language"
    /// A reference of one counted unit (a function) against a suspect in another language. The repository channels
    /// have nothing to measure there (no order, no internal call edges, rarely a comment, a function's few locals
    /// for internal words), so the score is the unit similarity, calibrated on single-function translations
    /// (scripts/fit_single_unit.py).
    case crossLanguageSingleUnit = "cross-language-single-unit"

    /// The family of a comparison across languages or not, whose reference has `referenceUnits` counted units.
    public static func of(crossLanguage: Bool, referenceUnits: Int) -> RelationFamily {
        crossLanguage ? (referenceUnits == 1 ? .crossLanguageSingleUnit : .crossLanguage) : .sameLanguage
    }
}

/// The derivation score: a logistic model per relation family over every channel of one comparison, fitted by
/// scripts/fit_verdict.py (leave-one-library-out) against independent implementations of the same APIs and
/// unrelated code (docs/verdict.md). It grades: each feature contributes monotonically, none needs a unit to pass
/// an assignment threshold (soft coverage, literals and internal words are measured whatever matched).
public enum ScoreModel {
    /// The features in the fitted order: containment, reverse containment, strong matches / 20, soft coverage,
    /// shared literals, internal words, order − 0.5, comments, call graph, private helper names kept. Public names kept
    /// is not one: independent implementations of an API keep them by construction.
    /// The single-unit family reads its unit's best similarity (soft coverage) and the unit's size as smallness,
    /// ln(1000 / structure tokens): how alike unrelated functions of one size are by chance depends on the size, so
    /// at one similarity a smaller function is the more telling (the fitted weights are non-negative).
    public static func features(_ e: VerdictEvidence, _ c: EvidenceChannels, family: RelationFamily) -> [Double] {
        if family == .crossLanguageSingleUnit { return [c.softCoverage, Foundation.log(1000 / Double(max(1, c.referenceTokens)))] }
        return [e.containment, e.reverseContainment, min(Double(e.strongMatches), 20) / 20, c.softCoverage, c.literals,
                c.internalWords, c.order - 0.5, c.comments, c.callGraph, c.privateNames]
    }

    /// Weights (bias first) and threshold of `family`: the library families' from scripts/fit_verdict.py, the
    /// single-unit family's from scripts/fit_single_unit.py.
    static func model(_ family: RelationFamily) -> (weights: [Double], threshold: Double)? {
        family == .crossLanguageSingleUnit ? singleUnit : fitted[family]
    }

    /// The probability of derivation for `family`, in 0...1.
    public static func score(_ e: VerdictEvidence, _ c: EvidenceChannels, family: RelationFamily) -> Double {
        guard let model = model(family) else { return 0 }
        let x = features(e, c, family: family)
        var z = model.weights.first ?? 0
        for (w, v) in zip(model.weights.dropFirst(), x) { z += w * v }
        return 1 / (1 + Foundation.exp(-max(-30, min(30, z))))
    }

    /// The names of the features of `family`, as the report prints them.
    public static func featureNames(_ family: RelationFamily) -> [String] {
        family == .crossLanguageSingleUnit ? ["soft_coverage", "reference_smallness"] : libraryFeatureNames
    }
    static let libraryFeatureNames = ["containment", "reverse_containment", "strong_matches", "soft_coverage", "literals",
                                      "internal_words", "order", "comments", "call_graph", "private_names"]

    /// The channels that carried the score: each evidence feature's contribution (weight × value) to the log-odds,
    /// largest first, positive ones only. A function's size calibrates its similarity; it is no evidence.
    public static func carriedBy(_ e: VerdictEvidence, _ c: EvidenceChannels, family: RelationFamily) -> [(channel: String, weight: Double)] {
        guard let model = model(family) else { return [] }
        let contributions = zip(featureNames(family), zip(model.weights.dropFirst(), features(e, c, family: family)).map { $0 * $1 })
        return contributions.filter { $0.1 > 0 && !contextFeatures.contains($0.0) }.sorted { $0.1 > $1.1 }.map { (channel: $0.0, weight: $0.1) }
    }
    /// Features that calibrate the evidence rather than being evidence: never listed as carrying a score.
    static let contextFeatures: Set<String> = ["reference_smallness"]

    /// The score from which a pair is a `partial-clone` for `family`: the lowest that flags no independent
    /// implementation or unrelated pair of the fitted set, plus a margin.
    public static func threshold(_ family: RelationFamily) -> Double { model(family)?.threshold ?? 1 }
}

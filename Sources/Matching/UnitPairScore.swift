import Foundation
import Analysis
import Shingles

/// Which evidence channel carried a unit match.
public enum EvidenceChannel: String, Sendable, Codable {
    /// Same token sequence after renaming and reformatting (same language).
    case structure
    /// Canonical AST shape plus identifier sub-words and literals (ports and rewrites).
    case crossLanguage = "shape+words"
    /// Copied literals dominate (tables, messages): shared data rather than code.
    case literals
}

/// The verified similarity of a reference unit and a suspect unit, per channel.
public struct UnitPairScore: Sendable {
    public var structure: Double
    public var shape: Double
    public var subwords: Double
    public var literals: Double
    /// Whether the names share their sub-words (`parse_header` ~ `ParseHeader`).
    public var sameName: Bool
    /// Combined score in 0...1.
    public var combined: Double
    public var channel: EvidenceChannel

    /// Scores `r` (reference) against `s` (suspect) on exact shingle sets.
    /// Containment is measured from the reference side: a clone adds code around what it took.
    public static func score(_ r: UnitFeatures, _ s: UnitFeatures, sameLanguage: Bool, subwordWeights: SubwordWeights?,
                             namesMatch: Bool? = nil, weightArrays: ([Double], [Double])? = nil) -> UnitPairScore {
        let structure: Double
        if sameLanguage && !r.structure.isEmpty {
            let c = r.structure.mutualContainment(s.structure)
            structure = min(c.ofSelf, c.ofOther + 0.25)
        } else {
            structure = 0
        }
        let shape = r.shapes.isEmpty || s.shapes.isEmpty ? 0 : r.shapes.jaccard(s.shapes)
        let subwords: Double
        if let (rw, sw) = weightArrays {
            subwords = SubwordWeights.weightedJaccard(r.subwords, rw, s.subwords, sw)
        } else if let subwordWeights {
            subwords = subwordWeights.weightedJaccard(r.subwords, s.subwords)
        } else {
            subwords = r.subwords.isEmpty || s.subwords.isEmpty ? 0 : r.subwords.jaccard(s.subwords)
        }
        let literals = r.literals.distinctCount < 2 ? 0 : r.literals.containment(in: s.literals)
        let sameName = namesMatch ?? (!r.name.isEmpty && normalizedName(r.name) == normalizedName(s.name) && r.name != "<top-level>")
        // Cross-language evidence: no single channel suffices; shape alone is the topic, sub-words
        // alone the vocabulary of the domain. Their product-like combination is what derivation leaves.
        // A reference unit without identifier words (single-letter names only) gives the word channel nothing to
        // measure: absent evidence is not evidence against, so its weight goes to the channels the unit has.
        let hasLiterals = r.literals.distinctCount >= 2
        var cross: Double
        if !r.subwords.isEmpty {
            cross = 0.40 * shape + 0.40 * subwords + 0.20 * (hasLiterals ? literals : subwords)
        } else {
            cross = hasLiterals ? (0.40 * shape + 0.20 * literals) / 0.60 : shape
        }
        // Ports copy literal tables (messages, regular expressions) almost verbatim.
        if r.literals.distinctCount >= 5 && literals >= 0.5 { cross = max(cross, 0.5 * literals + 0.25 * shape + 0.25 * subwords) }
        if sameName { cross = min(1, cross + 0.10) }
        if r.parameterCount != s.parameterCount && abs(r.parameterCount - s.parameterCount) > 1 { cross *= 0.85 }
        let sizeFactor = Self.sizeFactor(tokens: min(r.tokenCount, s.tokenCount))
        let structureScore = structure * sizeFactor
        cross *= sizeFactor
        var combined = max(structureScore, cross)
        var channel: EvidenceChannel = sameLanguage && structureScore >= cross - 0.15 ? .structure : .crossLanguage
        // Data-like units (tables of literals) whose literals match are shared data, not copied code.
        let dataLike = r.literals.count * 5 > r.tokenCount
        if dataLike && literals >= 0.6 && shape < 0.6 {
            channel = .literals
            combined = max(combined, literals * 0.9 * sizeFactor)
        }
        return UnitPairScore(structure: structureScore, shape: shape, subwords: subwords, literals: literals,
                             sameName: sameName, combined: combined, channel: channel)
    }

    public static func normalizedName(_ name: String) -> String { NameKey.normalized(name) }

    /// How much a match between units of `tokens` tokens (the smaller side) is worth: small units match by chance,
    /// a three-line getter looks like every other getter. 0.6 at no tokens, 1 from 60.
    public static func sizeFactor(tokens: Int) -> Double { 0.6 + 0.4 * min(1, Double(tokens) / 60) }
}

/// Inverse-document-frequency weights of identifier sub-words: rare words weigh more.
public struct SubwordWeights: Sendable {
    private var weights: [UInt64: Double]
    private let defaultWeight: Double

    /// Weights from the number of units (of both sides) each sub-word hash occurs in.
    public init(documents: [ShingleBag]) { self.init(documents: documents, restrictedTo: nil) }

    /// Weights as `init(documents:)` gives them, computed only for the hashes in `wanted` (every other hash gets the
    /// default weight): the same values for those hashes at a fraction of the cost when few of them matter.
    public init(documents: [ShingleBag], restrictedTo wanted: Set<UInt64>?) {
        var df: [UInt64: Int] = [:]
        if let wanted {
            df.reserveCapacity(wanted.count)
            // Most of the documents' hashes are not wanted: one bit test rejects them before the set look-up.
            var maybeWanted = CandidateSearch.WantedBits()
            for h in wanted { maybeWanted.insert(h) }
            for doc in documents { for h in doc.sortedHashes where maybeWanted.mayContain(h) && wanted.contains(h) { df[h, default: 0] += 1 } }
        } else {
            for doc in documents { for h in doc.sortedHashes { df[h, default: 0] += 1 } }
        }
        // A comparison of a few units cannot tell a common word from a rare one: with two units, a word both share
        // would weigh a quarter of a word only one has, so the evidence a port leaves counts against it. Absent
        // units are taken as units without the word, up to `minimumDocuments`: IDF from a handful of units is then
        // close to plain Jaccard, and unchanged once a comparison has that many units.
        let n = Double(max(documents.count, Self.minimumDocuments))
        var w: [UInt64: Double] = [:]
        for (h, c) in df { w[h] = log((n + 1) / (Double(c) + 0.5)) }
        weights = w
        defaultWeight = log(n + 1)
    }

    /// The fewest units a weight's document count is taken over (see `init(documents:restrictedTo:)`).
    public static let minimumDocuments = 32

    func weight(_ h: UInt64) -> Double { weights[h] ?? defaultWeight }

    /// The weight of each of `bag`'s hashes, aligned with `sortedHashes` (computed once per unit).
    public func weights(for bag: ShingleBag) -> [Double] { bag.sortedHashes.map(weight) }

    /// IDF-weighted Jaccard from precomputed per-unit weights: no dictionary lookups in the pair loop.
    public static func weightedJaccard(_ a: ShingleBag, _ aw: [Double], _ b: ShingleBag, _ bw: [Double]) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        var i = 0, j = 0, inter = 0.0, union = 0.0
        let x = a.sortedHashes, y = b.sortedHashes
        while i < x.count && j < y.count {
            if x[i] < y[j] { union += aw[i]; i += 1 }
            else if y[j] < x[i] { union += bw[j]; j += 1 }
            else { inter += aw[i]; union += aw[i]; i += 1; j += 1 }
        }
        while i < x.count { union += aw[i]; i += 1 }
        while j < y.count { union += bw[j]; j += 1 }
        return union > 0 ? inter / union : 0
    }

    /// IDF-weighted Jaccard of two sets.
    public func weightedJaccard(_ a: ShingleBag, _ b: ShingleBag) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        var i = 0, j = 0, inter = 0.0, union = 0.0
        let x = a.sortedHashes, y = b.sortedHashes
        while i < x.count || j < y.count {
            if j >= y.count || (i < x.count && x[i] < y[j]) { union += weight(x[i]); i += 1 }
            else if i >= x.count || y[j] < x[i] { union += weight(y[j]); j += 1 }
            else { let w = weight(x[i]); inter += w; union += w; i += 1; j += 1 }
        }
        return union > 0 ? inter / union : 0
    }
}

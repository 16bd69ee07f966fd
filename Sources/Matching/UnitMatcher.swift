import Foundation
import Analysis
import Shingles
import Sketch

/// A unit of a repository, addressed by file and unit index.
public struct UnitRef: Sendable, Hashable {
    public var file: Int
    public var unit: Int
    public init(file: Int, unit: Int) { self.file = file; self.unit = unit }
}

/// A verified, assigned pair of units.
public struct UnitMatch: Sendable {
    public var reference: UnitRef
    public var suspect: UnitRef
    public var score: UnitPairScore
    /// Matched lines on each side (refined by shared fingerprints where the structure matched).
    public var referenceLines: ClosedRange<UInt32>
    public var suspectLines: ClosedRange<UInt32>
}

/// Finds candidate unit pairs with LSH over MinHash signatures, verifies them on exact shingle
/// sets and assigns them one-to-one (greedy on score, a 1/2-approximation of the maximum-weight matching).
public struct UnitMatcher: Sendable {
    /// Candidate threshold on the estimated Jaccard of signatures; low, so verification decides.
    public var lshThreshold = 0.3
    /// A pair is a match at or above this combined score.
    public var matchThreshold = 0.55
    /// Threshold for pairs in different languages: ports keep less of any single channel.
    public var crossLanguageMatchThreshold = Double(ProcessInfo.processInfo.environment["CLONESCAN_TUNE_CROSS"] ?? "") ?? 0.4
    /// Threshold for same-language pairs carried by shapes and words rather than token structure (rewrites).
    public var rewriteMatchThreshold = Double(ProcessInfo.processInfo.environment["CLONESCAN_TUNE_REWRITE"] ?? "") ?? 0.45
    /// At most this many candidates per reference unit are verified.
    public var maxCandidates = 64

    public init() {}

    /// Matches the leaf units of `reference` against the units of `suspect`.
    /// Boilerplate is removed beforehand by `BoilerplateFilter`, so every shingle here counts.
    public func match(reference: RepositoryFeatures, suspect: RepositoryFeatures, parameters: AnalysisParameters) throws -> [UnitMatch] {
        // Recall matters more than precision here: every candidate is verified on exact sets afterwards.
        let lsh = LSHParameters.optimal(threshold: lshThreshold, numPerm: parameters.minhash.numPerm,
                                        falsePositiveWeight: 0.2, falseNegativeWeight: 0.8)
        let refUnits = Self.evidenceUnits(reference, parameters)
        let susUnits = Self.evidenceUnits(suspect, parameters)
        guard !refUnits.isEmpty, !susUnits.isEmpty else { return [] }

        // Band tables of the suspect side, one per channel.
        var structureTable: [UInt64: [Int]] = [:], crossTable: [UInt64: [Int]] = [:]
        for (i, ref) in susUnits.enumerated() {
            let u = suspect.files[ref.file].units[ref.unit]
            for key in try lsh.bandKeys(u.structureSignature) { structureTable[key, default: []].append(i) }
            for key in try lsh.bandKeys(u.crossSignature) { crossTable[key, default: []].append(i) }
        }
        // Literal route: ports keep messages and tables even when structure and names change.
        var literalTable: [UInt64: [Int]] = [:]
        for (i, ref) in susUnits.enumerated() {
            for h in suspect.files[ref.file].units[ref.unit].literals.sortedHashes { literalTable[h, default: []].append(i) }
        }
        literalTable = literalTable.filter { $0.value.count <= 16 }
        var documents: [ShingleBag] = []
        for ref in refUnits { documents.append(reference.files[ref.file].units[ref.unit].subwords) }
        for ref in susUnits { documents.append(suspect.files[ref.file].units[ref.unit].subwords) }
        let weights = SubwordWeights(documents: documents)

        // Normalised names once per unit: comparing them per candidate pair was a hotspot.
        let refNames = refUnits.map { u -> String in let f = reference.files[u.file].units[u.unit]; return f.name == "<top-level>" ? "" : UnitPairScore.normalizedName(f.name) }
        let susNames = susUnits.map { UnitPairScore.normalizedName(suspect.files[$0.file].units[$0.unit].name) }
        let refWeights = refUnits.map { weights.weights(for: reference.files[$0.file].units[$0.unit].subwords) }
        let susWeights = susUnits.map { weights.weights(for: suspect.files[$0.file].units[$0.unit].subwords) }
        var pairs: [(r: Int, s: Int, score: UnitPairScore)] = []
        for (ri, rref) in refUnits.enumerated() {
            let r = reference.files[rref.file].units[rref.unit]
            var hits: [Int: Int] = [:]
            for key in try lsh.bandKeys(r.structureSignature) { for s in structureTable[key] ?? [] { hits[s, default: 0] += 1 } }
            for key in try lsh.bandKeys(r.crossSignature) { for s in crossTable[key] ?? [] { hits[s, default: 0] += 1 } }
            for h in r.literals.sortedHashes { for s in literalTable[h] ?? [] { hits[s, default: 0] += 1 } }
            let ranked = hits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(maxCandidates)
            for (si, _) in ranked {
                let sref = susUnits[si]
                let s = suspect.files[sref.file].units[sref.unit]
                let sameLanguage = reference.files[rref.file].language == suspect.files[sref.file].language
                let score = UnitPairScore.score(r, s, sameLanguage: sameLanguage, subwordWeights: weights,
                                                namesMatch: !refNames[ri].isEmpty && refNames[ri] == susNames[si],
                                                weightArrays: (refWeights[ri], susWeights[si]))
                let threshold = !sameLanguage ? crossLanguageMatchThreshold : (score.channel == .structure ? matchThreshold : rewriteMatchThreshold)
                if score.combined >= threshold { pairs.append((ri, si, score)) }
            }
        }
        // One-to-one assignment, best pairs first; ties broken by position for reproducibility.
        pairs.sort { $0.score.combined != $1.score.combined ? $0.score.combined > $1.score.combined : ($0.r, $0.s) < ($1.r, $1.s) }
        var usedR = Set<Int>(), usedS = Set<Int>()
        var matches: [UnitMatch] = []
        for p in pairs where !usedR.contains(p.r) && !usedS.contains(p.s) {
            usedR.insert(p.r); usedS.insert(p.s)
            let rref = refUnits[p.r], sref = susUnits[p.s]
            let r = reference.files[rref.file].units[rref.unit], s = suspect.files[sref.file].units[sref.unit]
            let (rl, sl) = Self.alignedLines(r, s, channel: p.score.channel)
            matches.append(UnitMatch(reference: rref, suspect: sref, score: p.score, referenceLines: rl, suspectLines: sl))
        }
        return matches
    }

    /// Leaf units big enough to count, and not made only of excluded (boilerplate) shingles.
    public static func evidenceUnits(_ repo: RepositoryFeatures, _ p: AnalysisParameters) -> [UnitRef] {
        var out: [UnitRef] = []
        for (fi, f) in repo.files.enumerated() {
            for (ui, u) in f.units.enumerated() where u.isLeaf && u.counts(p) { out.append(UnitRef(file: fi, unit: ui)) }
        }
        return out
    }

    /// The line ranges covered by fingerprints the two units share; the whole units otherwise.
    static func alignedLines(_ r: UnitFeatures, _ s: UnitFeatures, channel: EvidenceChannel) -> (ClosedRange<UInt32>, ClosedRange<UInt32>) {
        let whole = (r.startLine...max(r.startLine, r.endLine), s.startLine...max(s.startLine, s.endLine))
        guard channel == .structure else { return whole }
        let shared = Set(r.fingerprints.map(\.hash)).intersection(s.fingerprints.map(\.hash))
        let rl = r.fingerprints.filter { shared.contains($0.hash) }.map(\.line)
        let sl = s.fingerprints.filter { shared.contains($0.hash) }.map(\.line)
        guard let r0 = rl.min(), let r1 = rl.max(), let s0 = sl.min(), let s1 = sl.max() else { return whole }
        return (r0...max(r1, r0), s0...max(s1, s0))
    }
}

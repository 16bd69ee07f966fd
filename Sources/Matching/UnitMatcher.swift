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
    public var crossLanguageMatchThreshold = 0.4
    /// Threshold for same-language pairs carried by shapes and words rather than token structure (rewrites).
    public var rewriteMatchThreshold = 0.45
    /// A unit is never paired with a literal table more than this many times its code lines (or the reverse): a
    /// 10-line function is not "found" inside a 778-line table. Between code units the pair stands (a rewrite merges
    /// helpers), but a match never counts more than this many times the other side's lines in a share.
    public var maxLineRatio = 4
    /// At most this many candidates per reference unit are verified.
    public var maxCandidates = 64
    /// Suspect units tabulated, and reference units scored, per slice of work on its own core (fewer run as one
    /// slice). Slices change the speed only, never the answer.
    var sliceUnits = (suspect: 4096, reference: 64)

    public init() {}

    /// Every reference unit's candidates, with every suspect unit added when the suspect has no more evidence units
    /// than `limit`: LSH is a shortcut past a budget of verifications, and a small suspect fits the budget whole.
    /// A one-function port whose signatures share no band with its original (a Python `for … in range` against a
    /// Java counted loop) is then still verified and graded instead of contributing nothing.
    static func toppedUp(_ candidates: [[Int]], suspectUnits: Int, limit: Int) -> [[Int]] {
        guard suspectUnits <= limit else { return candidates }
        return candidates.map { list in
            var listed = [Bool](repeating: false, count: suspectUnits)
            for s in list { listed[s] = true }
            return list + (0..<suspectUnits).filter { !listed[$0] }
        }
    }

    /// Matches the leaf units of `reference` against the units of `suspect`.
    /// Boilerplate is removed beforehand by `BoilerplateFilter`, so every shingle here counts.
    public func match(reference: RepositoryFeatures, suspect: RepositoryFeatures, parameters: AnalysisParameters) throws -> [UnitMatch] {
        try matchGraded(reference: reference, suspect: suspect, parameters: parameters).matches
    }

    /// `match`, plus the best combined similarity any verified candidate reached with each reference evidence unit,
    /// whether or not it passed a threshold (the graded evidence the score uses when few units match), and which
    /// suspect unit reached it.
    public func matchGraded(reference: RepositoryFeatures, suspect: RepositoryFeatures, parameters: AnalysisParameters) throws
        -> (matches: [UnitMatch], best: [UnitRef: Double], bestCandidate: [UnitRef: UnitRef])
    {
        let lsh = candidateLSH(parameters)
        let refUnits = Self.evidenceUnits(reference, parameters)
        let susUnits = Self.evidenceUnits(suspect, parameters)
        guard !refUnits.isEmpty, !susUnits.isEmpty else { return ([], [:], [:]) }

        // The reference's band keys and literals first: the suspect's tables keep only what some reference unit
        // can look up, so the work per suspect unit is a few set probes, whatever the suspect's size.
        let keys = try CandidateSearch.ReferenceKeys(reference, units: refUnits, lsh: lsh)
        // Slices of the suspect tabulated on all cores, merged in order (each key's positions stay increasing).
        var tables = CandidateSearch.SuspectTables()
        for part in try SlicedWork.map(SlicedWork.ranges(susUnits.count, minimum: sliceUnits.suspect), { range in
            var part = CandidateSearch.SuspectTables()
            for i in range { try part.add(suspect.files[susUnits[i].file].units[susUnits[i].unit], at: i, keys: keys, lsh: lsh) }
            return part
        }) { tables.append(part) }
        let candidates = Self.toppedUp(tables.candidates(reference, units: refUnits, keys: keys, limit: maxCandidates),
                                       suspectUnits: susUnits.count, limit: maxCandidates)
        var isCandidate = [Bool](repeating: false, count: susUnits.count)
        for list in candidates { for s in list { isCandidate[s] = true } }

        // Sub-word weights (IDF over every unit of both sides), looked up only for the hashes a verified pair can touch.
        var documents: [ShingleBag] = []
        documents.reserveCapacity(refUnits.count + susUnits.count)
        var needed = Set<UInt64>()
        for ref in refUnits {
            let bag = reference.files[ref.file].units[ref.unit].subwords
            documents.append(bag); needed.formUnion(bag.sortedHashes)
        }
        for (i, ref) in susUnits.enumerated() {
            let bag = suspect.files[ref.file].units[ref.unit].subwords
            documents.append(bag)
            if isCandidate[i] { needed.formUnion(bag.sortedHashes) }
        }
        let weights = SubwordWeights(documents: documents, restrictedTo: needed)

        // Normalised names and weight arrays once per candidate (comparing them per pair was a hotspot), on all cores.
        let candidatePositions = susUnits.indices.filter { isCandidate[$0] }
        var names = [String](repeating: "", count: susUnits.count), unitWeights = [[Double]](repeating: [], count: susUnits.count)
        for (k, part) in try SlicedWork.map(SlicedWork.ranges(candidatePositions.count, minimum: max(1, sliceUnits.suspect / 4)), { range in
            range.map { k -> (String, [Double]) in
                let s = suspect.files[susUnits[candidatePositions[k]].file].units[susUnits[candidatePositions[k]].unit]
                return (UnitPairScore.normalizedName(s.name), weights.weights(for: s.subwords))
            }
        }).joined().enumerated() {
            (names[candidatePositions[k]], unitWeights[candidatePositions[k]]) = part
        }
        let (susNames, susWeights) = (names, unitWeights)
        // Candidate pairs scored on all cores, a slice of the reference's units each; pairs come back in the order
        // one loop would give (and are sorted below anyway), each reference unit's best score from its own slice.
        let scored = try SlicedWork.map(SlicedWork.ranges(refUnits.count, minimum: sliceUnits.reference)) { range in
            var pairs: [(r: Int, s: Int, score: UnitPairScore)] = []
            var best: [UnitRef: Double] = [:]
            var bestCandidate: [UnitRef: UnitRef] = [:]
            for ri in range where !candidates[ri].isEmpty {
                let rref = refUnits[ri]
                let r = reference.files[rref.file].units[rref.unit]
                let refName = r.name == "<top-level>" ? "" : UnitPairScore.normalizedName(r.name)
                let refWeights = weights.weights(for: r.subwords)
                // This unit's best so far, kept here rather than looked up in the dictionaries for every candidate.
                var bestScore = 0.0, bestSuspect: UnitRef?
                defer { if let bestSuspect { best[rref] = bestScore; bestCandidate[rref] = bestSuspect } }
                for si in candidates[ri] {
                    let sref = susUnits[si]
                    let s = suspect.files[sref.file].units[sref.unit]
                    // A function is never "found" in a table many times its size (or a table in a function). Size is
                    // lines and tokens both: one table written 16 entries a line in Perl and one a line in Python is
                    // the same table, 20 lines against 258.
                    let (small, large) = (min(r.codeLines, s.codeLines), max(r.codeLines, s.codeLines))
                    if large > maxLineRatio * max(1, small), max(r.tokenCount, s.tokenCount) > maxLineRatio * max(1, min(r.tokenCount, s.tokenCount)),
                       UnitCategory.isTableLike(r) || UnitCategory.isTableLike(s) { continue }
                    let sameLanguage = reference.files[rref.file].language == suspect.files[sref.file].language
                    let score = UnitPairScore.score(r, s, sameLanguage: sameLanguage, subwordWeights: weights,
                                                    namesMatch: !refName.isEmpty && refName == susNames[si], weightArrays: (refWeights, susWeights[si]))
                    let threshold = !sameLanguage ? crossLanguageMatchThreshold : (score.channel == .structure ? matchThreshold : rewriteMatchThreshold)
                    if score.combined >= threshold { pairs.append((ri, si, score)) }
                    if score.combined > bestScore { bestScore = score.combined; bestSuspect = sref }
                }
            }
            return (pairs, best, bestCandidate)
        }
        var pairs = scored.flatMap(\.0)
        var best: [UnitRef: Double] = [:]
        var bestCandidate: [UnitRef: UnitRef] = [:]
        for part in scored {
            best.merge(part.1) { a, _ in a }
            bestCandidate.merge(part.2) { a, _ in a }
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
        return (matches, best, bestCandidate)
    }

    /// The LSH banding of candidate search. Recall matters more than precision here: every candidate is verified on
    /// exact sets afterwards.
    func candidateLSH(_ parameters: AnalysisParameters) -> LSHParameters {
        LSHParameters.optimal(threshold: lshThreshold, numPerm: parameters.minhash.numPerm, falsePositiveWeight: 0.2, falseNegativeWeight: 0.8)
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

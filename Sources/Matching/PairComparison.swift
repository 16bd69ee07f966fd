import Analysis

/// The one comparison every job runs on a (reference, suspect) pair: the unit matches, the shares of
/// each side they cover, the verdict evidence, the verdict and the score.
///
/// `compare`, `query` and `audit` all build their answers from this value, so one pair gets one answer
/// whichever command asked. Containment is always the share of the reference's leaf-unit lines that
/// are matched; the reverse share is the suspect's.
public struct PairComparison: Sendable {
    /// The assigned unit pairs, ranked (best first; ties by reference path and line, then suspect path and line).
    public var matches: [UnitMatch]
    /// The reference's evidence units (leaf units big enough to count), of every category.
    public var referenceUnits: [UnitRef]
    /// The suspect's evidence units.
    public var suspectUnits: [UnitRef]
    /// Code lines of the reference's evidence units that count for the share (code units; all when there are none).
    public var referenceLines: Int
    /// The same for the suspect.
    public var suspectLines: Int
    /// Counted reference lines covered by a match.
    public var matchedReferenceLines: Int
    /// Counted suspect lines covered by a match.
    public var matchedSuspectLines: Int
    /// What the verdict was decided from.
    public var evidence: VerdictEvidence
    public var verdict: Verdict
    /// Why `related` was chosen, when it was.
    public var reason: String?
    /// The calibrated score in 0...1.
    public var score: Double
    /// The languages seen on each side (most files first) and whether they differ.
    public var relation: Relation
    /// Matched units and lines that are data tables or tests, per side: reported on their own, not in the shares.
    public var alsoCopied: AlsoCopied
    /// Repository-level evidence beyond the assigned matches (soft coverage, literals, internal words, names, order).
    public var channels: EvidenceChannels
    /// The channels that carried the score, largest contribution first.
    public var carriedBy: [String]
    /// Where the comment and call-graph channels found their evidence.
    public var channelExamples: [ChannelExample]
    /// Set when the public API persists while the score stays at the level of independent implementations:
    /// what a clean-room rewrite that keeps an API looks like. The verdict stays `related` or `not-clone`.
    public var apiCompatibleReimplementation: String?

    /// Share of the reference's leaf-unit lines that are matched.
    public var containment: Double { evidence.containment }
    /// Share of the suspect's leaf-unit lines that are matched.
    public var reverseContainment: Double { evidence.reverseContainment }
}

/// What was matched outside the copied share: data tables and tests (`UnitCategory`).
public struct AlsoCopied: Sendable, Equatable {
    /// Reference data units matched, and their code lines.
    public var dataUnits = 0, dataLines = 0
    /// Reference test units matched, and their code lines.
    public var testUnits = 0, testLines = 0
    /// Reference data lines in all (matched or not), for the share of the tables that was taken.
    public var referenceDataLines = 0

    public init() {}
}

/// `same-language`, or a port between the two sides' main languages.
public struct Relation: Sendable, Equatable, CustomStringConvertible {
    public var referenceLanguage: String?
    public var suspectLanguage: String?
    /// Whether the reference's main language is absent from the suspect.
    public var crossLanguage: Bool

    /// The relation of repositories whose languages, most files first, are these.
    public init(referenceLanguages: [String], suspectLanguages: [String]) {
        referenceLanguage = referenceLanguages.first
        suspectLanguage = suspectLanguages.first
        crossLanguage = !(referenceLanguages.first.map { suspectLanguages.contains($0) } ?? true)
    }

    /// `same-language` or `port python -> go`, as reports print it.
    public var description: String {
        crossLanguage ? "port \(referenceLanguage ?? "?") -> \(suspectLanguage ?? "?")" : "same-language"
    }
}

/// Runs the unit matcher on a pair and decides the verdict: the single evidence builder of every job.
public struct PairComparer: Sendable {
    public var parameters: AnalysisParameters
    public var matcher = UnitMatcher()
    /// Whether matched data tables are evidence of copying on their own: true when an index's document frequencies
    /// removed the tables many repositories share (HTML entities, Unicode data), so what still matches is specific.
    public var dataTablesAreEvidence = false

    public init(parameters: AnalysisParameters) { self.parameters = parameters }

    /// Compares `reference` with `suspect`, both already cleared of boilerplate (see `BoilerplateFilter.forPair`).
    /// - Complexity: the matcher's: linear in units plus the verified candidate pairs.
    public func compare(reference: RepositoryFeatures, suspect: RepositoryFeatures) throws -> PairComparison {
        let (matches, best, bestCandidate) = try matcher.matchGraded(reference: reference, suspect: suspect, parameters: parameters)
        let refUnits = UnitMatcher.evidenceUnits(reference, parameters)
        let susUnits = UnitMatcher.evidenceUnits(suspect, parameters)
        func unit(_ repo: RepositoryFeatures, _ ref: UnitRef) -> UnitFeatures { repo.files[ref.file].units[ref.unit] }
        // Each evidence unit's category, once (a test path is decided once per file).
        func categories(_ repo: RepositoryFeatures, _ refs: [UnitRef]) -> [UnitRef: UnitCategory] {
            var testFile: [Int: Bool] = [:]
            var out: [UnitRef: UnitCategory] = [:]
            out.reserveCapacity(refs.count)
            for ref in refs {
                let isTest = testFile[ref.file] ?? TestPaths.isTest(repo.files[ref.file].path)
                testFile[ref.file] = isTest
                out[ref] = isTest ? .test : UnitCategory.ofCode(unit(repo, ref))
            }
            return out
        }
        let refCategory = categories(reference, refUnits), susCategory = categories(suspect, susUnits)
        // The copied share is over code units; a side with no code unit at all (only tables or tests) is measured whole.
        func counted(_ repo: RepositoryFeatures, _ refs: [UnitRef], _ category: [UnitRef: UnitCategory]) -> (Set<UnitRef>, lines: Int) {
            let code = refs.filter { category[$0] == .code }
            let chosen = code.isEmpty ? refs : code
            return (Set(chosen), chosen.reduce(0) { $0 + unit(repo, $1).codeLines })
        }
        let (refCounted, refLines) = counted(reference, refUnits, refCategory)
        let (susCounted, susLines) = counted(suspect, susUnits, susCategory)
        // A match never counts more than `maxLineRatio` times the other side's lines (a small function "found" in a
        // large one must not inflate a share).
        let ratio = matcher.maxLineRatio
        var matchedRef = 0, matchedSus = 0, literalLines = 0
        var also = AlsoCopied()
        for ref in refUnits where refCategory[ref] == .data { also.referenceDataLines += unit(reference, ref).codeLines }
        for m in matches {
            let r = unit(reference, m.reference), s = unit(suspect, m.suspect)
            let rLines = min(r.codeLines, ratio * max(1, s.codeLines)), sLines = min(s.codeLines, ratio * max(1, r.codeLines))
            if refCounted.contains(m.reference) {
                matchedRef += rLines
                if m.score.channel == .literals { literalLines += rLines }
            } else if refCategory[m.reference] == .data {
                also.dataUnits += 1; also.dataLines += r.codeLines
            } else {
                also.testUnits += 1; also.testLines += r.codeLines
            }
            if susCounted.contains(m.suspect) { matchedSus += sLines }
        }
        let relation = Relation(referenceLanguages: reference.languages, suspectLanguages: suspect.languages)
        let counted = matches.filter { refCounted.contains($0.reference) }
        // Verbatim copies, counted on the matcher's size-discounted similarity (units under 60 tokens can reach 0.9
        // only when nearly identical: counting them on the raw similarity flagged an independent implementation
        // with three 40-token look-alikes). Their share of the reference is taken on the raw similarity: a
        // 40-token function that is half the reference and copied token for token is a copy.
        let verbatim = counted.filter { m in
            m.score.channel == .structure && m.score.structure >= VerdictModel.verbatimStructure
                && min(unit(reference, m.reference).tokenCount, unit(suspect, m.suspect).tokenCount) >= VerdictModel.verbatimTokens
        }
        let sameSequence = counted.filter { m in
            let tokens = min(unit(reference, m.reference).tokenCount, unit(suspect, m.suspect).tokenCount)
            return m.score.channel == .structure && tokens >= VerdictModel.verbatimTokens
                && m.score.structure / UnitPairScore.sizeFactor(tokens: tokens) >= VerdictModel.verbatimStructure
        }
        let evidence = VerdictEvidence(
            containment: refLines > 0 ? min(1, Double(matchedRef) / Double(refLines)) : 0,
            reverseContainment: susLines > 0 ? min(1, Double(matchedSus) / Double(susLines)) : 0,
            strongMatches: counted.filter { $0.score.combined >= VerdictModel.strongMatch }.count,
            matchedUnits: counted.count, referenceUnits: refCounted.count,
            meanScore: counted.isEmpty ? 0 : counted.reduce(0) { $0 + $1.score.combined } / Double(counted.count),
            literalShare: matchedRef > 0 ? Double(literalLines) / Double(matchedRef) : 0,
            crossLanguage: relation.crossLanguage,
            verbatimMatches: verbatim.count,
            verbatimShare: refLines > 0 ? min(1, Double(sameSequence.reduce(0) { $0 + unit(reference, $1.reference).codeLines }) / Double(refLines)) : 0)
        let counterparts = CallEdges.counterparts(bestCandidates: bestCandidate, matches: matches)
        let callEdges = CallEdges.measure(reference: reference, suspect: suspect, referenceUnits: refUnits, counted: refCounted,
                                          counterparts: counterparts)
        let helpers = PrivateHelperNames.kept(reference: reference, suspect: suspect, counted: refCounted, counterparts: counterparts)
        let channels = EvidenceChannels.measure(reference: reference, suspect: suspect, referenceUnits: refUnits, counted: refCounted,
                                                suspectCounted: susCounted, bestScores: best, callEdges: callEdges,
                                                privateHelpers: helpers, matches: matches)
        let family = RelationFamily.of(crossLanguage: relation.crossLanguage, referenceUnits: refCounted.count)
        let score = ScoreModel.score(evidence, channels, family: family)
        var (verdict, reason) = VerdictModel.decide(evidence, score: score, threshold: ScoreModel.threshold(family))
        // Copying large, specific tables is copying, even when little code came with them.
        let tableReason = "copied data tables: \(also.dataUnits) tables, \(also.dataLines) lines, rare in the index (not shared boilerplate)"
        if dataTablesAreEvidence && verdict < .partialClone && also.dataLines >= VerdictModel.copiedTableLines
            && 2 * also.dataLines >= also.referenceDataLines {
            verdict = .partialClone
            reason = tableReason
        } else if verdict >= .partialClone && counted.isEmpty && also.dataUnits > 0 {
            // Say so when the tables are what made the verdict.
            reason = dataTablesAreEvidence ? tableReason : "copied data tables: \(also.dataUnits) tables, \(also.dataLines) lines"
        }
        let ranked = matches.sorted { a, b in
            if a.score.combined != b.score.combined { return a.score.combined > b.score.combined }
            let ka = (reference.files[a.reference.file].path, a.referenceLines.lowerBound)
            let kb = (reference.files[b.reference.file].path, b.referenceLines.lowerBound)
            if ka != kb { return ka < kb }
            return (suspect.files[a.suspect.file].path, a.suspectLines.lowerBound) < (suspect.files[b.suspect.file].path, b.suspectLines.lowerBound)
        }
        return PairComparison(
            matches: ranked, referenceUnits: refUnits, suspectUnits: susUnits, referenceLines: refLines, suspectLines: susLines,
            matchedReferenceLines: matchedRef, matchedSuspectLines: matchedSus, evidence: evidence, verdict: verdict,
            reason: reason, score: score, relation: relation, alsoCopied: also, channels: channels,
            carriedBy: ScoreModel.carriedBy(evidence, channels, family: family).prefix(3).map(\.channel),
            channelExamples: ChannelExample.find(reference: reference, suspect: suspect, referenceUnits: refUnits, counted: refCounted,
                                                 counterparts: counterparts, callEdges: callEdges, privateHelpers: helpers),
            apiCompatibleReimplementation: verdict < .partialClone && channels.publicNames >= 3 && channels.publicNamesKept >= 0.5
                ? "API-compatible reimplementation: \(Int((channels.publicNamesKept * Double(channels.publicNames)).rounded())) of \(channels.publicNames) public names kept; code similarity at the level of independent implementations"
                : nil)
    }
}

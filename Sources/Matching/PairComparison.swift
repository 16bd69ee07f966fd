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
    /// The reference's evidence units (leaf units big enough to count).
    public var referenceUnits: [UnitRef]
    /// The suspect's evidence units.
    public var suspectUnits: [UnitRef]
    /// Code lines of the reference's evidence units.
    public var referenceLines: Int
    /// Code lines of the suspect's evidence units.
    public var suspectLines: Int
    /// Reference evidence lines covered by a match.
    public var matchedReferenceLines: Int
    /// Suspect evidence lines covered by a match.
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

    /// Share of the reference's leaf-unit lines that are matched.
    public var containment: Double { evidence.containment }
    /// Share of the suspect's leaf-unit lines that are matched.
    public var reverseContainment: Double { evidence.reverseContainment }
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

    public init(parameters: AnalysisParameters) { self.parameters = parameters }

    /// Compares `reference` with `suspect`, both already cleared of boilerplate (see `BoilerplateFilter.forPair`).
    /// - Complexity: the matcher's: linear in units plus the verified candidate pairs.
    public func compare(reference: RepositoryFeatures, suspect: RepositoryFeatures) throws -> PairComparison {
        let matches = try matcher.match(reference: reference, suspect: suspect, parameters: parameters)
        let refUnits = UnitMatcher.evidenceUnits(reference, parameters)
        let susUnits = UnitMatcher.evidenceUnits(suspect, parameters)
        func lines(_ repo: RepositoryFeatures, _ refs: [UnitRef]) -> Int {
            refs.reduce(0) { $0 + repo.files[$1.file].units[$1.unit].codeLines }
        }
        let refLines = lines(reference, refUnits), susLines = lines(suspect, susUnits)
        let matchedRef = lines(reference, matches.map(\.reference)), matchedSus = lines(suspect, matches.map(\.suspect))
        let literalLines = lines(reference, matches.filter { $0.score.channel == .literals }.map(\.reference))
        let relation = Relation(referenceLanguages: reference.languages, suspectLanguages: suspect.languages)
        let evidence = VerdictEvidence(
            containment: refLines > 0 ? Double(matchedRef) / Double(refLines) : 0,
            reverseContainment: susLines > 0 ? Double(matchedSus) / Double(susLines) : 0,
            strongMatches: matches.filter { $0.score.combined >= VerdictModel.strongMatch }.count,
            matchedUnits: matches.count, referenceUnits: refUnits.count,
            meanScore: matches.isEmpty ? 0 : matches.reduce(0) { $0 + $1.score.combined } / Double(matches.count),
            literalShare: matchedRef > 0 ? Double(literalLines) / Double(matchedRef) : 0,
            crossLanguage: relation.crossLanguage)
        let (verdict, reason) = VerdictModel.decide(evidence)
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
            reason: reason, score: VerdictModel.score(evidence), relation: relation)
    }
}

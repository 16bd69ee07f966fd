import Analysis
import FrontEnd
import Shingles

/// Repository-level evidence beyond the one-to-one unit matches, each a number in 0...1, so the score can use all
/// the evidence and rank even when no unit passes an assignment threshold (issue 18).
///
/// Independent implementations of one API share its public names and its behaviour; a port or an LLM rewrite keeps
/// much more: its private helpers' words, its messages and constants, the order of its functions. Each channel
/// measures one of those, from features both `compare` and the index hold.
public struct EvidenceChannels: Sendable, Equatable, Codable {
    /// Reference code lines weighted by the best similarity any suspect unit reached with them, matched or not:
    /// soft coverage that still grades a port whose units all fall below the assignment thresholds.
    public var softCoverage: Double
    /// Share of the reference's distinct literals (strings, numbers of 3+ characters) found in the suspect; the
    /// denominator is at least ``minLiterals`` (one shared constant of a one-function reference's two is not half of it).
    public var literals: Double
    /// IDF-free containment of the reference's internal identifier sub-words (locals, private helpers, fields:
    /// every sub-word except those of public unit names) in the suspect's; the denominator is at least
    /// ``minInternalWords``, so a one-function reference whose two words (`arr`, `n`) every function of its kind
    /// uses cannot reach 1 by chance.
    public var internalWords: Double
    /// Share of the reference's public function and method names that the suspect keeps (normalised).
    public var publicNamesKept: Double
    /// Public names of the reference (the denominator of `publicNamesKept`).
    public var publicNames: Int
    /// Share of consecutive matched units (in reference order) whose suspect counterparts keep that order,
    /// damped towards 0.5 when fewer than 8 units matched (order of two matches says little).
    public var order: Double
    /// Share of the reference's distinct pairs of consecutive comment and docstring words found in the suspect's
    /// comments (the denominator is at least ``minCommentPairs``, so a reference with a handful of comments cannot
    /// reach 1 by chance): a translated port keeps its comments' phrasing; a reimplementation from a description
    /// shares at most their vocabulary.
    public var comments: Double
    /// Distinct comment word pairs of the reference.
    public var commentPairs: Int

    /// Share of the reference's internal call edges (a unit calling another unit of the reference) that survive
    /// in the suspect when both ends are mapped to their counterparts (the matched unit, else the best verified
    /// candidate): the counterpart of the caller calls the counterpart of the callee by its name. The denominator
    /// is at least ``minCallEdges``. A port keeps who calls whom, private helpers included; an implementation
    /// written from the API decomposes its own way.
    public var callGraph: Double
    /// Internal call edges of the reference.
    public var callEdges: Int
    /// Private helpers of the reference kept by name, as a share of ``minPrivateNames`` (capped at 1): counted units
    /// that are not exported, named with two or more sub-words (`_fancy_replace`), whose counterpart in the suspect (the
    /// matched unit, else the best verified candidate) has the same normalised name (`fancy_replace`, `fancyReplace`).
    /// An implementation written from the API shares the public names by construction and names its helpers its own
    /// way; a port keeps them, however much of the rest it restructured. A count, not a share of the reference's
    /// helpers: a partial port keeps the helpers of what it ported, not of the rest.
    public var privateNames: Double = 0
    /// Private helpers of the reference kept by name (`privateNames` before the cap).
    public var privateNamesKept: Int = 0
    /// Structure tokens of the reference's counted code units: the size a one-function reference's background is
    /// calibrated for (unrelated functions of one size reach a similarity that depends on that size).
    public var referenceTokens: Int = 0

    /// The fewest comment word pairs the `comments` share is taken over.
    public static let minCommentPairs = 16
    /// The fewest call edges the `callGraph` share is taken over.
    public static let minCallEdges = 8
    /// The fewest internal sub-words the `internalWords` share is taken over.
    public static let minInternalWords = 8
    /// The fewest distinct literals the `literals` share is taken over.
    public static let minLiterals = 4
    /// Private helpers kept by name from which `privateNames` is 1 (one shared `_parse_int` is a quarter of it).
    public static let minPrivateNames = 4

    public init(softCoverage: Double = 0, literals: Double = 0, internalWords: Double = 0, publicNamesKept: Double = 0,
                publicNames: Int = 0, order: Double = 0.5, comments: Double = 0, commentPairs: Int = 0,
                callGraph: Double = 0, callEdges: Int = 0) {
        self.softCoverage = softCoverage; self.literals = literals; self.internalWords = internalWords
        self.publicNamesKept = publicNamesKept; self.publicNames = publicNames; self.order = order
        self.comments = comments; self.commentPairs = commentPairs
        self.callGraph = callGraph; self.callEdges = callEdges
    }

    /// The channels of a pair, given its matches and each reference evidence unit's best candidate similarity.
    /// Only counted (code) units take part on either side: tables and tests are reported apart, never evidence here;
    /// and a unit whose every shingle was removed as boilerplate has nothing left to say, not even its name.
    static func measure(reference: RepositoryFeatures, suspect: RepositoryFeatures, referenceUnits: [UnitRef],
                        counted: Set<UnitRef>, suspectCounted: Set<UnitRef>, bestScores: [UnitRef: Double],
                        callEdges: CallEdges, privateHelpers: [PrivateHelperNames.Kept], matches: [UnitMatch]) -> EvidenceChannels {
        func unit(_ repo: RepositoryFeatures, _ ref: UnitRef) -> UnitFeatures { repo.files[ref.file].units[ref.unit] }
        // A share over a floor: a reference with a handful of items cannot reach 1 by chance.
        func share(_ found: Int, of total: Int, atLeast floor: Int) -> Double { Double(found) / Double(max(total, floor)) }
        var out = EvidenceChannels()

        // Soft coverage over the counted (code) units.
        var lines = 0, weighted = 0.0
        for ref in referenceUnits where counted.contains(ref) {
            let l = unit(reference, ref).codeLines
            lines += l
            out.referenceTokens += unit(reference, ref).tokenCount
            weighted += Double(l) * min(1, bestScores[ref] ?? 0)
        }
        out.softCoverage = lines > 0 ? weighted / Double(lines) : 0

        // Literals and words, whole repository against whole repository.
        var refLiterals = Set<UInt64>(), refWords = Set<UInt64>(), publicWords = Set<UInt64>()
        var refComments = Set<UInt64>()
        var refNames = Set<String>()
        for ref in counted {
            let u = unit(reference, ref)
            guard !u.structure.isEmpty || !u.subwords.isEmpty else { continue }
            refLiterals.formUnion(u.literals.sortedHashes)
            refWords.formUnion(u.subwords.sortedHashes)
            refComments.formUnion(u.comments.sortedHashes)
            if u.isExported && u.kind != .topLevel && u.name != "<top-level>" {
                let name = UnitPairScore.normalizedName(u.name)
                if !name.isEmpty { refNames.insert(name) }
                for word in Subwords.split(u.name) { publicWords.insert(XXH3.hash64(word, seed: ChannelSeed.words)) }
            }
        }
        var sharedLiterals = Set<UInt64>(), sharedWords = Set<UInt64>(), susNames = Set<String>()
        var sharedComments = Set<UInt64>()
        // A large suspect's hashes are mostly not the reference's: one bit test rejects them before the set look-ups.
        var maybeReference = CandidateSearch.WantedBits()
        for set in [refLiterals, refWords, refComments] { for h in set { maybeReference.insert(h) } }
        for ref in suspectCounted {
            let u = unit(suspect, ref)
            guard !u.structure.isEmpty || !u.subwords.isEmpty else { continue }
            for h in u.literals.sortedHashes where maybeReference.mayContain(h) && refLiterals.contains(h) { sharedLiterals.insert(h) }
            for h in u.subwords.sortedHashes where maybeReference.mayContain(h) && refWords.contains(h) { sharedWords.insert(h) }
            for h in u.comments.sortedHashes where maybeReference.mayContain(h) && refComments.contains(h) { sharedComments.insert(h) }
            // Only the reference's public names are looked up in this set.
            let name = UnitPairScore.normalizedName(u.name)
            if refNames.contains(name) { susNames.insert(name) }
        }
        out.literals = share(sharedLiterals.count, of: refLiterals.count, atLeast: Self.minLiterals)
        out.commentPairs = refComments.count
        out.comments = share(sharedComments.count, of: refComments.count, atLeast: Self.minCommentPairs)
        let internalWords = refWords.subtracting(publicWords)
        out.internalWords = share(sharedWords.intersection(internalWords).count, of: internalWords.count, atLeast: Self.minInternalWords)
        out.publicNames = refNames.count
        out.publicNamesKept = refNames.isEmpty ? 0 : Double(refNames.filter { susNames.contains($0) }.count) / Double(refNames.count)

        out.callEdges = callEdges.total
        out.callGraph = share(callEdges.kept.count, of: callEdges.total, atLeast: Self.minCallEdges)

        out.privateNamesKept = privateHelpers.count
        out.privateNames = min(1, Double(out.privateNamesKept) / Double(Self.minPrivateNames))

        // Order: walk the matches in reference order and count the steps the suspect takes forward.
        let ordered = matches.sorted { a, b in
            let ka = (reference.files[a.reference.file].path, a.referenceLines.lowerBound)
            let kb = (reference.files[b.reference.file].path, b.referenceLines.lowerBound)
            return ka < kb
        }
        if ordered.count >= 2 {
            var forward = 0
            for (a, b) in zip(ordered, ordered.dropFirst()) {
                let sa = (suspect.files[a.suspect.file].path, a.suspectLines.lowerBound)
                let sb = (suspect.files[b.suspect.file].path, b.suspectLines.lowerBound)
                if sa < sb { forward += 1 }
            }
            let raw = Double(forward) / Double(ordered.count - 1)
            let confidence = min(1, Double(ordered.count) / 8)
            out.order = 0.5 + (raw - 0.5) * confidence
        }
        return out
    }
}

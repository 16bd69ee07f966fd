import Analysis
import Shingles
import Sketch

/// Compares a huge suspect (10,000 files, 200 MB of source) in bounded memory with exactly the answer of a whole
/// analysis (issue 20, item 6): the suspect is analysed twice, a chunk of files at a time.
///
/// - Pass 1 (`tally`): each chunk's evidence units enter the candidate tables of `UnitMatcher` (`CandidateSearch`),
///   then the chunk is dropped. `decide` then ranks the candidates of every reference unit exactly as the matcher
///   will, which needs the whole suspect (ranks and the literal cap are global).
/// - Pass 2 (`slim`): a leaf unit stays whole when it is a candidate or a data table; every other unit is never
///   verified against anything, and the comparison reads only its outline, its sub-words (IDF and the words
///   channel), its literals and comment word pairs that the reference holds (literals and comments channels,
///   report) and whether its structure is empty or table-like. Those are kept; its shapes, fingerprints, callees
///   (the call-graph channel reads only counterparts, which are candidates) and signatures go.
///
/// Units are named by file path and position, so a file that changes between the passes costs accuracy, never
/// correctness. Only valid without a boilerplate filter: a filter changes bags and signatures after analysis.
public struct SuspectScreen: Sendable {
    /// Files analysed per chunk (each chunk is held whole only until it is tallied or slimmed).
    public static let chunkFiles = 256

    private let reference: RepositoryFeatures
    private let parameters: AnalysisParameters
    private let maxCandidates: Int
    private let lsh: LSHParameters
    private let referenceUnits: [UnitRef]
    private let keys: CandidateSearch.ReferenceKeys
    /// Literals of every leaf unit of the reference (what `CompareReport` and the literals channel look up).
    private let referenceLiterals: Set<UInt64>
    /// Comment word pairs of every leaf unit of the reference (what the comments channel looks up).
    private let referenceComments: Set<UInt64>
    /// One shared empty signature, so slimmed units share its storage.
    private let emptySignature: MinHashSignature

    private var tables = CandidateSearch.SuspectTables()
    /// Each tallied evidence unit's file path and position in its file, by evidence position.
    private var tallied: [(path: String, unit: Int)] = []
    /// Candidates after `decide`, by file path: the positions of their units.
    private var candidates: [String: Set<Int>] = [:]

    /// A screen for suspects compared with `reference` by `matcher`.
    public init(reference: RepositoryFeatures, parameters: AnalysisParameters, matcher: UnitMatcher = UnitMatcher()) throws {
        self.reference = reference
        self.parameters = parameters
        maxCandidates = matcher.maxCandidates
        lsh = matcher.candidateLSH(parameters)
        referenceUnits = UnitMatcher.evidenceUnits(reference, parameters)
        keys = try CandidateSearch.ReferenceKeys(reference, units: referenceUnits, lsh: lsh)
        var literals = Set<UInt64>(), comments = Set<UInt64>()
        for file in reference.files {
            for unit in file.units where unit.isLeaf {
                literals.formUnion(unit.literals.sortedHashes)
                comments.formUnion(unit.comments.sortedHashes)
            }
        }
        referenceLiterals = literals
        referenceComments = comments
        emptySignature = MinHashSignature.empty(parameters.minhash)
    }

    /// Pass 1: enters the evidence units of `files` (the suspect's next chunk, in analysis order).
    public mutating func tally(_ files: [FileFeatures]) throws {
        for file in files {
            for (ui, unit) in file.units.enumerated() where unit.isLeaf && unit.counts(parameters) {
                try tables.add(unit, at: tallied.count, keys: keys, lsh: lsh)
                tallied.append((file.path, ui))
            }
        }
    }

    /// Ranks every reference unit's candidates over the tallied suspect; afterwards only `slim` is needed.
    public mutating func decide() {
        candidates = [:]
        // The matcher's own rule: a suspect of no more evidence units than the budget is verified whole.
        let ranked = tables.candidates(reference, units: referenceUnits, keys: keys, limit: maxCandidates)
        for list in UnitMatcher.toppedUp(ranked, suspectUnits: tallied.count, limit: maxCandidates) {
            for position in list { candidates[tallied[position].path, default: []].insert(tallied[position].unit) }
        }
        tables = CandidateSearch.SuspectTables()
        tallied = []
    }

    /// Number of suspect units `decide` kept as candidates.
    public var candidateCount: Int { candidates.values.reduce(0) { $0 + $1.count } }

    /// Pass 2: `files` with every leaf unit that is neither a candidate nor a data table slimmed.
    public func slim(_ files: [FileFeatures]) -> [FileFeatures] {
        var out = files
        for f in out.indices {
            let kept = candidates[out[f].path] ?? []
            for u in out[f].units.indices where out[f].units[u].isLeaf && !kept.contains(u) {
                let unit = out[f].units[u]
                if UnitCategory.ofCode(unit) == .data { continue }
                out[f].units[u] = slimmed(unit)
            }
        }
        return out
    }

    /// `unit` with only what a comparison reads of a unit that is never verified.
    private func slimmed(_ unit: UnitFeatures) -> UnitFeatures {
        var out = unit
        // One shingle stands in for the structure bag: not empty when the original was not, and never table-like
        // (a table stays whole), which is all that is read of it.
        out.structure = unit.structure.sortedHashes.first.map { ShingleBag(sortedUnique: [$0], counts: [1]) } ?? ShingleBag()
        out.shapes = ShingleBag()
        out.fingerprints = []
        out.literals = ShingleBag(unit.literals.sortedHashes.filter(referenceLiterals.contains))
        out.comments = ShingleBag(unit.comments.sortedHashes.filter(referenceComments.contains))
        out.calls = ShingleBag()
        out.structureSignature = emptySignature
        out.crossSignature = emptySignature
        return out
    }
}

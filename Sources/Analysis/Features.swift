import FrontEnd
import Shingles
import Sketch

/// A winnowed structure fingerprint with the line it starts on, for aligning matched regions.
public struct LinedFingerprint: Sendable, Hashable {
    public var hash: UInt64
    public var line: UInt32
    public init(hash: UInt64, line: UInt32) { self.hash = hash; self.line = line }
}

/// The evidence channels of one unit, kept separate so the report can say which carried a match.
public struct UnitFeatures: Sendable {
    public var name: String
    public var kind: UnitKind
    public var startLine: UInt32
    public var endLine: UInt32
    public var codeLines: Int
    public var tokenCount: Int
    public var parameterCount: Int
    public var isExported: Bool
    public var isLeaf: Bool
    /// Structure-token k-grams (same-language evidence: survives renaming and reformatting).
    public var structure: ShingleBag
    /// Canonical AST subtree shapes (survives a port to another language).
    public var shapes: ShingleBag
    /// Identifier sub-words.
    public var subwords: ShingleBag
    /// String literals and magic numbers.
    public var literals: ShingleBag
    /// Pairs of consecutive words of the unit's comments and docstrings: a translated port keeps its comments'
    /// phrasing, an implementation written from a description shares at most their vocabulary. Not part of the
    /// signatures (it is repository-level evidence, never a candidate route).
    public var comments: ShingleBag
    /// Normalised names of the functions the unit calls (`NameKey.hash`), with how often: mapped through the unit
    /// matches, a port keeps who calls whom.
    public var calls: ShingleBag
    /// Winnowed structure fingerprints with lines.
    public var fingerprints: [LinedFingerprint]
    /// MinHash of `structure`.
    public var structureSignature: MinHashSignature
    /// MinHash of shapes, sub-words and literals together (cross-language candidates).
    public var crossSignature: MinHashSignature

    /// The four channel bags in their stored order: structure, shapes, sub-words, literals.
    public var bags: [ShingleBag] { [structure, shapes, subwords, literals] }

    public init(name: String, kind: UnitKind, startLine: UInt32, endLine: UInt32, codeLines: Int, tokenCount: Int,
                parameterCount: Int, isExported: Bool, isLeaf: Bool, structure: ShingleBag, shapes: ShingleBag,
                subwords: ShingleBag, literals: ShingleBag, fingerprints: [LinedFingerprint],
                structureSignature: MinHashSignature, crossSignature: MinHashSignature, comments: ShingleBag = ShingleBag(),
                calls: ShingleBag = ShingleBag()) {
        self.name = name; self.kind = kind; self.startLine = startLine; self.endLine = endLine
        self.codeLines = codeLines; self.tokenCount = tokenCount; self.parameterCount = parameterCount
        self.isExported = isExported; self.isLeaf = isLeaf; self.structure = structure; self.shapes = shapes
        self.subwords = subwords; self.literals = literals; self.fingerprints = fingerprints
        self.comments = comments; self.calls = calls
        self.structureSignature = structureSignature; self.crossSignature = crossSignature
    }

    /// Whether the unit is big enough to count as evidence.
    public func counts(_ p: AnalysisParameters) -> Bool { tokenCount >= p.minUnitTokens }
}

/// Features of one file.
public struct FileFeatures: Sendable {
    public var path: String
    public var pathBytes: [UInt8]?
    public var language: String
    public var grammarVersion: String
    /// xxh3-64 of the file's bytes.
    public var contentHash: UInt64
    public var byteCount: Int
    public var lineCount: Int
    public var syntaxErrorCount: Int
    /// Units; index 0 is the file unit (kept for candidate search), the rest as the front end found them.
    public var units: [UnitFeatures]
    public init(path: String, pathBytes: [UInt8]?, language: String, grammarVersion: String, contentHash: UInt64,
                byteCount: Int, lineCount: Int, syntaxErrorCount: Int, units: [UnitFeatures]) {
        self.path = path; self.pathBytes = pathBytes; self.language = language; self.grammarVersion = grammarVersion
        self.contentHash = contentHash; self.byteCount = byteCount; self.lineCount = lineCount
        self.syntaxErrorCount = syntaxErrorCount; self.units = units
    }

    /// Leaf units (outermost functions and methods, top-level code).
    public var leafUnits: [UnitFeatures] { units.filter(\.isLeaf) }
}

import FrontEnd
import Shingles
import Sketch

/// Turns a `ParsedFile` into per-unit feature channels and sketches.
/// Pure and deterministic: the same file and parameters give the same features on any machine.
public struct FeatureExtractor: Sendable {
    public let parameters: AnalysisParameters
    private let tokenShingler: TokenShingler
    private let shapeShingler: ShapeShingler
    private let operatorSequence: OperatorSequence
    private let winnower: Winnower
    private let hasher: MinHasher
    /// Give containers (file units, classes, functions with nested functions) empty channels and signatures:
    /// the index stores them as outlines, and matching reads leaf units only, so their features would be thrown
    /// away (`RepositoryAnalyzer` sets it too).
    public var outlineContainers = false
    /// Sign only units big enough to be candidates (`AnalysisParameters.minUnitTokens`); smaller ones get empty
    /// signatures. The index sets it: it keeps signatures only as the LSH rows of candidates, and signing the
    /// small leaf units it then threw away was part of every indexed file's analysis.
    public var signCandidatesOnly = false

    /// Sub-words so common in every codebase that they carry no evidence of derivation.
    static let stopwords: Set<String> = ["self", "this", "get", "set", "value", "data", "result", "err", "error", "new",
                                         "init", "str", "int", "len", "args", "kwargs", "obj", "tmp", "val", "key", "res",
                                         "to", "is", "of", "in", "on", "at", "by", "the", "and", "or", "if", "fn", "func", "return"]

    /// The word channel's hashes of ``stopwords``, ascending: a word is dropped by its hash, which the channel
    /// computes anyway.
    static let stopwordHashes: [UInt64] = stopwords.map { XXH3.hash64($0, seed: ChannelSeed.words) }.sorted()
    /// Two bits per stopword hash (bits 0–5 and 6–11): most words fail this test and skip the search.
    static let stopwordMask: UInt64 = stopwordHashes.reduce(0) { $0 | 1 << ($1 & 63) | 1 << ($1 >> 6 & 63) }

    @inline(__always)
    static func isStopword(_ hash: UInt64) -> Bool {
        guard stopwordMask & (1 << (hash & 63)) != 0, stopwordMask & (1 << (hash >> 6 & 63)) != 0 else { return false }
        var lo = 0, hi = stopwordHashes.count
        while lo < hi { let mid = (lo + hi) / 2; if stopwordHashes[mid] < hash { lo = mid + 1 } else { hi = mid } }
        return lo < stopwordHashes.count && stopwordHashes[lo] == hash
    }

    public init(parameters: AnalysisParameters) throws(SketchError) {
        self.parameters = parameters
        tokenShingler = TokenShingler(k: parameters.tokenK, seed: FeatureSeed.structure)
        shapeShingler = ShapeShingler(maxDepth: parameters.shapeDepth, seed: FeatureSeed.shapes)
        operatorSequence = OperatorSequence()
        winnower = Winnower(window: parameters.winnowWindow)
        hasher = try MinHasher(parameters.minhash)
    }

    /// Features of every unit of `file`.
    public func extract(_ file: ParsedFile, contentHash: UInt64) -> FileFeatures {
        let shapeHashes = shapeShingler.shingles(of: file.shapes.map { ShapeNode(kind: $0.kind, depth: $0.depth) })
        let positions = ChannelPositions(shapes: file.shapes.map(\.tokenIndex), subwords: file.subwords.map(\.tokenIndex),
                                         strings: file.strings.map(\.tokenIndex), numbers: file.numbers.map(\.tokenIndex),
                                         comments: file.commentWords.map(\.tokenIndex), calls: file.calls.map(\.tokenIndex),
                                         operatorEdits: file.operatorEdits.map(\.tokenIndex))
        var units: [UnitFeatures] = []
        units.reserveCapacity(file.units.count)
        for unit in file.units {
            if outlineContainers && !unit.isLeaf {
                units.append(outline(of: unit))
            } else {
                units.append(features(of: unit, in: file, shapeHashes: shapeHashes, positions: positions))
            }
        }
        return FileFeatures(path: file.path, pathBytes: file.pathBytes, language: file.language, grammarVersion: file.grammarVersion,
                            contentHash: contentHash, byteCount: file.byteCount, lineCount: file.lineCount,
                            syntaxErrorCount: file.syntaxErrorCount, units: units)
    }

    private func features(of unit: Unit, in file: ParsedFile, shapeHashes: [UInt64], positions: ChannelPositions) -> UnitFeatures {
        // Every array sized once from the unit's ranges, and no temporary arrays: this runs for every unit of
        // every file indexed. Ranges are walked twice (sizes, then contents) rather than collected.
        var tokenTotal = 0, shapeTotal = 0, wordTotal = 0, literalTotal = 0
        for range in unit.tokenRanges where !range.isEmpty {
            tokenTotal += range.count
            shapeTotal += Self.slice(positions.shapes, range).count
            wordTotal += Self.slice(positions.subwords, range).count
            literalTotal += Self.slice(positions.strings, range).count + Self.slice(positions.numbers, range).count
        }
        var structureHashes: [UInt64] = []
        structureHashes.reserveCapacity(tokenTotal)
        var shapes: [UInt64] = []  // operator pairs first (same walk as the structure), then the AST shapes
        shapes.reserveCapacity(shapeTotal)
        var fingerprints: [LinedFingerprint] = []
        fingerprints.reserveCapacity(tokenTotal / max(1, parameters.winnowWindow) * 2 + 2)
        file.tokens.ids.withUnsafeBufferPointer { ids in
            for range in unit.tokenRanges where !range.isEmpty {
                let tokens = UnsafeBufferPointer(rebasing: ids[Int(range.lowerBound)..<Int(range.upperBound)])
                operatorSequence.appendPairs(tokens: tokens, range: range, numbers: file.numbers,
                                             numberSlice: Self.slice(positions.numbers, range), edits: file.operatorEdits,
                                             editSlice: Self.slice(positions.operatorEdits, range), into: &shapes)
                let first = structureHashes.count
                let count = tokenShingler.shingleCount(forTokenCount: tokens.count)
                structureHashes.append(contentsOf: repeatElement(0, count: count))
                _ = structureHashes.withUnsafeMutableBufferPointer { all in
                    tokenShingler.write(tokens, into: UnsafeMutableBufferPointer(rebasing: all[first..<(first + count)]))
                }
                structureHashes.withUnsafeBufferPointer { all in
                    winnower.forEachFingerprint(UnsafeBufferPointer(rebasing: all[first..<(first + count)])) { fp in
                        let token = Int(range.lowerBound) + Int(fp.position)
                        let line = token < file.tokens.count ? file.tokens.startLines[token] : unit.startLine
                        fingerprints.append(LinedFingerprint(hash: fp.hash, line: line))
                    }
                }
            }
        }
        var subwords: [UInt64] = []
        subwords.reserveCapacity(wordTotal)
        var literals: [UInt64] = []
        literals.reserveCapacity(literalTotal)
        for range in unit.tokenRanges where !range.isEmpty {
            for i in Self.slice(positions.shapes, range) { shapes.append(shapeHashes[i]) }
            for i in Self.slice(positions.subwords, range) {
                let hash = XXH3.hash64(file.subwords[i].text, seed: ChannelSeed.words)
                if !Self.isStopword(hash) { subwords.append(hash) }
            }
            for i in Self.slice(positions.strings, range) where file.strings[i].text.utf8.count >= 4 {
                literals.append(literalHash(file.strings[i].text))
            }
            for i in Self.slice(positions.numbers, range) where file.numbers[i].text.utf8.count >= 3 {
                literals.append(literalHash(file.numbers[i].text))
            }
        }
        let comments = commentBigrams(of: unit, in: file, positions: positions.comments)
        var callees: [UInt64] = []
        callees.reserveCapacity(unit.tokenRanges.reduce(0) { $0 + Self.slice(positions.calls, $1).count })
        for range in unit.tokenRanges where !range.isEmpty {
            for i in Self.slice(positions.calls, range) { callees.append(NameKey.hash(file.calls[i].text)) }
        }
        let structure = ShingleBag(sorting: consume structureHashes)
        let shapeBag = ShingleBag(sorting: consume shapes), subwordBag = ShingleBag(sorting: consume subwords)
        let literalBag = ShingleBag(sorting: consume literals)
        let signatures: (structure: MinHashSignature, cross: MinHashSignature)
        if signCandidatesOnly && unit.tokenCount < parameters.minUnitTokens {
            let empty = MinHashSignature.empty(parameters.minhash)
            signatures = (empty, empty)
        } else {
            signatures = self.signatures(structure: structure, shapes: shapeBag, subwords: subwordBag, literals: literalBag)
        }
        return UnitFeatures(name: unit.name, kind: unit.kind, startLine: unit.startLine, endLine: unit.endLine,
                            codeLines: unit.codeLineCount, tokenCount: unit.tokenCount, parameterCount: unit.parameterCount,
                            isExported: unit.isExported, isLeaf: unit.isLeaf, structure: structure, shapes: shapeBag,
                            subwords: subwordBag, literals: literalBag, fingerprints: fingerprints,
                            structureSignature: signatures.structure, crossSignature: signatures.cross, comments: comments,
                            calls: ShingleBag(sorting: callees))
    }

    /// Pairs of consecutive comment and docstring words of `unit`, hashed in order. Words attached to the file's
    /// first token are its header (licence and copyright notices every project of that licence carries) and are
    /// left out; so are words that are only digits (years, version numbers).
    private func commentBigrams(of unit: Unit, in file: ParsedFile, positions: [Int32]) -> ShingleBag {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(unit.tokenRanges.reduce(0) { $0 + Self.slice(positions, $1).count })
        var previous: UInt64?
        for range in unit.tokenRanges where !range.isEmpty {
            for i in Self.slice(positions, range) where positions[i] > 0 {
                let text = file.commentWords[i].text
                guard !text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { continue }
                let word = XXH3.hash64(text, seed: ChannelSeed.comments)
                if let p = previous { hashes.append(Mixing.combine(p, word)) }
                previous = word
            }
        }
        return ShingleBag(sorting: hashes)
    }

    /// The structure and cross-language signatures of a unit with these channel bags: what `extract` computes,
    /// and what an index recomputes from the bags it stores instead of storing the signatures too.
    public func signatures(structure: ShingleBag, shapes: ShingleBag, subwords: ShingleBag,
                           literals: ShingleBag) -> (structure: MinHashSignature, cross: MinHashSignature) {
        // The cross channel is the three bags' distinct hashes, the word and literal ones re-keyed so equal values
        // in different channels stay apart. One-permutation MinHash reads them in any order and the three sets are
        // disjoint, so the set size is the sum of the distinct counts: no sort of the concatenation.
        let crossCount = shapes.distinctCount + subwords.distinctCount + literals.distinctCount
        let cross = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: crossCount) { cross in
            var n = 0
            for h in shapes.sortedHashes { cross[n] = h; n += 1 }
            for h in subwords.sortedHashes { cross[n] = h ^ 0x5157_4F52_4453; n += 1 }
            for h in literals.sortedHashes { cross[n] = h ^ 0x4C49_5445_5241_4C53; n += 1 }
            return hasher.signature(of: UnsafeBufferPointer(rebasing: cross[0..<n]), distinctCount: n)
        }
        return (hasher.signature(of: structure), cross)
    }

    /// A unit's name, kind, lines and counts with no channels (see `outlineContainers`).
    private func outline(of unit: Unit) -> UnitFeatures {
        let empty = MinHashSignature.empty(parameters.minhash)
        return UnitFeatures(name: unit.name, kind: unit.kind, startLine: unit.startLine, endLine: unit.endLine,
                            codeLines: unit.codeLineCount, tokenCount: unit.tokenCount, parameterCount: unit.parameterCount,
                            isExported: unit.isExported, isLeaf: unit.isLeaf, structure: ShingleBag(), shapes: ShingleBag(),
                            subwords: ShingleBag(), literals: ShingleBag(), fingerprints: [],
                            structureSignature: empty, crossSignature: empty)
    }

    /// Indices of `positions` (sorted ascending) that fall in `range`, by binary search.
    static func slice(_ positions: [Int32], _ range: Range<Int32>) -> Range<Int> {
        func lowerBound(_ value: Int32) -> Int {
            var lo = 0, hi = positions.count
            while lo < hi { let mid = (lo + hi) / 2; if positions[mid] < value { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        return lowerBound(range.lowerBound)..<lowerBound(range.upperBound)
    }
}

/// Token positions of each channel's entries, computed once per file.
struct ChannelPositions {
    var shapes: [Int32], subwords: [Int32], strings: [Int32], numbers: [Int32], comments: [Int32], calls: [Int32]
    var operatorEdits: [Int32]
}

/// Seeds of the channels this stage hashes itself (the word and literal seeds are `ChannelSeed`'s).
public enum FeatureSeed {
    public static let structure: UInt64 = 0x5354_5255_0000_0001
    public static let shapes: UInt64 = 0x5348_4150_0000_0001
    /// Pairs of operators and small numbers (`OperatorSequence`), kept in the shape bag.
    public static let operators: UInt64 = 0x4F50_4552_0000_0001
}

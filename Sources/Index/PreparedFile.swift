import Analysis
import FrontEnd
import Shingles
import Sketch

/// A parsed file made ready for the single writer on the worker that analysed it: unit blobs encoded,
/// LSH band keys computed, and the distinct hashes that document frequency needs collected. The writer
/// then only binds and steps, so it keeps up with parsing on every core.
///
/// Only leaf units (outermost functions and methods, top-level code) carry evidence: `query`, `audit`
/// and document frequency read nothing else. Files, classes and functions with nested functions are
/// stored as outlines (name, kind, lines, counts) with empty channels, which keeps their
/// leaves' shingles from being stored twice (40% of the database).
public struct PreparedFile: Sendable {
    public var path: String
    public var contentHash: UInt64
    public var language: String
    public var grammarVersion: String
    public var byteCount: Int
    public var lineCount: Int
    public var syntaxErrorCount: Int
    public var units: [PreparedUnit]
    /// Distinct hashes of every channel of the file's leaf units, ascending (for document frequency).
    public var distinctHashes: [UInt64]

    /// One unit as stored.
    public struct PreparedUnit: Sendable {
        /// The unit's name, kind, lines and counts; its channels (comments and calls included) are left empty
        /// (they are in `features`).
        public var outline: UnitFeatures
        public var features: [UInt8]
        /// The unit's `lsh_keys` keys (`SignatureChannel.lshKey`); empty unless the unit is a candidate.
        public var lshKeys: [Int64]
    }

    /// Prepares `file` for an index built with `configuration`.
    public init(_ file: FileFeatures, configuration: IndexConfiguration) {
        path = file.path
        contentHash = file.contentHash
        language = file.language
        grammarVersion = file.grammarVersion
        byteCount = file.byteCount
        lineCount = file.lineCount
        syntaxErrorCount = file.syntaxErrorCount
        let noSignature = MinHashSignature.empty(configuration.analysis.minhash)
        let emptyFeatures = UnitCodec.encodeEmpty()
        var hashes: [UInt64] = []
        hashes.reserveCapacity(file.units.reduce(0) { total, u in
            u.isLeaf ? total + u.structure.distinctCount + u.shapes.distinctCount + u.subwords.distinctCount + u.literals.distinctCount : total
        })
        units = file.units.map { u in
            var keys: [Int64] = []
            if LSHRows.isCandidate(leaf: u.isLeaf, tokens: u.tokenCount, configuration.analysis) {
                keys.reserveCapacity(configuration.structureLSH.bands + configuration.crossLSH.bands)
                LSHRows.appendKeys(u.structureSignature, u.crossSignature, configuration: configuration) { keys.append($0) }
            }
            if u.isLeaf {
                // The four channel bags of `u.bags`, without the array it allocates.
                hashes.append(contentsOf: u.structure.sortedHashes)
                hashes.append(contentsOf: u.shapes.sortedHashes)
                hashes.append(contentsOf: u.subwords.sortedHashes)
                hashes.append(contentsOf: u.literals.sortedHashes)
            }
            // Made from the unit's outline fields alone, every channel empty (the writer reads none of them: they are
            // in `features`): a copy of `u` with its channels then replaced retained and released each of its arrays.
            // And nothing allocated on this worker may outlive it for the writer thread to free: cross-thread frees
            // cost glibc malloc more than the copy they save.
            let outline = UnitFeatures(name: u.name, kind: u.kind, startLine: u.startLine, endLine: u.endLine, codeLines: u.codeLines,
                                       tokenCount: u.tokenCount, parameterCount: u.parameterCount, isExported: u.isExported,
                                       isLeaf: u.isLeaf, structure: ShingleBag(), shapes: ShingleBag(), subwords: ShingleBag(),
                                       literals: ShingleBag(), fingerprints: [], structureSignature: noSignature,
                                       crossSignature: noSignature)
            return PreparedUnit(outline: outline, features: u.isLeaf ? UnitCodec.encode(u) : emptyFeatures, lshKeys: keys)
        }
        HashSort.sortDistinct(&hashes)
        distinctHashes = hashes
    }
}

import Analysis
import Foundation
import FrontEnd
import Sketch

extension IndexReader {
    /// Every visible unit of repository `id`, in file path then unit order, read in one pass (one statement
    /// scanning the repository's files) with the signatures recomputed from the stored bags on all cores.
    /// The same units, in the same order, as `loadUnits(unitIDs(repository: id))`.
    /// - Complexity: O(u) rows for u units; signature work spread over the machine's cores.
    public func loadRepositoryUnits(_ id: Int64) throws -> [IndexedUnit] {
        let signer = try FeatureExtractor(parameters: parameters())
        // Rows first, on this thread (SQLite handles are not shared); decoding and signing afterwards in parallel.
        let rows: [StoredUnitRow] = try snapshot {
            let s = try db.prepare("""
                SELECT \(StoredUnitRow.columns)
                FROM units u JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo
                WHERE r.id = ?1 AND f.added_gen <= r.visible_gen AND (f.removed_gen IS NULL OR f.removed_gen > r.visible_gen)
                ORDER BY f.path_bytes, u.ordinal
                """)
            try s.bind(int: id, at: 1)
            var out: [StoredUnitRow] = []
            // A file's units share its path, its path bytes and its language (one copy per file, not per unit).
            var file: (id: Int64, path: String, pathBytes: [UInt8], language: String)?
            while try s.step() {
                let fileID = s.int64(2)
                if file?.id != fileID { file = (fileID, s.text(3), s.blob(4), s.text(5)) }
                guard let file else { continue }
                out.append(StoredUnitRow(s, path: file.path, pathBytes: file.pathBytes, language: file.language))
            }
            return out
        }
        return try StoredUnitRow.decodeAll(rows, signer: signer)
    }
}

/// A unit row as every backend stores it (the `units` row joined with its file), before its blob is decoded.
package struct StoredUnitRow: Sendable {
    package var id: Int64, repositoryID: Int64, fileID: Int64, path: String, pathBytes: [UInt8], language: String
    package var contentHash: UInt64, ordinal: Int, kind: String, name: String, startLine: Int64, endLine: Int64
    package var codeLines: Int, tokenCount: Int, parameterCount: Int, exported: Bool, leaf: Bool, blob: [UInt8]

    package init(id: Int64, repositoryID: Int64, fileID: Int64, path: String, pathBytes: [UInt8], language: String,
                 contentHash: UInt64, ordinal: Int, kind: String, name: String, startLine: Int64, endLine: Int64,
                 codeLines: Int, tokenCount: Int, parameterCount: Int, exported: Bool, leaf: Bool, blob: [UInt8]) {
        self.id = id; self.repositoryID = repositoryID; self.fileID = fileID; self.path = path; self.pathBytes = pathBytes
        self.language = language; self.contentHash = contentHash; self.ordinal = ordinal; self.kind = kind; self.name = name
        self.startLine = startLine; self.endLine = endLine; self.codeLines = codeLines; self.tokenCount = tokenCount
        self.parameterCount = parameterCount; self.exported = exported; self.leaf = leaf; self.blob = blob
    }

    /// What the SQLite readers select of a unit (`units u` joined with `files f`), in the order `init(_:path:pathBytes:language:)` reads.
    static let columns = """
        u.id, f.repo, f.id, f.path, f.path_bytes, f.language, f.content_hash, u.ordinal, u.kind, u.name, u.start_line, u.end_line,
        u.code_lines, u.token_count, u.parameter_count, u.exported, u.leaf, u.features
        """

    /// The row `s` is on (``columns``), with its file's path and language given (shared by the file's units).
    init(_ s: Statement, path: String, pathBytes: [UInt8], language: String) {
        self.init(id: s.int64(0), repositoryID: s.int64(1), fileID: s.int64(2), path: path, pathBytes: pathBytes, language: language,
                  contentHash: fromSQL(s.int64(6)), ordinal: s.int(7), kind: s.text(8), name: s.text(9), startLine: s.int64(10),
                  endLine: s.int64(11), codeLines: s.int(12), tokenCount: s.int(13), parameterCount: s.int(14),
                  exported: s.int64(15) != 0, leaf: s.int64(16) != 0, blob: s.blob(17))
    }

    /// The unit, its signatures recomputed from its bags (the index stores only those).
    package func decoded(_ signer: FeatureExtractor) throws -> IndexedUnit {
        let decoded: UnitCodec.Decoded
        do { decoded = try UnitCodec.decode(blob) } catch { throw IndexError.invalidData("unit \(id): \(error)") }
        // Outlines (containers) have empty bags: their signatures are the empty set's, not a hash of nothing.
        let signatures = leaf
            ? decoded.signatures(signer)
            : (MinHashSignature.empty(signer.parameters.minhash), MinHashSignature.empty(signer.parameters.minhash))
        guard let unitKind = UnitKind(rawValue: kind) else { throw IndexError.invalidData("unit \(id): unknown kind \(kind)") }
        let features = UnitFeatures(name: name, kind: unitKind, startLine: UInt32(truncatingIfNeeded: startLine),
                                    endLine: UInt32(truncatingIfNeeded: endLine), codeLines: codeLines,
                                    tokenCount: tokenCount, parameterCount: parameterCount, isExported: exported,
                                    isLeaf: leaf, structure: decoded.bags[0], shapes: decoded.bags[1],
                                    subwords: decoded.bags[2], literals: decoded.bags[3], fingerprints: decoded.fingerprints,
                                    structureSignature: signatures.0, crossSignature: signatures.1, comments: decoded.comments, calls: decoded.calls)
        return IndexedUnit(id: id, repositoryID: repositoryID, fileID: fileID, path: path, pathBytes: pathBytes,
                           language: language, contentHash: contentHash, ordinal: ordinal, features: features)
    }

    /// Decodes `rows` on all cores, in order.
    package static func decodeAll(_ rows: [StoredUnitRow], signer: FeatureExtractor) throws -> [IndexedUnit] {
        let chunk = 256
        let chunks = (rows.count + chunk - 1) / chunk
        let failures = FirstFailure(chunks: chunks)
        // Each unit is decoded straight into its place (no slot, lock or copy per unit); a chunk that fails leaves its
        // places uninitialised and the others are deinitialised before the error is thrown.
        let units = [IndexedUnit](unsafeUninitializedCapacity: rows.count) { buffer, initialised in
            guard let base = buffer.baseAddress else { initialised = 0; return }
            let out = UncheckedPointer(base)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = c * chunk..<min(rows.count, (c + 1) * chunk)
                var i = range.lowerBound
                do {
                    while i < range.upperBound { (out.base + i).initialize(to: try rows[i].decoded(signer)); i += 1 }
                } catch {
                    (out.base + range.lowerBound).deinitialize(count: i - range.lowerBound)
                    failures.record(error, chunk: c)
                }
            }
            if failures.first == nil { initialised = rows.count; return }
            for c in 0..<chunks where !failures.failed(c) {
                let range = c * chunk..<min(rows.count, (c + 1) * chunk)
                (base + range.lowerBound).deinitialize(count: range.count)
            }
            initialised = 0
        }
        if let error = failures.first { throw error }
        return units
    }
}

/// A pointer handed to concurrent iterations that each write their own places.
private struct UncheckedPointer: @unchecked Sendable {
    let base: UnsafeMutablePointer<IndexedUnit>
    init(_ base: UnsafeMutablePointer<IndexedUnit>) { self.base = base }
}

/// The first error of concurrent chunks, and which chunks failed.
private final class FirstFailure: @unchecked Sendable {
    private var error: Error?
    private var failedChunks: [Bool]
    private let lock = NSLock()
    init(chunks: Int) { failedChunks = Array(repeating: false, count: chunks) }
    func record(_ e: Error, chunk: Int) { lock.lock(); if error == nil { error = e }; failedChunks[chunk] = true; lock.unlock() }
    var first: Error? { lock.lock(); defer { lock.unlock() }; return error }
    func failed(_ chunk: Int) -> Bool { lock.lock(); defer { lock.unlock() }; return failedChunks[chunk] }
}

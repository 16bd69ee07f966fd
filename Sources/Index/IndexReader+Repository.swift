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
        struct Row: Sendable {
            var id: Int64, repositoryID: Int64, fileID: Int64, path: String, pathBytes: [UInt8], language: String
            var contentHash: UInt64, ordinal: Int, kind: String, name: String, startLine: Int64, endLine: Int64
            var codeLines: Int, tokenCount: Int, parameterCount: Int, exported: Bool, leaf: Bool, blob: [UInt8]
        }
        let rows: [Row] = try snapshot {
            let s = try db.prepare("""
                SELECT u.id, f.repo, f.id, f.path, f.path_bytes, f.language, f.content_hash, u.ordinal, u.kind, u.name,
                       u.start_line, u.end_line, u.code_lines, u.token_count, u.parameter_count, u.exported, u.leaf,
                       u.features
                FROM units u JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo
                WHERE r.id = ?1 AND f.added_gen <= r.visible_gen AND (f.removed_gen IS NULL OR f.removed_gen > r.visible_gen)
                ORDER BY f.path_bytes, u.ordinal
                """)
            try s.bind(int: id, at: 1)
            var out: [Row] = []
            while try s.step() {
                out.append(Row(id: s.int64(0), repositoryID: s.int64(1), fileID: s.int64(2), path: s.text(3), pathBytes: s.blob(4),
                               language: s.text(5), contentHash: fromSQL(s.int64(6)), ordinal: s.int(7), kind: s.text(8), name: s.text(9),
                               startLine: s.int64(10), endLine: s.int64(11), codeLines: s.int(12), tokenCount: s.int(13),
                               parameterCount: s.int(14), exported: s.int64(15) != 0, leaf: s.int64(16) != 0, blob: s.blob(17)))
            }
            return out
        }
        let slots = UnitSlots(count: rows.count)
        let chunk = 256
        DispatchQueue.concurrentPerform(iterations: (rows.count + chunk - 1) / chunk) { c in
            for i in c * chunk..<min(rows.count, (c + 1) * chunk) {
                let row = rows[i]
                slots.set(i, Result {
                    let decoded: UnitCodec.Decoded
                    do { decoded = try UnitCodec.decode(row.blob) } catch { throw IndexError.invalidData("unit \(row.id): \(error)") }
                    // Outlines (containers) have empty bags: their signatures are the empty set's, not a hash of nothing.
                    let signatures = row.leaf
                        ? decoded.signatures(signer)
                        : (MinHashSignature.empty(signer.parameters.minhash), MinHashSignature.empty(signer.parameters.minhash))
                    guard let kind = UnitKind(rawValue: row.kind) else { throw IndexError.invalidData("unit \(row.id): unknown kind \(row.kind)") }
                    let features = UnitFeatures(name: row.name, kind: kind, startLine: UInt32(truncatingIfNeeded: row.startLine),
                                                endLine: UInt32(truncatingIfNeeded: row.endLine), codeLines: row.codeLines,
                                                tokenCount: row.tokenCount, parameterCount: row.parameterCount, isExported: row.exported,
                                                isLeaf: row.leaf, structure: decoded.bags[0], shapes: decoded.bags[1],
                                                subwords: decoded.bags[2], literals: decoded.bags[3], fingerprints: decoded.fingerprints,
                                                structureSignature: signatures.0, crossSignature: signatures.1)
                    return IndexedUnit(id: row.id, repositoryID: row.repositoryID, fileID: row.fileID, path: row.path,
                                       pathBytes: row.pathBytes, language: row.language, contentHash: row.contentHash,
                                       ordinal: row.ordinal, features: features)
                })
            }
        }
        return try slots.values().map { try $0.get() }
    }
}

/// Write-once result slots filled from concurrent iterations.
private final class UnitSlots: @unchecked Sendable {
    private var slots: [Result<IndexedUnit, Error>?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Result<IndexedUnit, Error>) { lock.lock(); slots[i] = value; lock.unlock() }
    func values() -> [Result<IndexedUnit, Error>] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0 ?? .failure(IndexError.invalidData("unit slot left empty")) }
    }
}

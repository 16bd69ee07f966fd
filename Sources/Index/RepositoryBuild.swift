import Foundation

extension IndexWriter {
    /// A file row of the repository being built.
    package struct FileRow {
        package var id: Int64
        package var contentHash: UInt64
        package var size: Int
        package var mtimeNs: Int64
        package var addedGen: Int64

        package init(id: Int64, contentHash: UInt64, size: Int, mtimeNs: Int64, addedGen: Int64) {
            self.id = id; self.contentHash = contentHash; self.size = size; self.mtimeNs = mtimeNs; self.addedGen = addedGen
        }
    }

    /// State of one repository while it is built: the generation being written, its live file rows as of the
    /// last committed batch, and what the finish needs (paths seen, hashes and LSH rows of the files written).
    public final class RepositoryBuild {
        public let id: Int64
        public let generation: Int64
        let previousTemplate: Bool
        let template: Bool
        /// Live rows (not removed) by path bytes.
        var live: [[UInt8]: FileRow]
        /// Paths seen by this run.
        var seen: Set<[UInt8]> = []
        /// Distinct hashes of the files this run wrote, by file id: document frequency reads only the others back.
        var hashesByFile: [Int64: [UInt64]] = [:]
        /// LSH rows of committed batches not inserted yet (see `writeBatch`), and the files whose rows this run
        /// holds or has inserted: the finish recomputes the rows of the other files of the generation (a resumed run).
        var pendingBands: [LSHRows.Row] = []
        var filesWithBands: Set<Int64> = []
        /// Whether the build resumed an interrupted run.
        public let resumed: Bool
        /// The failure of a batch write queued without waiting for it (`IndexPipeline`): the finish refuses to make
        /// the generation visible after it.
        var failedWrite: Error?

        init(id: Int64, generation: Int64, previousTemplate: Bool, template: Bool, live: [[UInt8]: FileRow], resumed: Bool) {
            self.id = id
            self.generation = generation
            self.previousTemplate = previousTemplate
            self.template = template
            self.live = live
            self.resumed = resumed
        }
    }

    /// What planning a batch needs to know, as of the last committed batch (a copy: no lock held while used).
    public struct PlanningView: @unchecked Sendable {
        let live: [[UInt8]: FileRow]
        /// Content hashes of every file row.
        let knownHashes: Set<UInt64>

        /// A view for another store's run (the PostgreSQL backend's).
        package init(live: [[UInt8]: FileRow], knownHashes: Set<UInt64>) {
            self.live = live
            self.knownHashes = knownHashes
        }

        /// Whether the file at `path` with this size and mtime is already in the index (no need to read it).
        func isUnchanged(path: [UInt8], size: Int, mtimeNs: Int64) -> Bool {
            guard let row = live[path] else { return false }
            return row.size == size && row.mtimeNs == mtimeNs
        }

        func expectedHash(path: [UInt8]) -> UInt64? { live[path]?.contentHash }
    }

    /// The committed state of `build` and the known content hashes, safe to take from any thread while this
    /// writer writes. Batches hold distinct paths, so a view older than the batches still being written only
    /// misses copies of files those batches add (they are parsed instead).
    public func planningView(_ build: RepositoryBuild) -> PlanningView {
        publishLock.lock()
        defer { publishLock.unlock() }
        return PlanningView(live: build.live, knownHashes: knownHashes)
    }
}

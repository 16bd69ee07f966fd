import FrontEnd

/// A run's batches in write order, over every repository, and how far analysis may run ahead of the writer.
///
/// The run ends on one core: the last batch's write and its repository's finish have nothing to overlap with.
/// So the last batch is analysed and written in quarters (``tailBatches``): the last write is a quarter as long.
/// (Its LSH rows still wait for the finish: inserted with each quarter, random keys rewrote most pages of the LSH
/// table four times, more writing than the finish saved.)
struct BatchPlan {
    /// Files of one repository written in one transaction.
    struct Batch {
        /// Index into the run's repositories.
        var repository: Int
        var files: [SourceCandidate]
    }

    /// The run's last batch is analysed and written as this many smaller ones.
    static let tailBatches = 4
    /// Batches analysed ahead of the writer at least (each holds its prepared files in memory until written).
    static let analysisAhead = 2
    /// Batches analysed at once: a batch of a small repository holds a few files, and while its last file was
    /// parsed on one core the other idled; the next batch's files fill that gap.
    static let concurrentAnalyses = 2
    /// Source bytes that analysis may run ahead of the writer in batches beyond ``analysisAhead``: small
    /// repositories make batches of a few files, and two of them were too little to keep the workers busy while
    /// the writer commits a group (docs/benchmarks.md, "Group rows").
    static let analysisAheadBytes = 4 << 20

    private(set) var batches: [Batch]
    /// Index of the first of the last batch's quarters.
    let tailStart: Int
    /// Source bytes of the batches before each batch (and of all of them, last).
    private let bytesBefore: [Int]

    init(repositories: [RepositoryPlan], batchSize: Int) {
        let size = max(1, batchSize)
        var batches: [Batch] = repositories.indices.flatMap { k in
            let files = repositories[k].files
            return stride(from: 0, to: files.count, by: size).map { Batch(repository: k, files: Array(files[$0..<min(files.count, $0 + size)])) }
        }
        var tailStart = batches.count
        if let last = batches.popLast() {
            tailStart = batches.count
            let quarter = max(1, (last.files.count + Self.tailBatches - 1) / Self.tailBatches)
            for start in stride(from: 0, to: last.files.count, by: quarter) {
                batches.append(Batch(repository: last.repository, files: Array(last.files[start..<min(last.files.count, start + quarter)])))
            }
        }
        self.batches = batches
        self.tailStart = tailStart
        var sum = 0
        bytesBefore = [0] + batches.map { batch in
            sum += batch.files.reduce(0) { $0 + $1.size }
            return sum
        }
    }

    var count: Int { batches.count }
    var indices: Range<Int> { batches.indices }
    subscript(g: Int) -> Batch { batches[g] }

    /// Batches whose analysis may start once batch `g` has been analysed (-1: before any): ``analysisAhead``
    /// more, and more while the batches after `g` hold at most ``analysisAheadBytes`` of source; once the first
    /// quarter of the last batch may, all of them (together one batch's worth of memory; counted one by one they
    /// held the workers back behind the writer's last finishes).
    func analysisLimit(after g: Int) -> Int {
        var limit = g + 1 + Self.analysisAhead
        while limit < batches.count, bytesBefore[limit + 1] - bytesBefore[g + 1] <= Self.analysisAheadBytes { limit += 1 }
        return limit > tailStart ? batches.count : min(batches.count, limit)
    }

    /// Whether batch `g` is its repository's first.
    func isFirstOfRepository(_ g: Int) -> Bool { g == 0 || batches[g - 1].repository != batches[g].repository }

    /// Whether batch `g` is its repository's last (its finish is queued after it).
    func isLastOfRepository(_ g: Int) -> Bool { g + 1 == batches.count || batches[g + 1].repository != batches[g].repository }
}

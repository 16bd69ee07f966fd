import Foundation
import FrontEnd

/// The writer's own thread: SQLite work never blocks the cooperative pool, so parsing the next batch uses every
/// core while a batch is written. Calls run strictly in the order they were queued, one at a time, so the
/// non-Sendable writer and builds are only ever touched by one thread at a time.
final class WriterQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "clonescan.index.writer", qos: .userInitiated)
    private let writer: UncheckedBox<IndexWriter>
    /// How far the writer is behind the run's parsing workers (see `WriterLoad`).
    let load: WriterLoad

    /// - Parameter workers: the run's parsing workers; while the writer is behind one of them waits (see `WriterLoad`).
    init(_ writer: IndexWriter, workers: Int) {
        self.writer = UncheckedBox(writer)
        load = WriterLoad(workers: workers)
        let load = load
        writer.waitsOnDisk = { load.waitingOnDisk($0) }
    }

    /// Queues `body` at once and returns its pending result, for work the caller overlaps with analysis.
    func enqueue<T: Sendable>(_ body: @escaping (IndexWriter) throws -> T) -> PendingWrite<T> {
        let pending = PendingWrite<T>()
        let writer = writer, work = UncheckedBox(body)
        queue.async { pending.fulfil(Result { try work.value(writer.value) }) }
        return pending
    }

    /// Runs `body` on the writer with `build` after everything queued before it, and waits for it.
    func run<T: Sendable>(_ build: IndexWriter.RepositoryBuild,
                          _ body: @escaping (IndexWriter, IndexWriter.RepositoryBuild) throws -> T) async throws -> T {
        let writer = writer, work = UncheckedBox(body), b = UncheckedBox(build), queue = queue
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, Error>) in
            queue.async { continuation.resume(with: Result { try work.value(writer.value, b.value) }) }
        }
    }
}

/// How many of the run's parsing workers may parse at once (`gate`): one fewer while the writer is behind, that is
/// while at least ``behind`` analysed batches wait for their write, unless it waits for the disk (a commit's or
/// checkpoint's sync). The writer is one thread and must write in order; a run's repositories come largest first, and
/// on the small ones at its end the writes and finishes cost more than the parsing, so the writer fell behind and the
/// run ended on one core while it caught up (docs/benchmarks.md, "2026-12-08"). Given a core of its own while it is
/// behind, it catches up while the other core still parses.
final class WriterLoad: @unchecked Sendable {
    /// Analysed batches waiting for their write from which the writer counts as behind.
    static let behind = 4
    let gate: WorkerGate
    private let workers: Int
    private let lock = NSLock()
    private var waiting = 0
    private var onDisk = false
    private var width: Int

    init(workers: Int) {
        self.workers = max(1, workers)
        width = self.workers
        gate = WorkerGate(width: self.workers)
    }

    /// A batch was analysed (its write waits).
    func analysed() { update { $0.waiting += 1 } }
    /// An analysed batch was written.
    func written() { update { $0.waiting -= 1 } }
    /// The writer starts (true) or ends (false) waiting for the disk.
    func waitingOnDisk(_ waiting: Bool) { update { $0.onDisk = waiting } }

    private func update(_ change: (WriterLoad) -> Void) {
        // The gate is set under this lock, so updates from the writer thread and the pipeline apply in order (the
        // gate takes no lock of ours: no cycle).
        lock.withLock {
            change(self)
            let wanted = waiting >= Self.behind && !onDisk ? max(1, workers - 1) : workers
            guard wanted != width else { return }
            width = wanted
            gate.setWidth(wanted)
        }
    }
}

/// The result of a call queued on the writer, awaited later by any number of waiters.
final class PendingWrite<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, Error>?
    private var waiters: [CheckedContinuation<T, Error>] = []

    func fulfil(_ outcome: Result<T, Error>) {
        lock.lock()
        result = outcome
        let waiting = waiters
        waiters = []
        lock.unlock()
        for waiter in waiting { waiter.resume(with: outcome) }
    }

    var value: T {
        get async throws {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, Error>) in
                lock.lock()
                if let result {
                    lock.unlock()
                    continuation.resume(with: result)
                } else {
                    waiters.append(continuation)
                    lock.unlock()
                }
            }
        }
    }
}

/// Hands a non-Sendable value to the writer queue; see `WriterQueue` for why that is safe.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

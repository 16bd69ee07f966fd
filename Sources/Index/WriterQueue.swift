import Foundation

/// The writer's own thread: SQLite work never blocks the cooperative pool, so parsing the next batch uses every
/// core while a batch is written. Calls run strictly in the order they were queued, one at a time, so the
/// non-Sendable writer and builds are only ever touched by one thread at a time.
final class WriterQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "clonescan.index.writer", qos: .userInitiated)
    private let writer: UncheckedBox<IndexWriter>

    init(_ writer: IndexWriter) { self.writer = UncheckedBox(writer) }

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

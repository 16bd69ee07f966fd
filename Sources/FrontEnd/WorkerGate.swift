import Foundation

/// How many parsing workers may work at once; the limit can change while they run.
///
/// Why: an index run parses on every core while its single writer thread writes what was parsed, in order. Left to
/// the kernel, the writer got a third of the two cores while two workers were busy, fell behind on the many small
/// repositories at the end of a run (their writes and finishes cost more than their parsing), and the run ended on
/// one core while the writer caught up (docs/benchmarks.md, "2026-12-08"). Holding one worker back whenever the
/// writer has work gives the writer a core of its own and changes nothing but timing. Workers ask before each item
/// (`SourceParser.map`), so a change takes effect within one file.
public final class WorkerGate: @unchecked Sendable {
    private let lock = NSLock()
    private var width: Int
    private var inside = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// A gate letting `width` workers (at least one) work at once.
    public init(width: Int) { self.width = max(1, width) }

    /// Waits until this worker may work.
    public func enter() async {
        let entered: Bool = lock.withLock {
            guard inside < width else { return false }
            inside += 1
            return true
        }
        if entered { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now: Bool = lock.withLock {
                guard inside < width else {
                    waiting.append(continuation)
                    return false
                }
                inside += 1
                return true
            }
            if now { continuation.resume() }
        }
    }

    /// Ends a worker's turn (after each `enter`).
    public func leave() {
        let admitted: [CheckedContinuation<Void, Never>] = lock.withLock {
            inside -= 1
            return admit()
        }
        for waiter in admitted { waiter.resume() }
    }

    /// Sets how many workers may work at once (at least one); workers beyond it finish their current item first.
    public func setWidth(_ newWidth: Int) {
        let admitted: [CheckedContinuation<Void, Never>] = lock.withLock {
            width = max(1, newWidth)
            return admit()
        }
        for waiter in admitted { waiter.resume() }
    }

    /// The waiters that may enter now (called with the lock held).
    private func admit() -> [CheckedContinuation<Void, Never>] {
        var admitted: [CheckedContinuation<Void, Never>] = []
        while inside < width, !waiting.isEmpty {
            admitted.append(waiting.removeFirst())
            inside += 1
        }
        return admitted
    }
}

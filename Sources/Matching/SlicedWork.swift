import Foundation

/// Work split into consecutive slices run on all cores, results in slice order: a large suspect's tables and a large
/// reference's candidate pairs take one core each otherwise, while the query's other repositories are long done.
enum SlicedWork {
    /// `count` items cut into at most `maxSlices` consecutive ranges of at least `minimum` items (one range when fewer).
    static func ranges(_ count: Int, minimum: Int, maxSlices: Int = 8) -> [Range<Int>] {
        let slices = max(1, min(maxSlices, count / max(1, minimum)))
        return (0..<slices).map { k in count * k / slices..<count * (k + 1) / slices }
    }

    /// `body` on each of `ranges` concurrently; the results in range order, or the first range's error.
    static func map<T>(_ ranges: [Range<Int>], _ body: @Sendable (Range<Int>) throws -> T) throws -> [T] {
        if ranges.count == 1, let only = ranges.first { return [try body(only)] }
        let slots = Slots<Result<T, Error>>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { k in slots.set(k, Result { try body(ranges[k]) }) }
        return try slots.values().map { try $0.get() }
    }
}

/// Write-once slots filled from concurrent iterations.
private final class Slots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
    func values() -> [T] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
}

/// Searches over an ordered history (commits or tags, oldest first) with a bounded number of evaluations: each
/// evaluation is an analysis of a whole tree, so histories are bisected and tag lists sampled, never walked whole.
public enum HistorySearch {
    /// The first index in `0..<count` where `holds` is true, by bisection, assuming that once it holds it keeps
    /// holding (code copied in stays). `holds(count - 1)` is evaluated first; nil when it is false there.
    /// At most `1 + ceil(log2(count))` evaluations.
    public static func firstIndex(count: Int, where holds: (Int) async throws -> Bool) async throws -> Int? {
        guard count > 0, try await holds(count - 1) else { return nil }
        var low = 0, high = count - 1  // holds(high) is true; every index below `low` is false
        while low < high {
            let middle = low + (high - low) / 2
            if try await holds(middle) { high = middle } else { low = middle + 1 }
        }
        return high
    }

    /// The index with the highest score (ties: the earliest) and every score evaluated on the way.
    ///
    /// Coarse then fine: every index when `count <= budget`; otherwise `coarse` evenly spaced indices (first and
    /// last included), then the same again within one step either side of the best so far, until the step is 1 or
    /// `budget` evaluations are spent. The best's two neighbours are always evaluated (so at most `budget + 2`).
    /// It finds the true best when the score rises to one peak and falls after it (a copy matches its own version
    /// best and drifts away on both sides); elsewhere it finds a local best.
    public static func best(count: Int, budget: Int, coarse: Int = 8,
                            score: (Int) async throws -> Double) async throws -> (index: Int, scores: [Int: Double])? {
        guard count > 0 else { return nil }
        var scores: [Int: Double] = [:]
        func evaluate(_ i: Int, force: Bool = false) async throws {
            guard scores[i] == nil, force || scores.count < max(1, budget) else { return }
            scores[i] = try await score(i)
        }
        func top(in range: ClosedRange<Int>) -> Int {
            var best = range.lowerBound, high = -Double.infinity
            for i in range { if let s = scores[i], s > high { best = i; high = s } }
            return best
        }
        if count <= budget {
            for i in 0..<count { try await evaluate(i) }
        } else {
            var range = 0...(count - 1)
            let pieces = max(2, coarse) - 1
            while scores.count < budget {
                let span = range.upperBound - range.lowerBound
                let step = max(1, (span + pieces - 1) / pieces)
                for i in stride(from: range.lowerBound, to: range.upperBound, by: step) { try await evaluate(i) }
                try await evaluate(range.upperBound)
                let peak = top(in: range)
                if step == 1 { break }
                range = max(range.lowerBound, peak - step)...min(range.upperBound, peak + step)
            }
        }
        let peak = top(in: 0...(count - 1))
        if peak > 0 { try await evaluate(peak - 1, force: true) }
        if peak + 1 < count { try await evaluate(peak + 1, force: true) }
        return (top(in: 0...(count - 1)), scores)
    }
}

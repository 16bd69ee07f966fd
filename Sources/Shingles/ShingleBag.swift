/// A multiset of shingle hashes: each distinct hash with how often it occurs.
///
/// The exact counterpart of a MinHash signature, used to verify candidate matches and to estimate
/// how much of one unit another contains. Stored as parallel sorted arrays (not a dictionary) so that
/// set operations are linear merges and the value is cheap to encode.
public struct ShingleBag: Sendable, Hashable {
    /// Distinct hashes in increasing order.
    public private(set) var sortedHashes: [UInt64]
    /// `counts[i]` is the multiplicity of `sortedHashes[i]` (always at least 1).
    public private(set) var counts: [UInt32]
    /// Total multiplicity: the number of shingles the bag was built from.
    public private(set) var count: Int

    /// Number of distinct hashes.
    public var distinctCount: Int { sortedHashes.count }

    /// Whether the bag holds no shingle.
    public var isEmpty: Bool { sortedHashes.isEmpty }

    /// Whether `hash` is in the bag (binary search).
    public func contains(_ hash: UInt64) -> Bool {
        var lo = 0, hi = sortedHashes.count
        while lo < hi { let mid = (lo + hi) / 2; if sortedHashes[mid] < hash { lo = mid + 1 } else { hi = mid } }
        return lo < sortedHashes.count && sortedHashes[lo] == hash
    }

    /// The empty bag.
    public init() {
        sortedHashes = []
        counts = []
        count = 0
    }

    /// A bag from hashes already sorted ascending without duplicates, with their multiplicities
    /// (for filtering an existing bag without sorting again).
    /// - Precondition: `sortedHashes` strictly ascending, `counts.count == sortedHashes.count`.
    /// - Complexity: O(n).
    public init(sortedUnique sortedHashes: [UInt64], counts: [UInt32]) {
        precondition(sortedHashes.count == counts.count, "ShingleBag: one count per hash")
        self.sortedHashes = sortedHashes
        self.counts = counts
        self.count = counts.reduce(0) { $0 + Int($1) }
    }

    /// Builds a bag from shingle hashes, keeping multiplicity.
    ///
    /// - Complexity: O(n) expected (`HashSort`), O(n log n) for fewer than 32 hashes.
    public init(_ hashes: some Sequence<UInt64>) {
        self.init(sorting: Array(hashes))
    }

    /// The bag of `hashes`, sorting the array it is given in place and keeping its distinct values in it (no copy
    /// when the caller hands it over with `consume`; one allocation, for the counts, per bag).
    public init(sorting hashes: consuming [UInt64]) {
        var sorted = hashes
        let total = sorted.count
        HashSort.sort(&sorted)
        var counts = [UInt32](repeating: 0, count: total)
        var kept = 0
        sorted.withUnsafeMutableBufferPointer { values in
            counts.withUnsafeMutableBufferPointer { counts in
                for i in 0..<values.count {
                    let hash = values[i]
                    if kept > 0 && values[kept - 1] == hash {
                        // Saturate rather than trap: a count above 4 billion carries no extra evidence.
                        counts[kept - 1] = counts[kept - 1] == UInt32.max ? UInt32.max : counts[kept - 1] + 1
                    } else {
                        values[kept] = hash
                        counts[kept] = 1
                        kept += 1
                    }
                }
            }
        }
        sorted.removeLast(total - kept)
        counts.removeLast(total - kept)
        self.sortedHashes = sorted
        self.counts = counts
        self.count = total
    }

    /// Multiplicity of `hash` (0 when absent).
    ///
    /// - Complexity: O(log n).
    public func multiplicity(of hash: UInt64) -> Int {
        var low = 0
        var high = sortedHashes.count
        while low < high {
            let mid = (low + high) / 2
            if sortedHashes[mid] < hash { low = mid + 1 } else { high = mid }
        }
        return low < sortedHashes.count && sortedHashes[low] == hash ? Int(counts[low]) : 0
    }

    /// Adds every shingle of `other` to this bag (multiset sum).
    ///
    /// - Complexity: O(n + m).
    public func union(_ other: ShingleBag) -> ShingleBag {
        var result = ShingleBag()
        var i = 0
        var j = 0
        while i < sortedHashes.count || j < other.sortedHashes.count {
            if j == other.sortedHashes.count || (i < sortedHashes.count && sortedHashes[i] < other.sortedHashes[j]) {
                result.sortedHashes.append(sortedHashes[i]); result.counts.append(counts[i]); i += 1
            } else if i == sortedHashes.count || other.sortedHashes[j] < sortedHashes[i] {
                result.sortedHashes.append(other.sortedHashes[j]); result.counts.append(other.counts[j]); j += 1
            } else {
                let (sum, overflow) = counts[i].addingReportingOverflow(other.counts[j])
                result.sortedHashes.append(sortedHashes[i]); result.counts.append(overflow ? .max : sum)
                i += 1; j += 1
            }
        }
        result.count = count + other.count
        return result
    }
}

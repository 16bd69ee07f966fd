/// Sorts 64-bit shingle hashes ascending.
///
/// Hashes are uniformly spread, so a least-significant-digit radix sort on bytes does the same work for any
/// input: one pass builds all eight byte histograms, then up to eight scatter passes, no comparisons and no
/// mispredicted branches. Up to `bucketLimit` values one bucket pass and an insertion sort cost less; below 32,
/// quicksort and insertion sort.
public enum HashSort {
    /// Sorts `values` ascending and removes repeats in place: the distinct hashes of a collection
    /// (cheaper than a `Set` of millions of hashes and already in the order an index wants).
    public static func sortDistinct(_ values: inout [UInt64]) {
        sort(&values)
        guard values.count > 1 else { return }
        var kept = 1
        values.withUnsafeMutableBufferPointer { v in
            for i in 1..<v.count where v[i] != v[kept - 1] {
                v[kept] = v[i]
                kept += 1
            }
        }
        values.removeLast(values.count - kept)
    }

    /// Sorts `v[lo..<hi]` in place: quicksort (median of three) down to 16 values, then insertion sort. For the
    /// small bags of most units: no scratch buffer, unlike the standard library's stable sort.
    static func smallSort(_ v: UnsafeMutableBufferPointer<UInt64>, _ lo: Int, _ hi: Int) {
        var lo = lo, hi = hi
        while hi - lo > 16 {
            let mid = lo + (hi - lo) / 2
            // Median of three to v[mid], then Hoare partition around its value.
            if v[mid] < v[lo] { v.swapAt(mid, lo) }
            if v[hi - 1] < v[lo] { v.swapAt(hi - 1, lo) }
            if v[hi - 1] < v[mid] { v.swapAt(hi - 1, mid) }
            let pivot = v[mid]
            var i = lo, j = hi - 1
            while i <= j {
                while v[i] < pivot { i += 1 }
                while v[j] > pivot { j -= 1 }
                if i <= j { v.swapAt(i, j); i += 1; j -= 1 }
            }
            // Recurse into the smaller side, loop on the larger: O(log n) stack.
            if j + 1 - lo < hi - i { smallSort(v, lo, j + 1); lo = i } else { smallSort(v, i, hi); hi = j + 1 }
        }
        if hi - lo < 2 { return }
        for i in (lo + 1)..<hi {
            let x = v[i]
            var j = i
            while j > lo && v[j - 1] > x { v[j] = v[j - 1]; j -= 1 }
            v[j] = x
        }
    }

    /// Largest input `bucketSort` takes; above it the radix sort's passes cost less than a histogram this wide.
    static let bucketLimit = 4096

    /// Sorts `v` (32 to ``bucketLimit`` values) by their top bits (about one bucket per value) into a scratch buffer,
    /// then insertion-sorts the result, whose values are at most a bucket away from their place: one histogram, one
    /// scatter and about n comparisons, where quicksort on random hashes mispredicts every other comparison and the
    /// radix sort makes nine passes. Repeats cost the insertion sort nothing (equal values do not move); values not
    /// uniform in their top bits would, so past a budget of moves the rest goes to `smallSort`.
    static func bucketSort(_ v: UnsafeMutableBufferPointer<UInt64>) {
        let n = v.count
        let bits = max(8, Int.bitWidth - (n - 1).leadingZeroBitCount)  // 2^bits >= n
        let buckets = 1 << bits, shift = UInt64(64 - bits)
        let finished = withUnsafeTemporaryAllocation(of: Int.self, capacity: buckets) { counts -> Bool in
            counts.initialize(repeating: 0)
            for x in v { counts[Int(truncatingIfNeeded: x >> shift)] += 1 }
            var offset = 0
            for i in 0..<buckets {
                let c = counts[i]
                counts[i] = offset
                offset += c
            }
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { scratch -> Bool in
                for x in v {
                    let b = Int(truncatingIfNeeded: x >> shift)
                    scratch[counts[b]] = x
                    counts[b] += 1
                }
                var budget = 8 * n
                for i in 0..<n {
                    let x = scratch[i]
                    var j = i
                    while j > 0 && v[j - 1] > x { v[j] = v[j - 1]; j -= 1 }
                    v[j] = x
                    budget -= i - j
                    if budget < 0 {
                        // Crowded buckets: hand the values not placed yet to the comparison sort with the rest.
                        for k in (i + 1)..<n { v[k] = scratch[k] }
                        return false
                    }
                }
                return true
            }
        }
        if !finished { smallSort(v, 0, n) }
    }

    /// Sorts `values` in place. The result is exactly `values.sorted()`.
    /// - Complexity: O(n) expected for uniform hashes (9 radix passes above ``bucketLimit``, one bucket pass and an
    ///   insertion sort below); O(n log n) below 32 values or when the top bits are crowded.
    static func sort(_ values: inout [UInt64]) {
        let n = values.count
        guard n > bucketLimit else {
            values.withUnsafeMutableBufferPointer { n >= 32 ? bucketSort($0) : smallSort($0, 0, n) }
            return
        }
        var scratch = [UInt64](repeating: 0, count: n)
        values.withUnsafeMutableBufferPointer { data in
            scratch.withUnsafeMutableBufferPointer { spare in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 8 * 256) { counts in
                    counts.initialize(repeating: 0)
                    for v in data {
                        for digit in 0..<8 { counts[digit << 8 | Int(truncatingIfNeeded: v >> (8 * digit)) & 0xFF] += 1 }
                    }
                    var source = data, target = spare
                    for digit in 0..<8 {
                        let base = digit << 8
                        // A byte every value shares moves nothing: skip the pass.
                        if counts[base | Int(truncatingIfNeeded: source[0] >> (8 * digit)) & 0xFF] == n { continue }
                        var offset = 0
                        for i in 0..<256 {
                            let c = counts[base | i]
                            counts[base | i] = offset
                            offset += c
                        }
                        for v in source {
                            let slot = base | Int(truncatingIfNeeded: v >> (8 * digit)) & 0xFF
                            target[counts[slot]] = v
                            counts[slot] += 1
                        }
                        swap(&source, &target)
                    }
                    // After an odd number of passes the sorted values sit in the scratch buffer.
                    if source.baseAddress != data.baseAddress, let to = data.baseAddress, let from = source.baseAddress {
                        to.update(from: from, count: n)
                    }
                }
            }
        }
    }
}

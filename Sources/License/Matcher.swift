/// One region of a text identified as a license text, notice or reference of the dataset.
public struct TextMatch: Sendable, Hashable, Codable {
    public let spdx: String
    public let rule: String
    public let ruleKind: String
    /// Share of the rule's token trigrams found in the region (0...1).
    public let coverage: Double
    public let confidence: Double
    public let startLine: Int
    public let endLine: Int
    /// Number of query tokens the match spans.
    public let tokens: Int
}

extension LicenseDatabase {
    /// Minimum share of a rule's trigrams a match must contain.
    @inline(__always)
    func requiredCoverage(_ r: Rule) -> Double {
        let base: Double
        switch r.ngrams {
        case ..<10: base = 1.0
        case ..<30: base = 0.9
        case ..<100: base = 0.8
        default: base = 0.7
        }
        return max(base, min(1.0, Double(r.minCoverage) / 100))
    }

    /// Finds the licenses in `text` (bytes in any encoding; see `TextDecoding`).
    ///
    /// Tokens are mapped to dataset token ids; every position's token trigram is looked up in the
    /// inverted index (binary search over sorted keys); rules holding enough distinct trigrams become
    /// candidates; their hit positions are split into clusters (gaps bigger than a few tokens), each
    /// cluster is scored by coverage of the rule and by density, and the best non-overlapping clusters
    /// are kept greedily (score = matched trigrams × coverage, so a complete BSD-2 beats an incomplete
    /// BSD-3 and a complete BSD-3 beats the BSD-2 it contains). Two licenses in one file give two matches.
    ///
    /// Complexity: O(n log k + Σ postings of the text's trigrams), n tokens, k index keys.
    public func match(text: [UInt8], firstLine: Int = 1) -> [TextMatch] {
        var ids: [UInt32] = []
        var lines: [Int32] = []
        ids.reserveCapacity(text.count / 5)
        lines.reserveCapacity(text.count / 5)
        Normalizer.tokenize(text, firstLine: firstLine) { h, line in
            ids.append(vocab[h] ?? 0)
            lines.append(Int32(truncatingIfNeeded: line))
        }
        let n = ids.count
        if n < 3 { return [] }

        // Trigram keys and their posting ranges, per position.
        var qkeys = [UInt64](repeating: 0, count: n - 2)
        var ranges = [Range<Int>?](repeating: nil, count: n - 2)
        for j in 0..<(n - 2) {
            let a = ids[j], b = ids[j + 1], c = ids[j + 2]
            if a == 0 || b == 0 || c == 0 { continue }
            let key = UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c)
            qkeys[j] = key
            ranges[j] = postingRange(key)
        }

        // Dense ids of the distinct query trigrams (for O(1) distinct counting without hashing later).
        var keyId = [Int32](repeating: -1, count: n - 2)
        var firstOcc = [Bool](repeating: false, count: n - 2)
        var ids2: [UInt64: Int32] = [:]
        ids2.reserveCapacity(n)
        for j in 0..<(n - 2) where ranges[j] != nil {
            if let d = ids2[qkeys[j]] { keyId[j] = d }
            else { let d = Int32(ids2.count); ids2[qkeys[j]] = d; keyId[j] = d; firstOcc[j] = true }
        }
        let distinctKeys = ids2.count

        // Pass 1: distinct trigrams per rule.
        var counts = [Int32](repeating: 0, count: rules.count)
        postings.withUnsafeBufferPointer { post in
            counts.withUnsafeMutableBufferPointer { cnt in
                for j in 0..<(n - 2) where firstOcc[j] {
                    guard let r = ranges[j] else { continue }
                    for p in r { cnt[Int(post[p])] &+= 1 }
                }
            }
        }
        var candidates: [Int] = []
        for (r, c) in counts.enumerated() where c > 0 {
            let rule = rules[r]
            if Double(c) >= Double(rule.ngrams) * requiredCoverage(rule) - 1e-9 { candidates.append(r) }
        }
        if candidates.isEmpty { return [] }
        if candidates.count > 4000 {
            candidates.sort { counts[$0] > counts[$1] || (counts[$0] == counts[$1] && $0 < $1) }
            candidates.removeLast(candidates.count - 4000)
        }
        var slot = [Int32](repeating: -1, count: rules.count)
        for (i, r) in candidates.enumerated() { slot[r] = Int32(i) }

        // Pass 2: hit positions of the candidates, in one flat array (count, then fill).
        var hitStart = [Int](repeating: 0, count: candidates.count + 1)
        postings.withUnsafeBufferPointer { post in
            slot.withUnsafeBufferPointer { sl in
                hitStart.withUnsafeMutableBufferPointer { hs in
                    for j in 0..<(n - 2) {
                        guard let r = ranges[j] else { continue }
                        for p in r { let s = sl[Int(post[p])]; if s >= 0 { hs[Int(s) + 1] += 1 } }
                    }
                }
            }
        }
        for i in 0..<candidates.count { hitStart[i + 1] += hitStart[i] }
        var fill = hitStart
        var flat = [Int32](repeating: 0, count: hitStart[candidates.count])
        postings.withUnsafeBufferPointer { post in
            slot.withUnsafeBufferPointer { sl in
                flat.withUnsafeMutableBufferPointer { fl in
                    for j in 0..<(n - 2) {
                        guard let r = ranges[j] else { continue }
                        for p in r {
                            let s = Int(sl[Int(post[p])])
                            if s >= 0 { fl[fill[s]] = Int32(j); fill[s] += 1 }
                        }
                    }
                }
            }
        }
        var mark = [Int32](repeating: -1, count: distinctKeys)
        var stamp: Int32 = 0

        struct Cand { let rule: Int; let start: Int; let end: Int; let matched: Int; let coverage: Double; let score: Double }
        var accepted: [Cand] = []
        for (i, r) in candidates.enumerated() {
            let rule = rules[r]
            let pos = flat[hitStart[i]..<hitStart[i + 1]]
            if pos.isEmpty { continue }
            let maxGap = rule.tokLen < 30 ? 4 : 30
            let need = requiredCoverage(rule)
            var k = pos.startIndex
            while k < pos.endIndex {
                var e = k
                while e + 1 < pos.endIndex && Int(pos[e + 1]) - Int(pos[e]) <= maxGap { e += 1 }
                let next = e + 1
                if rule.tokLen >= 30 {
                    // Trim stray hits at the edges: a cluster starts and ends in a run of 4 consecutive trigrams,
                    // so a neighbouring license's shared phrases ("of any kind") do not stretch it.
                    func run(_ i: Int, _ dir: Int) -> Bool {
                        var c = 0, j = i
                        while c < 3, j + dir >= k, j + dir <= e, Int(pos[j + dir]) - Int(pos[j]) == dir { c += 1; j += dir }
                        return c >= 3
                    }
                    var a = k, b = e
                    while a < b && !run(a, 1) { a += 1 }
                    while b > a && !run(b, -1) { b -= 1 }
                    if a < b { k = a; e = b }
                }
                defer { k = next }
                stamp &+= 1
                var matched = 0
                for q in k...e {
                    let d = Int(keyId[Int(pos[q])])
                    if mark[d] != stamp { mark[d] = stamp; matched += 1 }
                }
                let coverage = Double(matched) / Double(max(1, rule.ngrams))
                let start = Int(pos[k]), end = Int(pos[e]) + 3
                let span = end - start
                let density = Double(matched) / Double(max(1, span - 2))
                var ok = coverage >= need - 1e-9 && density >= 0.5
                if ok && rule.ngrams < 10 { ok = span == rule.tokLen }   // short rules: exact and contiguous
                if ok {
                    accepted.append(Cand(rule: r, start: start, end: end, matched: matched, coverage: min(1, coverage),
                                         score: Double(matched) * min(1, coverage) * min(1, density)))
                }
            }
        }
        accepted.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let ka = rules[a.rule].kind.rawValue, kb = rules[b.rule].kind.rawValue
            if ka != kb { return ka < kb }
            if rules[a.rule].relevance != rules[b.rule].relevance { return rules[a.rule].relevance > rules[b.rule].relevance }
            return a.rule < b.rule
        }
        var claimed = [Bool](repeating: false, count: n)
        var out: [(Int, TextMatch)] = []
        for c in accepted {
            var taken = 0
            for p in c.start..<min(c.end, n) where claimed[p] { taken += 1 }
            if Double(taken) > 0.3 * Double(c.end - c.start) { continue }
            for p in c.start..<min(c.end, n) { claimed[p] = true }
            let rule = rules[c.rule]
            var spdx = rule.spdx
            if spdx == "Python-2.0" {
                // SPDX: Python-2.0 is the whole CPython stack (PSF + BeOpen + CNRI + CWI); the PSF agreement alone
                // is PSF-2.0. ScanCode files both under `python`, so split them by what the region contains.
                let stackWords = ["beopen", "cnri", "stichting"].compactMap { vocab[Normalizer.fnv($0)] }
                var stack = false
                for p in c.start..<min(c.end, n) where stackWords.contains(ids[p]) { stack = true; break }
                if !stack { spdx = "PSF-2.0" }
            }
            let kind: String
            switch rule.kind { case .text: kind = "text"; case .notice: kind = "notice"; case .reference: kind = "reference"; case .tag: kind = "tag" }
            let conf = (c.coverage * Double(min(100, max(0, rule.relevance))) / 100 * 1000).rounded() / 1000
            out.append((c.start, TextMatch(spdx: spdx, rule: rule.name, ruleKind: kind, coverage: (c.coverage * 1000).rounded() / 1000,
                                           confidence: conf, startLine: Int(lines[c.start]), endLine: Int(lines[min(c.end, n) - 1]),
                                           tokens: c.end - c.start)))
        }
        return out.sorted { $0.0 < $1.0 }.map { $0.1 }
    }
}

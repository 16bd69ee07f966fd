import Analysis
import Sketch

/// Candidate search of `UnitMatcher`, in pieces a streamed suspect can feed one unit at a time (`SuspectScreen`):
/// the reference's band keys, the suspect's tables of the keys and literals some reference unit wants, and the
/// ranked candidates of every reference unit. Both users run this one code, so a screened suspect gets exactly the
/// candidates a whole one would.
enum CandidateSearch {
    /// A literal in more suspect units than this (a common message, a version string) is no route to a copy.
    static let maxLiteralUnits = 16

    /// The reference side: each evidence unit's band keys per channel, and every key and literal a suspect unit must
    /// hold to become a candidate of some reference unit.
    struct ReferenceKeys {
        var structure: [[UInt64]] = [], cross: [[UInt64]] = []
        var wantedStructure = Set<UInt64>(), wantedCross = Set<UInt64>(), wantedLiterals = Set<UInt64>()
        /// One bit per value of a key's or literal's low bits, set for the wanted ones: a suspect unit's keys and
        /// literals are mostly unwanted, and one bit test rejects most of them before a set look-up.
        private(set) var maybeWanted = WantedBits()

        init(_ reference: RepositoryFeatures, units: [UnitRef], lsh: LSHParameters) throws {
            structure.reserveCapacity(units.count); cross.reserveCapacity(units.count)
            for ref in units {
                let u = reference.files[ref.file].units[ref.unit]
                let s = try lsh.bandKeys(u.structureSignature), c = try lsh.bandKeys(u.crossSignature)
                structure.append(s); cross.append(c)
                wantedStructure.formUnion(s); wantedCross.formUnion(c)
                wantedLiterals.formUnion(u.literals.sortedHashes)
            }
            for set in [wantedStructure, wantedCross, wantedLiterals] { for h in set { maybeWanted.insert(h) } }
        }
    }

    /// A fixed bit set over the low 20 bits of 64-bit hashes (128 KiB): no false negatives.
    struct WantedBits {
        private static let mask: UInt64 = (1 << 20) - 1
        private var words = [UInt64](repeating: 0, count: (1 << 20) / 64)

        mutating func insert(_ h: UInt64) { let b = h & Self.mask; words[Int(b >> 6)] |= 1 << (b & 63) }

        /// False only for a hash never inserted.
        func mayContain(_ h: UInt64) -> Bool { let b = h & Self.mask; return words[Int(b >> 6)] & (1 << (b & 63)) != 0 }
    }

    /// The suspect side: which suspect evidence units (by position) hold each wanted key and literal.
    struct SuspectTables {
        var structure: [UInt64: [Int]] = [:], cross: [UInt64: [Int]] = [:], literals: [UInt64: [Int]] = [:]
        /// One past the highest position entered.
        private(set) var unitCount = 0

        /// Enters suspect evidence unit number `i` (positions must be added in increasing order).
        mutating func add(_ u: UnitFeatures, at i: Int, keys: ReferenceKeys, lsh: LSHParameters) throws {
            unitCount = max(unitCount, i + 1)
            let wanted = keys.maybeWanted
            for key in try lsh.bandKeys(u.structureSignature) where wanted.mayContain(key) && keys.wantedStructure.contains(key) {
                structure[key, default: []].append(i)
            }
            for key in try lsh.bandKeys(u.crossSignature) where wanted.mayContain(key) && keys.wantedCross.contains(key) {
                cross[key, default: []].append(i)
            }
            // Literal route: ports keep messages and tables even when structure and names change.
            for h in u.literals.sortedHashes where wanted.mayContain(h) && keys.wantedLiterals.contains(h) { literals[h, default: []].append(i) }
        }

        /// Appends the tables of the units after this one's (a later slice of the suspect, tabulated on its own).
        mutating func append(_ later: SuspectTables) {
            for (key, units) in later.structure { structure[key, default: []].append(contentsOf: units) }
            for (key, units) in later.cross { cross[key, default: []].append(contentsOf: units) }
            for (hash, units) in later.literals { literals[hash, default: []].append(contentsOf: units) }
            unitCount = max(unitCount, later.unitCount)
        }

        /// Candidates of each reference evidence unit (`units`, in the order `keys` was built from): most shared bands
        /// and literals first, ties by position, at most `limit`.
        func candidates(_ reference: RepositoryFeatures, units: [UnitRef], keys: ReferenceKeys, limit: Int) -> [[Int]] {
            let literalRoutes = literals.filter { $0.value.count <= CandidateSearch.maxLiteralUnits }
            var out: [[Int]] = []
            out.reserveCapacity(units.count)
            // Hits counted in a dense array (a popular band key lists thousands of suspect units; a dictionary per
            // reference unit and a sort of its pairs were a fifth of a large repository's verification).
            var hits = [UInt32](repeating: 0, count: unitCount)
            var touched: [Int] = []
            var ranked: [UInt64] = []
            for ri in units.indices {
                let r = reference.files[units[ri].file].units[units[ri].unit]
                touched.removeAll(keepingCapacity: true)
                func count(_ list: [Int]?) {
                    for s in list ?? [] {
                        if hits[s] == 0 { touched.append(s) }
                        hits[s] += 1
                    }
                }
                for key in keys.structure[ri] { count(structure[key]) }
                for key in keys.cross[ri] { count(cross[key]) }
                for h in r.literals.sortedHashes { count(literalRoutes[h]) }
                // Most hits first, ties by position: one integer per candidate, hits high, inverted position low.
                ranked.removeAll(keepingCapacity: true)
                for s in touched {
                    ranked.append(UInt64(hits[s]) << 32 | UInt64(UInt32.max - UInt32(truncatingIfNeeded: s)))
                    hits[s] = 0
                }
                ranked.sort(by: >)
                out.append(ranked.prefix(limit).map { Int(UInt32.max - UInt32(truncatingIfNeeded: $0)) })
            }
            return out
        }
    }
}

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

        init(_ reference: RepositoryFeatures, units: [UnitRef], lsh: LSHParameters) throws {
            structure.reserveCapacity(units.count); cross.reserveCapacity(units.count)
            for ref in units {
                let u = reference.files[ref.file].units[ref.unit]
                let s = try lsh.bandKeys(u.structureSignature), c = try lsh.bandKeys(u.crossSignature)
                structure.append(s); cross.append(c)
                wantedStructure.formUnion(s); wantedCross.formUnion(c)
                wantedLiterals.formUnion(u.literals.sortedHashes)
            }
        }
    }

    /// The suspect side: which suspect evidence units (by position) hold each wanted key and literal.
    struct SuspectTables {
        var structure: [UInt64: [Int]] = [:], cross: [UInt64: [Int]] = [:], literals: [UInt64: [Int]] = [:]

        /// Enters suspect evidence unit number `i` (positions must be added in increasing order).
        mutating func add(_ u: UnitFeatures, at i: Int, keys: ReferenceKeys, lsh: LSHParameters) throws {
            for key in try lsh.bandKeys(u.structureSignature) where keys.wantedStructure.contains(key) { structure[key, default: []].append(i) }
            for key in try lsh.bandKeys(u.crossSignature) where keys.wantedCross.contains(key) { cross[key, default: []].append(i) }
            // Literal route: ports keep messages and tables even when structure and names change.
            for h in u.literals.sortedHashes where keys.wantedLiterals.contains(h) { literals[h, default: []].append(i) }
        }

        /// Candidates of each reference evidence unit (`units`, in the order `keys` was built from): most shared bands
        /// and literals first, ties by position, at most `limit`.
        func candidates(_ reference: RepositoryFeatures, units: [UnitRef], keys: ReferenceKeys, limit: Int) -> [[Int]] {
            let literalRoutes = literals.filter { $0.value.count <= CandidateSearch.maxLiteralUnits }
            var out: [[Int]] = []
            out.reserveCapacity(units.count)
            for ri in units.indices {
                let r = reference.files[units[ri].file].units[units[ri].unit]
                var hits: [Int: Int] = [:]
                for key in keys.structure[ri] { for s in structure[key] ?? [] { hits[s, default: 0] += 1 } }
                for key in keys.cross[ri] { for s in cross[key] ?? [] { hits[s, default: 0] += 1 } }
                for h in r.literals.sortedHashes { for s in literalRoutes[h] ?? [] { hits[s, default: 0] += 1 } }
                out.append(hits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key))
            }
            return out
        }
    }
}

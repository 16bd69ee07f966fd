import Analysis

/// The reference's internal call edges (a counted unit calling another unit of the reference by name) and which of
/// them the suspect keeps: the caller's counterpart calls the callee's counterpart by that unit's name. Measured
/// once per comparison; the call-graph channel counts it and the report shows the first kept edges.
struct CallEdges {
    /// A kept edge: reference caller and callee, and their counterparts in the suspect.
    struct Kept {
        var caller: UnitRef, callee: UnitRef, suspectCaller: UnitRef, suspectCallee: UnitRef
    }

    /// Internal call edges of the reference (one per caller and callee name).
    var total = 0
    /// The kept ones, in reference order (callers in evidence order, callee names ascending).
    var kept: [Kept] = []

    /// Each reference unit's counterpart: its match, else the suspect unit its best verified candidate was.
    static func counterparts(bestCandidates: [UnitRef: UnitRef], matches: [UnitMatch]) -> [UnitRef: UnitRef] {
        var out = bestCandidates
        for m in matches { out[m.reference] = m.suspect }
        return out
    }

    static func measure(reference: RepositoryFeatures, suspect: RepositoryFeatures, referenceUnits: [UnitRef],
                        counted: Set<UnitRef>, counterparts: [UnitRef: UnitRef]) -> CallEdges {
        func unit(_ repo: RepositoryFeatures, _ ref: UnitRef) -> UnitFeatures { repo.files[ref.file].units[ref.unit] }
        // Reference units by normalised name: the targets a callee name resolves to.
        var byName: [UInt64: [UnitRef]] = [:]
        for ref in referenceUnits {
            let u = unit(reference, ref)
            guard u.kind != .topLevel, u.name != "<top-level>" else { continue }
            byName[NameKey.hash(u.name), default: []].append(ref)
        }
        var out = CallEdges()
        for caller in referenceUnits where counted.contains(caller) {
            let u = unit(reference, caller)
            guard !u.structure.isEmpty || !u.subwords.isEmpty else { continue }
            let mappedCaller = counterparts[caller]
            for callee in u.calls.sortedHashes {
                guard let targets = byName[callee]?.filter({ $0 != caller }), !targets.isEmpty else { continue }
                out.total += 1
                guard let mapped = mappedCaller else { continue }
                let calls = unit(suspect, mapped).calls
                for target in targets {
                    guard let t = counterparts[target], calls.contains(NameKey.hash(unit(suspect, t).name)) else { continue }
                    out.kept.append(Kept(caller: caller, callee: target, suspectCaller: mapped, suspectCallee: t))
                    break
                }
            }
        }
        return out
    }
}

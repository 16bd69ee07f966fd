import Analysis

/// Where the comment and call-graph channels found their evidence, so a report can show it rather than assert it:
/// the unit pairs sharing the most comment phrasing, and call edges kept through the unit counterparts.
public struct ChannelExample: Sendable, Equatable {
    public enum Kind: String, Sendable { case comments, callGraph = "call_graph" }
    public var kind: Kind
    /// The reference unit (for a call edge, the caller) and its counterpart in the suspect.
    public var reference: UnitRef
    public var suspect: UnitRef
    /// Comment word pairs the two units share (comments only).
    public var sharedCommentPairs: Int
    /// The callee on each side (call edges only).
    public var referenceCallee: UnitRef?
    public var suspectCallee: UnitRef?

    /// At most `limit` examples of each channel: the counterpart pairs sharing the most comment word pairs, and
    /// the first kept call edges in reference order.
    static func find(reference: RepositoryFeatures, suspect: RepositoryFeatures, referenceUnits: [UnitRef], counted: Set<UnitRef>,
                     bestCandidates: [UnitRef: UnitRef], matches: [UnitMatch], limit: Int = 3) -> [ChannelExample] {
        func unit(_ repo: RepositoryFeatures, _ ref: UnitRef) -> UnitFeatures { repo.files[ref.file].units[ref.unit] }
        var counterpart = bestCandidates
        for m in matches { counterpart[m.reference] = m.suspect }
        var comments: [ChannelExample] = []
        for ref in referenceUnits where counted.contains(ref) {
            guard let other = counterpart[ref] else { continue }
            let a = unit(reference, ref).comments, b = unit(suspect, other).comments
            guard !a.isEmpty, !b.isEmpty else { continue }
            let shared = a.sortedHashes.reduce(0) { $0 + (b.contains($1) ? 1 : 0) }
            if shared >= 2 {
                comments.append(ChannelExample(kind: .comments, reference: ref, suspect: other, sharedCommentPairs: shared))
            }
        }
        comments.sort { $0.sharedCommentPairs != $1.sharedCommentPairs ? $0.sharedCommentPairs > $1.sharedCommentPairs
            : ($0.reference.file, $0.reference.unit) < ($1.reference.file, $1.reference.unit) }

        var byName: [UInt64: [UnitRef]] = [:]
        for ref in referenceUnits where unit(reference, ref).kind != .topLevel {
            byName[NameKey.hash(unit(reference, ref).name), default: []].append(ref)
        }
        var edges: [ChannelExample] = []
        outer: for caller in referenceUnits where counted.contains(caller) {
            guard let mapped = counterpart[caller] else { continue }
            for callee in unit(reference, caller).calls.sortedHashes {
                for target in byName[callee] ?? [] where target != caller {
                    guard let t = counterpart[target], unit(suspect, mapped).calls.contains(NameKey.hash(unit(suspect, t).name)) else { continue }
                    edges.append(ChannelExample(kind: .callGraph, reference: caller, suspect: mapped, sharedCommentPairs: 0,
                                                referenceCallee: target, suspectCallee: t))
                    if edges.count >= limit { break outer }
                    break
                }
            }
        }
        return Array(comments.prefix(limit)) + edges
    }
}

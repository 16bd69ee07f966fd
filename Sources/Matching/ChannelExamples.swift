import Analysis

/// Where the comment, call-graph and private-name channels found their evidence, so a report can show it rather than
/// assert it: the unit pairs sharing the most comment phrasing, call edges kept through the unit counterparts, and
/// private helpers whose matched counterpart kept the name.
public struct ChannelExample: Sendable, Equatable {
    public enum Kind: String, Sendable { case comments, callGraph = "call_graph", privateNames = "private_names" }
    public var kind: Kind
    /// The reference unit (for a call edge, the caller) and its counterpart in the suspect.
    public var reference: UnitRef
    public var suspect: UnitRef
    /// Comment word pairs the two units share (comments only).
    public var sharedCommentPairs: Int
    /// The callee on each side (call edges only).
    public var referenceCallee: UnitRef?
    public var suspectCallee: UnitRef?

    /// At most `limit` examples of each channel: the counterpart pairs sharing the most comment word pairs, the first
    /// kept call edges in reference order (`CallEdges`, which the call-graph channel counts), and the first private
    /// helpers kept by name in reference order (`PrivateHelperNames`, which the private-name channel counts).
    static func find(reference: RepositoryFeatures, suspect: RepositoryFeatures, referenceUnits: [UnitRef], counted: Set<UnitRef>,
                     counterparts: [UnitRef: UnitRef], callEdges: CallEdges, privateHelpers: [PrivateHelperNames.Kept],
                     limit: Int = 3) -> [ChannelExample] {
        func unit(_ repo: RepositoryFeatures, _ ref: UnitRef) -> UnitFeatures { repo.files[ref.file].units[ref.unit] }
        var comments: [ChannelExample] = []
        for ref in referenceUnits where counted.contains(ref) {
            guard let other = counterparts[ref] else { continue }
            let a = unit(reference, ref).comments, b = unit(suspect, other).comments
            guard !a.isEmpty, !b.isEmpty else { continue }
            let shared = a.sortedHashes.reduce(0) { $0 + (b.contains($1) ? 1 : 0) }
            if shared >= 2 {
                comments.append(ChannelExample(kind: .comments, reference: ref, suspect: other, sharedCommentPairs: shared))
            }
        }
        comments.sort { $0.sharedCommentPairs != $1.sharedCommentPairs ? $0.sharedCommentPairs > $1.sharedCommentPairs
            : ($0.reference.file, $0.reference.unit) < ($1.reference.file, $1.reference.unit) }
        let edges = callEdges.kept.prefix(limit).map { e in
            ChannelExample(kind: .callGraph, reference: e.caller, suspect: e.suspectCaller, sharedCommentPairs: 0,
                           referenceCallee: e.callee, suspectCallee: e.suspectCallee)
        }
        let helpers = privateHelpers.prefix(limit).map { ChannelExample(kind: .privateNames, reference: $0.reference, suspect: $0.suspect, sharedCommentPairs: 0) }
        return Array(comments.prefix(limit)) + edges + helpers
    }
}

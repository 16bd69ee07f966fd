import Analysis
import FrontEnd

/// The private helpers a suspect kept by name: evidence a port leaves and an implementation written from the API
/// does not (it shares the public names by construction, and names its helpers its own way).
enum PrivateHelperNames {
    /// A reference helper whose counterpart in the suspect has the same normalised name.
    struct Kept: Equatable {
        var reference: UnitRef
        var suspect: UnitRef
    }

    /// The counted reference units that are private helpers (not exported, not top-level code, a name of two or more
    /// sub-words: `_parse` or `helper` is every program's) whose counterpart (the matched unit, else the best verified
    /// candidate: `CallEdges.counterparts`) has the same normalised name (`_fancy_replace`, `fancy_replace` and
    /// `fancyReplace` are one name), in reference order.
    static func kept(reference: RepositoryFeatures, suspect: RepositoryFeatures, counted: Set<UnitRef>,
                     counterparts: [UnitRef: UnitRef]) -> [Kept] {
        var kept: [Kept] = []
        for (ref, other) in counterparts where counted.contains(ref) {
            let r = reference.files[ref.file].units[ref.unit]
            guard !r.isExported, isHelperName(r) else { continue }
            let name = NameKey.normalized(r.name)
            if !name.isEmpty && name == NameKey.normalized(suspect.files[other.file].units[other.unit].name) {
                kept.append(Kept(reference: ref, suspect: other))
            }
        }
        return kept.sorted { ($0.reference.file, $0.reference.unit) < ($1.reference.file, $1.reference.unit) }
    }

    /// A named function or method whose name has two or more sub-words.
    static func isHelperName(_ u: UnitFeatures) -> Bool {
        u.kind != .topLevel && u.kind != .file && !u.name.hasPrefix("<") && Subwords.split(u.name).count >= 2
    }
}

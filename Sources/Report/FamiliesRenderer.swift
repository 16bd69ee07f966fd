import Foundation
import FrontEnd
import Matching

/// Plain-text rendering of a `FamiliesReport`; every path passes through `terminalSafe`.
public enum FamiliesRenderer {
    public static func text(_ r: FamiliesReport) -> String {
        var lines = ["\(r.families.count) famil\(r.families.count == 1 ? "y" : "ies") among \(r.repositories_indexed) indexed repositories (\(r.pairs_verified) candidate pairs verified; linked at \(r.min_verdict.rawValue) or above)"]
        for f in r.families {
            lines.append("family \(f.id): origin \(terminalSafe(f.origin))")
            for m in f.members {
                lines.append("  \(m.relation.padding(toLength: 24, withPad: " ", startingAt: 0)) \(String(format: "%.2f", m.score))  \(Int((m.containment * 100).rounded()))% of the origin, \(Int((m.reverse_containment * 100).rounded()))% of itself  \(terminalSafe(m.repository))")
                for e in m.direction_evidence { lines.append("      \(terminalSafe(e))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

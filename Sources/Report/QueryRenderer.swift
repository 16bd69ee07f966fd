import Foundation
import FrontEnd
import Matching

/// Plain-text rendering of a `QueryReport`; every name and path passes through `terminalSafe`.
public enum QueryRenderer {
    /// One line per result with its best three regions under it.
    public static func text(_ report: QueryReport, referenceArgument: String) -> String {
        var lines = ["\(report.results.count) of \(report.repositories_indexed) indexed repositories contain code of \(terminalSafe(referenceArgument)) (\(report.reference.leaf_units) units)"]
        for r in report.results {
            lines.append("  \(r.verdict.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(String(format: "%.2f", r.score))  \(Int((r.containment * 100).rounded()))% of reference  \(terminalSafe(r.repository))  (\(r.relation), \(r.matched_units) units)  \(terminalSafe(r.path))")
            for m in r.matches.prefix(3) {
                lines.append("      \(terminalSafe(m.reference.path)):\(m.reference.start_line)-\(m.reference.end_line) ~ \(terminalSafe(m.suspect.path)):\(m.suspect.start_line)-\(m.suspect.end_line) \(m.similarity) (\(m.channel))")
            }
            if r.verdict >= .partialClone, let ch = r.evidence_channels { lines += ch.carrierLines(indent: "      ") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

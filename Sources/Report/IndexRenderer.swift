import Foundation
import FrontEnd
import Index

/// Text rendering of index progress and summaries.
public enum IndexRenderer {
    /// One progress line (it starts with a carriage return and a clear-line escape).
    public static func progressLine(_ p: IndexProgress) -> String {
        let rate = p.elapsed > 0 ? Double(p.filesDone) / p.elapsed : 0
        let mbps = p.elapsed > 0 ? Double(p.bytesDone) / p.elapsed / 1e6 : 0
        let remaining = p.bytesTotal - p.bytesDone
        let eta = p.bytesDone > 0 && p.elapsed > 0 ? Double(remaining) / (Double(p.bytesDone) / p.elapsed) : 0
        return String(format: "\r\u{1B}[Kindexing %@  %d/%d files  %.0f files/s  %.1f MB/s  ETA %.0fs",
                      terminalSafe(String(p.repository.prefix(40))), p.filesDone, p.filesTotal, rate, mbps, eta)
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.0f KB", Double(bytes) / 1e3)
    }

    /// The run's summary as text.
    public static func render(_ s: IndexSummary) -> String {
        var lines: [String] = []
        lines.append("indexed \(s.repositories) repositor\(s.repositories == 1 ? "y" : "ies") into \(terminalSafe(s.database)) in "
                     + String(format: "%.2fs", s.seconds)
                     + " (\(s.repositories_changed) changed\(s.repositories_resumed > 0 ? ", \(s.repositories_resumed) resumed" : ""))")
        lines.append("files: \(s.files_seen) seen, \(s.files_indexed) indexed, \(s.files_copied) identical to indexed files, "
                     + "\(s.files_unchanged) unchanged, \(s.files_removed) removed, \(s.files_skipped) skipped")
        if !s.skipped_by_reason.isEmpty {
            lines.append("skipped: " + s.skipped_by_reason.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        if !s.skipped_repositories.isEmpty {
            lines.append("repositories skipped entirely: " + s.skipped_repositories.map(terminalSafe).joined(separator: ", "))
        }
        if !s.repositories_removed.isEmpty {
            lines.append("repositories no longer listed, removed: " + s.repositories_removed.map(terminalSafe).joined(separator: ", "))
        }
        let mbps = s.seconds > 0 ? Double(s.bytes_seen) / s.seconds / 1e6 : 0
        lines.append("units: \(s.units_written) written, \(s.units_total) in the index; source \(size(s.bytes_seen)) at "
                     + String(format: "%.1f MB/s", mbps) + "; database \(size(s.db_bytes))")
        return lines.joined(separator: "\n")
    }

    /// What `clonescan index --remove` did.
    public static func render(_ r: IndexRemoval) -> String {
        "removed \(r.removed.count) repositor\(r.removed.count == 1 ? "y" : "ies") from \(terminalSafe(r.database))"
            + (r.removed.isEmpty ? "" : ": " + r.removed.map(terminalSafe).joined(separator: ", "))
    }

    /// The repositories of an index, one line each, their warnings indented below.
    public static func render(_ listing: IndexListing) -> String {
        guard !listing.repositories.isEmpty else { return "the index holds no repository" }
        var lines: [String] = []
        for r in listing.repositories {
            let head = r.head.map { String($0.prefix(12)) } ?? "-"
            lines.append("\(terminalSafe(r.path))  \(head)  \(r.files) files  \(r.units) units  last indexed \(r.last_indexed ?? "never")"
                         + (r.warnings.isEmpty ? "" : "  (\(r.warnings.count) warning\(r.warnings.count == 1 ? "" : "s"))"))
            for w in r.warnings { lines.append("    warning: \(terminalSafe(w))") }
        }
        return lines.joined(separator: "\n")
    }
}

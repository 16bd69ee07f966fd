import Foundation

/// A reference file that a clone matched, with the suspect file it was found in.
public struct MatchedFile: Codable, Sendable, Hashable {
    /// Path relative to the reference root (as in the reference's `LicenseReport`).
    public var reference: String
    /// Path relative to the suspect root.
    public var suspect: String
    /// False when the suspect file is an unchanged copy (then no modification notice is owed).
    public var modified: Bool

    public init(reference: String, suspect: String, modified: Bool = true) {
        self.reference = reference; self.suspect = suspect; self.modified = modified
    }
}

/// Did the suspect mark the files it changed, as the reference's license requires?
public struct ModificationNoticeCheck: Codable, Sendable, Hashable {
    /// The reference license the duty comes from.
    public var license: String
    /// `per-file` (Apache-2.0 §4(b), GPL-2.0 §2(a), LGPL-2.x §2(b), MPL) or `work` (GPL-3.0/AGPL-3.0/LGPL-3.0 §5(a)).
    public var scope: String
    /// The license text the duty rests on.
    public var source: String
    /// Modified suspect files whose header says they were changed.
    public var marked: [String]
    /// Modified suspect files without such a notice.
    public var unmarked: [String]
    /// `path:line: text` of the notices found (at most 5).
    public var evidence: [String]
    /// True when the duty is met.
    public var satisfied: Bool
}

/// Modification-notice duties of copyleft and Apache licenses, checked on the suspect's matched files.
public enum ModificationNotices {
    struct Duty { let scope: String; let source: String }

    /// The duty an SPDX id imposes, or nil.
    static func duty(_ id: String) -> Duty? {
        let u = id.uppercased()
        if u == "APACHE-2.0" {
            return Duty(scope: "per-file", source: "Apache-2.0 §4(b): \"You must cause any modified files to carry prominent notices stating that You changed the files\"")
        }
        if u.hasPrefix("GPL-2.0") {
            return Duty(scope: "per-file", source: "GPL-2.0 §2(a): \"You must cause the modified files to carry prominent notices stating that you changed the files and the date of any change.\"")
        }
        if u.hasPrefix("LGPL-2.1") || u.hasPrefix("LGPL-2.0") {
            return Duty(scope: "per-file", source: "LGPL-2.1 §2(b): \"You must cause the files modified to carry prominent notices stating that you changed the files and the date of any change.\"")
        }
        if u.hasPrefix("GPL-3.0") || u.hasPrefix("AGPL-3.0") || u.hasPrefix("LGPL-3.0") {
            return Duty(scope: "work", source: "GPL-3.0 §5(a): \"The work must carry prominent notices stating that you modified it, and giving a relevant date.\"")
        }
        if u == "MPL-1.1" {
            return Duty(scope: "per-file", source: "MPL-1.1 §3.3: \"You must cause all Covered Code to which You contribute to contain a file documenting the changes You made\"")
        }
        if u.hasPrefix("MPL-2.0") {
            return Duty(scope: "per-file", source: "MPL-2.0 §3.4: \"You may not remove or alter the substance of any license notices ... contained within the Source Code Form of the Covered Software\" (the file's MPL notice must stay)")
        }
        return nil
    }

    /// Words of a notice saying a file was changed.
    static let modificationWords = ["modified", "modification", "changed by", "changes by", "changes made", "changes:", "change log", "altered",
                                    "adapted", "ported", "port of", "derived from", "based on", "rewritten", "rewrite of", "edited by", "amended"]

    /// The header lines of the file at `url` (comments and docstring), lower-cased and trimmed.
    static func headerLines(_ url: URL) -> [(Int, String)] {
        guard case .success(let bytes) = TextDecoding.readPrefix(url, limit: 16 * 1024), case .text(let t) = TextDecoding.decode(bytes) else { return [] }
        return AttributionText.eligibleLines(TextDecoding.string(t), isSource: true).map { ($0.0, $0.1.trimmingCharacters(in: .whitespaces)) }
    }

    /// The first header line of the suspect file at `url` saying it was modified, as `(line, text)`. A line the
    /// reference file's header already had (`inherited`, lower-cased) is the original's history, not the suspect's notice.
    static func notice(in url: URL, inherited: Set<String>) -> (Int, String)? {
        for (line, text) in headerLines(url) {
            let low = text.lowercased()
            if inherited.contains(low) { continue }
            if modificationWords.contains(where: { low.contains($0) }) { return (line, text) }
        }
        return nil
    }

    /// A line of the suspect's README, NOTICE or changelog (top two levels) saying the work was modified.
    static func workNotice(suspectRoot: URL) -> (String, Int, String)? {
        guard let files = try? LicenseScanner.listFiles(root: suspectRoot) else { return nil }
        for (rel, url) in files where rel.split(separator: "/").count <= 2 {
            let name = (rel as NSString).lastPathComponent.lowercased()
            guard ["readme", "notice", "changelog", "changes", "history", "news"].contains(where: { name.hasPrefix($0) }) else { continue }
            guard case .success(let bytes) = TextDecoding.readPrefix(url, limit: 256 * 1024), case .text(let t) = TextDecoding.decode(bytes) else { continue }
            for (line, raw) in AttributionText.eligibleLines(TextDecoding.string(t), isSource: false) {
                let low = raw.lowercased()
                if ["modified", "fork of", "forked from", "based on", "derived from", "port of", "ported from", "rewrite of", "changes from"].contains(where: { low.contains($0) }) {
                    return (rel, line, raw.trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return nil
    }

    /// Checks the modification-notice duty of `license` (one SPDX id) on the matched files.
    /// MPL-2.0 instead checks that each suspect file keeps the MPL notice its reference file carried.
    /// `referenceRoot`, when given, lets notices the suspect inherited from the reference file be told apart.
    public static func check(license: String, matched: [MatchedFile], reference: LicenseReport, suspect: LicenseReport, suspectRoot: URL,
                             referenceRoot: URL? = nil) -> ModificationNoticeCheck? {
        guard let duty = duty(license) else { return nil }
        let modified = matched.filter(\.modified)
        var marked: [String] = [], unmarked: [String] = [], evidence: [String] = []
        if license.uppercased().hasPrefix("MPL-2.0") {
            for file in matched {
                let referenceHadNotice = reference.findings.contains { $0.path == file.reference && ($0.kind == .header || $0.kind == .spdxTag) && SPDX.ids(in: $0.spdx).contains { $0.hasPrefix("MPL-2.0") } }
                guard referenceHadNotice else { continue }
                if let kept = suspect.findings.first(where: { $0.path == file.suspect && ($0.kind == .header || $0.kind == .spdxTag) && SPDX.ids(in: $0.spdx).contains { $0.hasPrefix("MPL-2.0") } }) {
                    marked.append(file.suspect)
                    if evidence.count < 5 { evidence.append("\(kept.path):\(kept.startLine): \(kept.spdx)") }
                } else { unmarked.append(file.suspect) }
            }
            return ModificationNoticeCheck(license: license, scope: duty.scope, source: duty.source, marked: marked, unmarked: unmarked,
                                           evidence: evidence, satisfied: unmarked.isEmpty)
        }
        for file in modified {
            let inherited = Set((referenceRoot.map { headerLines($0.appendingPathComponent(file.reference)) } ?? []).map { $0.1.lowercased() })
            if let (line, text) = notice(in: suspectRoot.appendingPathComponent(file.suspect), inherited: inherited) {
                marked.append(file.suspect)
                if evidence.count < 5 { evidence.append("\(file.suspect):\(line): \(text.prefix(200))") }
            } else { unmarked.append(file.suspect) }
        }
        var satisfied = unmarked.isEmpty
        if duty.scope == "work" && !satisfied {
            if !marked.isEmpty { satisfied = true }
            else if let (path, line, text) = workNotice(suspectRoot: suspectRoot) {
                satisfied = true
                evidence.append("\(path):\(line): \(text.prefix(200))")
            }
        }
        return ModificationNoticeCheck(license: license, scope: duty.scope, source: duty.source, marked: marked.sorted(), unmarked: unmarked.sorted(),
                                       evidence: evidence, satisfied: satisfied)
    }
}

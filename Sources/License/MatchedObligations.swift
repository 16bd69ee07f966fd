import Foundation

/// The obligations that follow from what a clone actually took: the licenses of the matched reference files,
/// the obligations of those licenses the suspect breaks, and its modification-notice duties.
public struct ObligationAssessment: Codable, Sendable, Hashable {
    /// False when no reference file was matched: then no obligation applies and `reason` says so.
    public var applies: Bool
    /// Why obligations apply or not, in one sentence.
    public var reason: String
    /// The reference licenses governing the matched files (a file's own SPDX tag or header, else the declared license).
    public var licenses: [String]
    /// Broken obligations, each `{rule, license, explanation, source}` (docs/obligations.md).
    public var broken: [BrokenObligation]
    /// One check per modification-notice duty of the governing licenses.
    public var modificationNotices: [ModificationNoticeCheck]

    enum CodingKeys: String, CodingKey { case applies, reason, licenses, broken, modificationNotices = "modification_notices" }
}

extension Obligations {
    /// The license governing one reference file: its own `SPDX-License-Identifier` tag or header notice, else
    /// the reference's declared license.
    public static func governingLicense(of path: String, in reference: LicenseReport) -> String? {
        let own = reference.findings.filter { $0.path == path && ($0.kind == .spdxTag || $0.kind == .header) && $0.confidence >= 0.8 }
        if let tag = own.first(where: { $0.kind == .spdxTag }) { return tag.spdx }
        if let header = own.first { return header.spdx }
        return reference.declared
    }

    /// Evaluates obligations only for the reference files a clone matched (call it for `clone` and
    /// `partial-clone` verdicts with the matched files; with none, nothing applies).
    ///
    /// For each distinct governing license of `matchedFiles`: the rules of `evaluate(reference:suspect:attribution:noticeKept:)`
    /// (notice, copyleft, compatibility, attribution) and the modification-notice duty (`modification-not-marked`:
    /// Apache-2.0 §4(b), GPL-2.0 §2(a), LGPL-2.x §2(b), GPL-3.0 §5(a); `license-notice-removed`: MPL-2.0 §3.4).
    /// A choice (`A OR B`) owes a duty only when every option does.
    public static func evaluate(reference: LicenseReport, suspect: LicenseReport, suspectRoot: URL, referenceRoot: URL? = nil,
                                matchedFiles: [MatchedFile], attribution: Attribution, notice: NoticeCheck) -> ObligationAssessment {
        guard !matchedFiles.isEmpty else {
            return ObligationAssessment(applies: false, reason: "no reference file was matched, so no license obligation of the reference applies",
                                        licenses: [], broken: [], modificationNotices: [])
        }
        var byLicense: [String: [MatchedFile]] = [:]
        var order: [String] = []
        var ungoverned = 0
        for file in matchedFiles {
            guard let license = governingLicense(of: file.reference, in: reference) else { ungoverned += 1; continue }
            if byLicense[license] == nil { order.append(license) }
            byLicense[license, default: []].append(file)
        }
        guard !order.isEmpty else {
            return ObligationAssessment(applies: false, reason: "the matched reference files carry no license the scan could find",
                                        licenses: [], broken: [], modificationNotices: [])
        }
        var broken: [BrokenObligation] = []
        var checks: [ModificationNoticeCheck] = []
        for license in order {
            var scoped = reference
            scoped.declared = license
            for b in evaluate(reference: scoped, suspect: suspect, attribution: attribution, noticeKept: notice.kept)
            where !broken.contains(where: { $0.rule == b.rule && $0.license == b.license }) { broken.append(b) }
            let ids = SPDX.ids(in: license)
            let isChoice = license.contains(" OR ")
            if isChoice && ids.contains(where: { ModificationNotices.duty($0) == nil }) { continue }
            for id in ids where !checks.contains(where: { $0.license == id }) {
                guard let check = ModificationNotices.check(license: id, matched: byLicense[license] ?? [], reference: reference, suspect: suspect,
                                                            suspectRoot: suspectRoot, referenceRoot: referenceRoot) else { continue }
                checks.append(check)
                if !check.satisfied {
                    let isMPL = id.uppercased().hasPrefix("MPL-2.0")
                    let sample = check.unmarked.prefix(3).joined(separator: ", ") + (check.unmarked.count > 3 ? ", ..." : "")
                    let explanation = isMPL
                        ? "\(check.unmarked.count) matched file(s) dropped the MPL-2.0 notice their reference file carried (\(sample))"
                        : (check.scope == "work"
                           ? "the suspect modifies \(id) code but carries no notice that it was modified (no header, README, NOTICE or changelog says so)"
                           : "\(check.unmarked.count) of \(check.unmarked.count + check.marked.count) modified file(s) carry no notice that they were changed (\(sample))")
                    broken.append(BrokenObligation(rule: isMPL ? "license-notice-removed" : "modification-not-marked", license: id,
                                                   explanation: explanation, source: check.source))
                }
            }
        }
        let files = matchedFiles.count - ungoverned
        return ObligationAssessment(applies: true, reason: "\(files) matched reference file(s) under \(order.joined(separator: "; "))",
                                    licenses: order, broken: broken, modificationNotices: checks)
    }
}

import Foundation

/// One obligation of the reference's license that the suspect appears to break.
public struct BrokenObligation: Codable, Sendable, Hashable {
    /// Stable rule id, documented in docs/obligations.md (e.g. `notice-not-kept`).
    public var rule: String
    /// The reference license the obligation comes from.
    public var license: String
    public var explanation: String
    /// The license text section the rule rests on.
    public var source: String
}

/// Whether the reference's notice (copyright line + license text) survives in the suspect.
public struct NoticeCheck: Codable, Sendable, Hashable {
    public var kept: Bool
    public var copyrightKept: Bool
    public var licenseTextKept: Bool
    public var evidence: [String]

    enum CodingKeys: String, CodingKey { case kept, evidence, copyrightKept = "copyright_kept", licenseTextKept = "license_text_kept" }
}

public enum Obligations {
    static let noticeLicenses: [String: String] = [
        "MIT": "MIT: \"The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\"",
        "BSD-2-Clause": "BSD-2-Clause, clause 1: \"Redistributions of source code must retain the above copyright notice, this list of conditions and the following disclaimer.\"",
        "BSD-3-Clause": "BSD-3-Clause, clause 1: \"Redistributions of source code must retain the above copyright notice, this list of conditions and the following disclaimer.\"",
        "ISC": "ISC: \"provided that the above copyright notice and this permission notice appear in all copies.\"",
        "Apache-2.0": "Apache-2.0 §4(a) \"give any other recipients of the Work or Derivative Works a copy of this License\" and §4(c) \"retain ... all copyright, patent, trademark, and attribution notices\"",
        "PSF-2.0": "PSF-2.0 §2: \"provided, however, that PSF's License Agreement and PSF's notice of copyright ... are retained in Python alone or in any derivative version\"",
        "Python-2.0": "Python-2.0 (PSF part) §2: \"PSF's License Agreement and PSF's notice of copyright ... are retained in Python alone or in any derivative version\"",
        "Zlib": "Zlib clause 3: \"This notice may not be removed or altered from any source distribution.\"",
        "BSL-1.0": "BSL-1.0: \"The copyright notices in the Software and this entire statement ... must be included in all copies of the Software, in whole or in part\"",
        "X11": "X11: \"The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\"",
    ]

    struct Copyleft { let family: String; let versions: [String]; let source: String; let weak: Bool }
    static func copyleft(_ id: String) -> Copyleft? {
        let u = id.uppercased()
        if u.hasPrefix("AGPL-3.0") { return Copyleft(family: "AGPL", versions: ["AGPL-3.0"], source: "AGPL-3.0 §5(c) and §13", weak: false) }
        if u.hasPrefix("GPL-3.0") { return Copyleft(family: "GPL", versions: ["GPL-3.0"], source: "GPL-3.0 §5(c): \"You must license the entire work, as a whole, under this License\"", weak: false) }
        if u.hasPrefix("GPL-2.0") {
            return Copyleft(family: "GPL", versions: u.contains("OR-LATER") ? ["GPL-2.0", "GPL-3.0"] : ["GPL-2.0"],
                            source: "GPL-2.0 §2(b): \"cause any work that you distribute or publish ... to be licensed as a whole at no charge to all third parties under the terms of this License\"", weak: false)
        }
        if u.hasPrefix("LGPL-2.1") || u.hasPrefix("LGPL-2.0") {
            return Copyleft(family: "LGPL", versions: u.contains("OR-LATER") ? ["LGPL-2", "LGPL-3", "GPL-2", "GPL-3"] : [String(u.prefix(8)), "GPL-2", "GPL-3"],
                            source: "LGPL-2.1 §2: modified copies of the Library must be distributed under the terms of Section 1 (this License); §3 allows GPL instead", weak: true)
        }
        if u.hasPrefix("LGPL-3.0") { return Copyleft(family: "LGPL", versions: ["LGPL-3", "GPL-3"], source: "LGPL-3.0 §2 and GPL-3.0 §5(c) (LGPL-3.0 is GPL-3.0 plus additional permissions)", weak: true) }
        if u.hasPrefix("MPL-2.0") { return Copyleft(family: "MPL", versions: ["MPL-2.0", "GPL-2", "GPL-3", "LGPL-2.1", "LGPL-3", "AGPL-3"], source: "MPL-2.0 §3.1: \"All distribution of Covered Software in Source Code Form ... must be under the terms of this License\" (§3.3: secondary licenses GPL/LGPL/AGPL allowed unless Exhibit B)", weak: true) }
        if u.hasPrefix("EPL-2.0") || u.hasPrefix("EPL-1.0") { return Copyleft(family: "EPL", versions: ["EPL"], source: "EPL §3", weak: true) }
        return nil
    }

    /// Is `license` permitted to relicense material under `upstream` copyleft?
    static func satisfies(_ suspectIDs: [String], _ c: Copyleft) -> Bool {
        suspectIDs.contains { id in c.versions.contains { id.uppercased().hasPrefix($0.uppercased()) } }
    }

    /// Known one-way incompatibilities: (reference id prefix, suspect id prefix, explanation, source).
    static let incompatible: [(String, String, String, String)] = [
        ("Apache-2.0", "GPL-2.0-only", "Apache-2.0 code cannot be combined into a GPL-2.0-only work: its patent-termination and indemnity terms are further restrictions GPL-2.0 §6 forbids", "GPL-2.0 §6; FSF license list (Apache-2.0 is GPLv3-compatible only)"),
        ("Apache-2.0", "LGPL-2.1-only", "Apache-2.0 code cannot be relicensed into an LGPL-2.1-only work (same conflict as with GPL-2.0)", "LGPL-2.1 §10; FSF license list"),
        ("GPL-3.0", "GPL-2.0-only", "GPL-3.0 code cannot go into a GPL-2.0-only work", "GPL-3.0 §5(c), GPL-2.0 §6"),
        ("LGPL-3.0", "GPL-2.0-only", "LGPL-3.0 code cannot go into a GPL-2.0-only work", "LGPL-3.0 (GPL-3.0 §5(c)), GPL-2.0 §6"),
        ("MPL-1.1", "GPL", "MPL-1.1 is incompatible with the GPL", "FSF license list"),
        ("CDDL-1.0", "GPL", "CDDL-1.0 is incompatible with the GPL", "FSF license list"),
        ("EPL-1.0", "GPL", "EPL-1.0 is incompatible with the GPL", "FSF license list"),
    ]

    /// The obligations of the reference's license that the suspect breaks.
    ///
    /// - `notice-not-kept`: notice licenses (MIT, BSD, ISC, Apache-2.0, PSF, Zlib, BSL) when `noticeKept` is false.
    /// - `apache-notice-file`: the reference ships a NOTICE file (Apache-2.0) and the suspect has none.
    /// - `copyleft-relicensed`: GPL/LGPL/AGPL/MPL/EPL material under a declared suspect license outside the allowed set.
    /// - `incompatible-combination`: a known one-way incompatibility.
    /// - `no-attribution`: attribution verdict `no` while the reference license requires notices (informational weight).
    public static func evaluate(reference: LicenseReport, suspect: LicenseReport, attribution: Attribution, noticeKept: Bool) -> [BrokenObligation] {
        guard let refDeclared = reference.declared else { return [] }
        let refIDs = SPDX.ids(in: refDeclared)
        let susIDs = suspect.declared.map { SPDX.ids(in: $0) } ?? []
        // With OR in the reference expression, the licensee may pick the least demanding option.
        let choice = refDeclared.contains(" OR ") && !refDeclared.contains(" AND ")
        var out: [BrokenObligation] = []
        let noticeIDs = refIDs.filter { noticeLicenses[$0] != nil || $0.hasPrefix("BSD-") }
        if !noticeKept && !noticeIDs.isEmpty && !(choice && refIDs.count > noticeIDs.count) {
            for id in noticeIDs {
                out.append(BrokenObligation(rule: "notice-not-kept", license: id,
                                            explanation: "\(id) requires the reference's copyright notice and license text to be kept; the suspect does not carry them",
                                            source: noticeLicenses[id] ?? "\(id): the conditions require retaining the copyright notice"))
            }
        }
        if refIDs.contains("Apache-2.0") {
            let refNotice = !reference.noticeFiles.isEmpty
            let susNotice = !suspect.noticeFiles.isEmpty
            if refNotice && !susNotice {
                out.append(BrokenObligation(rule: "apache-notice-file", license: "Apache-2.0",
                                            explanation: "the reference ships a NOTICE file; derivative works must include a readable copy of its attribution notices",
                                            source: "Apache-2.0 §4(d)"))
            }
        }
        if let sd = suspect.declared, !susIDs.isEmpty {
            for id in refIDs {
                if choice && refIDs.contains(where: { copyleft($0) == nil }) { break }
                if let c = copyleft(id), !satisfies(susIDs, c) {
                    out.append(BrokenObligation(rule: "copyleft-relicensed", license: id,
                                                explanation: "\(id) material is distributed under \(sd); \(c.family) requires derivative works to stay under \(c.versions.joined(separator: "/"))",
                                                source: c.source))
                }
                for (r, s, why, src) in incompatible where id.hasPrefix(r) && susIDs.contains(where: { $0.hasPrefix(s) }) {
                    out.append(BrokenObligation(rule: "incompatible-combination", license: id, explanation: why + " (suspect: \(sd))", source: src))
                }
            }
        }
        if attribution.verdict == .no && !noticeIDs.isEmpty && noticeKept == false && out.isEmpty {
            out.append(BrokenObligation(rule: "no-attribution", license: noticeIDs[0], explanation: "the suspect does not credit the reference", source: noticeLicenses[noticeIDs[0]] ?? ""))
        }
        return out
    }

    /// Is the reference's notice kept in the suspect tree? The copyright is kept when a distinctive holder
    /// of the reference's license files appears in a suspect copyright statement (license files or headers);
    /// the license text is kept when the suspect has a license file, header or SPDX tag with each of the
    /// reference's declared license ids. A reference without copyright statements needs only the text.
    public static func noticeCheck(reference: LicenseReport, suspect: LicenseReport) -> NoticeCheck {
        let refHolders = Set(reference.copyrights.filter { c in reference.findings.contains { $0.path == c.path && $0.kind == .file } || true }
            .map { $0.holder.lowercased() }.filter(AttributionChecker.distinctiveHolder))
        var evidence: [String] = []
        var copyrightKept = refHolders.isEmpty
        for c in suspect.copyrights {
            let l = c.text.lowercased()
            if refHolders.contains(where: { AttributionChecker.containsWord(l, $0) }) {
                copyrightKept = true
                evidence.append("\(c.path):\(c.line): \(c.text)")
                if evidence.count >= 5 { break }
            }
        }
        let refIDs = reference.declared.map { SPDX.ids(in: $0) } ?? []
        let susIDs = Set(suspect.findings.filter { $0.kind != .manifest && $0.confidence >= 0.5 }.flatMap { SPDX.ids(in: $0.spdx) })
        let textKept = !refIDs.isEmpty && refIDs.allSatisfy { id in susIDs.contains(id) || (id == "PSF-2.0" && susIDs.contains("Python-2.0")) || (id == "Python-2.0" && susIDs.contains("PSF-2.0")) }
        return NoticeCheck(kept: copyrightKept && textKept, copyrightKept: copyrightKept, licenseTextKept: textKept, evidence: evidence)
    }
}

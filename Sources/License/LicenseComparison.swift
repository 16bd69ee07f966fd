import Foundation

/// The license side of a clone report: both sides' licenses, attribution, notice and broken obligations.
/// This is what `compare`, `query` and `audit` attach to a match.
public struct LicenseComparison: Codable, Sendable, Hashable {
    public var reference: LicenseSummary
    public var suspect: LicenseSummary
    public var attribution: Attribution
    public var notice: NoticeCheck
    public var obligations: [BrokenObligation]
    /// Set when evaluated with the matched files: which licenses govern them and why obligations apply or not,
    /// with the modification-notice checks.
    public var obligationAssessment: ObligationAssessment?

    /// True when both sides declare a license and the expressions differ.
    public var licenseChanged: Bool {
        guard let r = reference.declared, let s = suspect.declared else { return false }
        return r != s
    }

    /// Headline qualifier for text output, e.g. `UNATTRIBUTED, license changed LGPL-2.1-only -> MIT`;
    /// empty when the clone is attributed and keeps its license.
    public var headline: String {
        var parts: [String] = []
        switch attribution.verdict {
        case .no: parts.append("UNATTRIBUTED")
        case .weak: parts.append("WEAKLY ATTRIBUTED")
        case .yes: break
        }
        if licenseChanged, let r = reference.declared, let s = suspect.declared { parts.append("license changed \(r) -> \(s)") }
        return parts.joined(separator: ", ")
    }

    enum CodingKeys: String, CodingKey { case reference, suspect, attribution, notice, obligations, obligationAssessment = "obligation_assessment" }
}

/// A short view of one side: declared expression and where it came from.
public struct LicenseSummary: Codable, Sendable, Hashable {
    public var declared: String?
    public var declaredFrom: [String]
    public var copyrightHolders: [String]

    public init(_ r: LicenseReport) {
        declared = r.declared
        declaredFrom = r.declaredFrom
        var seen: [String] = []
        for c in r.copyrights where !seen.contains(c.holder) && seen.count < 10 { seen.append(c.holder) }
        copyrightHolders = seen
    }

    enum CodingKeys: String, CodingKey { case declared, declaredFrom = "declared_from", copyrightHolders = "copyright_holders" }
}

extension LicenseComparison {
    /// Scans both trees and evaluates attribution, notice and obligations.
    /// - Parameters:
    ///   - scope: the suspect's paths that matched (files or directories, relative to `suspect`); limits
    ///     which source headers count as attribution. Nil: the whole tree.
    ///   - extraNames: names the caller knows the reference by (e.g. its directory or repository name).
    ///   - matchedFiles: the reference files the clone matched (pass them for `clone` and `partial-clone`, an empty
    ///     list otherwise). Given, obligations are evaluated only for those files' licenses, with modification
    ///     notices (`obligationAssessment`); nil keeps the whole-tree evaluation of earlier versions.
    public static func evaluate(reference: URL, suspect: URL, scope: [String]? = nil, extraNames: [String] = [],
                                scanner: LicenseScanner? = nil, matchedFiles: [MatchedFile]? = nil) throws -> LicenseComparison {
        let s = try scanner ?? LicenseScanner()
        let ref = try s.scan(root: reference)
        let sus = try s.scan(root: suspect)
        return try evaluate(reference: ref, suspect: sus, suspectRoot: suspect, referenceRoot: reference, scope: scope,
                            extraNames: extraNames, matchedFiles: matchedFiles)
    }

    /// Same, from reports already made (the index keeps them per repository).
    /// `referenceRoot`, when given, adds the reference's code names (packages, modules, its directory name) to its
    /// identity, so a reference given as code only is still recognised.
    public static func evaluate(reference ref: LicenseReport, suspect sus: LicenseReport, suspectRoot: URL, referenceRoot: URL? = nil,
                                scope: [String]? = nil, extraNames: [String] = [], matchedFiles: [MatchedFile]? = nil) throws -> LicenseComparison {
        var id = referenceRoot.map { ReferenceIdentity.from(report: ref, root: $0) } ?? ReferenceIdentity.from(report: ref)
        for n in extraNames.map(ReferenceIdentity.stripVersion) where !ReferenceIdentity.genericDirectoryNames.contains(n.lowercased()) && !id.names.contains(n) {
            id.names.append(n)
        }
        let attribution = try AttributionChecker.check(reference: id, suspectRoot: suspectRoot, scope: scope, suspectNames: sus.identity.names,
                                                       suspectReport: sus)
        let notice = Obligations.noticeCheck(reference: ref, suspect: sus)
        var comparison = LicenseComparison(reference: LicenseSummary(ref), suspect: LicenseSummary(sus), attribution: attribution,
                                           notice: notice, obligations: [])
        if let matchedFiles {
            let assessment = Obligations.evaluate(reference: ref, suspect: sus, suspectRoot: suspectRoot, referenceRoot: referenceRoot,
                                                  matchedFiles: matchedFiles, attribution: attribution, notice: notice)
            comparison.obligationAssessment = assessment
            comparison.obligations = assessment.broken
        } else {
            comparison.obligations = Obligations.evaluate(reference: ref, suspect: sus, attribution: attribution, noticeKept: notice.kept)
        }
        return comparison
    }
}

extension LicenseReport {
    /// Stable JSON (sorted keys, pretty-printed), as `clonescan license --format json` prints it.
    public func jsonData() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try e.encode(self)
    }

    /// Human-readable summary, as `clonescan license --format text` prints it.
    public func renderText() -> String {
        var out = "\(root): declared license \(declared ?? "none found")"
        if !declaredFrom.isEmpty { out += " (\(declaredFrom.joined(separator: ", ")))" }
        out += "\n"
        let byKind = Dictionary(grouping: findings, by: \.kind)
        for kind in FindingKind.allCases {
            guard let fs = byKind[kind], !fs.isEmpty else { continue }
            out += "  \(kind.rawValue) (\(fs.count)):\n"
            for f in fs.prefix(kind == .header || kind == .spdxTag ? 10 : 50) {
                let lines = f.startLine == f.endLine ? "\(f.startLine)" : "\(f.startLine)-\(f.endLine)"
                out += "    \(f.path):\(lines)  \(f.spdx)  \(String(format: "%.2f", f.confidence))  [\(f.source)]\n"
            }
            if fs.count > 10 && (kind == .header || kind == .spdxTag) { out += "    ... \(fs.count - 10) more\n" }
        }
        if !copyrights.isEmpty {
            var holders: [String] = []
            for c in copyrights where !holders.contains(c.holder) { holders.append(c.holder) }
            out += "  copyright holders (\(holders.count)): \(holders.prefix(8).joined(separator: "; "))\(holders.count > 8 ? "; ..." : "")\n"
        }
        for w in warnings.prefix(20) { out += "  warning: \(w)\n" }
        if warnings.count > 20 { out += "  ... \(warnings.count - 20) more warnings\n" }
        return out
    }
}

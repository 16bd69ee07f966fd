import Foundation
import License
import Matching
import Report

/// Joins the License side branch into a compare report: both sides' licenses, whether the suspect credits the
/// reference, and the obligations it breaks. Never changes the verdict.
///
/// No accusation without derivation: obligations are evaluated only when the verdict is `clone` or
/// `partial-clone`; otherwise `obligations_broken` is empty and `obligations_note` says why none apply.
/// A license difference on a `related` pair is context, never a broken obligation.
enum LicenseJoin {
    /// Why no obligation applies to a pair that is not derived.
    static func notDerivedNote(_ verdict: Verdict) -> String {
        "none apply: the suspect is not derived from the reference (verdict \(verdict.rawValue)); obligations follow copying only"
    }

    /// Fills `license`, `attribution` and the headline. License data missing or a scan failure
    /// becomes `license.error` (one line), never a failed comparison.
    /// - Returns: both sides' license scans, when they succeeded, so a document of the same comparison (SPDX) reads
    ///   them instead of scanning the trees again.
    @discardableResult
    static func fill(_ report: inout CompareReport, reference: String, suspect: String,
                     scanner: LicenseScanner? = nil) -> (reference: LicenseReport, suspect: LicenseReport)? {
        var scans: (reference: LicenseReport, suspect: LicenseReport)?
        // Every matched suspect file (the per-file rows hold them all; `matches` may be truncated by --max-matches).
        let scope = Array(Set(report.files.flatMap(\.suspect_files))).sorted()
        let referenceName = URL(fileURLWithPath: reference).standardizedFileURL.lastPathComponent
        let derived = report.verdict >= .partialClone
        do {
            // Obligations follow the matched files of a derived pair only; none for a pair that is not derived.
            let matched = derived
                ? MatchedFiles.pairs(report.files.flatMap { row in row.suspect_files.map { (reference: row.path, suspect: $0) } },
                                     referenceRoot: reference, suspectRoot: suspect)
                : []
            let licenseScanner = try scanner ?? LicenseScanner()
            let (referenceURL, suspectURL) = (URL(fileURLWithPath: reference), URL(fileURLWithPath: suspect))
            let scanned = (reference: try licenseScanner.scan(root: referenceURL), suspect: try licenseScanner.scan(root: suspectURL))
            let comparison = try LicenseComparison.evaluate(
                reference: scanned.reference, suspect: scanned.suspect, suspectRoot: suspectURL, referenceRoot: referenceURL,
                scope: scope.isEmpty ? nil : scope, extraNames: [referenceName], matchedFiles: matched)
            scans = scanned
            report.license = CompareReport.LicenseStatus(
                reference: .init(declared: comparison.reference.declared, evidence: comparison.reference.declaredFrom),
                suspect: .init(declared: comparison.suspect.declared, evidence: comparison.suspect.declaredFrom),
                changed: comparison.licenseChanged,
                obligations_broken: derived ? comparison.obligations.map(ObligationItem.init) : [],
                obligations_note: derived
                    ? (comparison.obligations.isEmpty ? (comparison.obligationAssessment.flatMap { $0.applies ? nil : $0.reason } ?? "none broken") : nil)
                    : notDerivedNote(report.verdict),
                notice_kept: derived ? comparison.notice.kept : nil, error: nil)
            report.attribution = CompareReport.AttributionStatus(
                verdict: comparison.attribution.verdict.rawValue, evidence: comparison.attribution.evidence.map(AttributionItem.init))
        } catch {
            report.license = CompareReport.LicenseStatus(
                reference: .init(declared: nil, evidence: []), suspect: .init(declared: nil, evidence: []),
                changed: false, obligations_broken: [], obligations_note: "unknown: the license check failed", notice_kept: nil,
                error: "\(error)".split(whereSeparator: \.isNewline).joined(separator: " "))
        }
        report.headline = Headline.text(verdict: report.verdict, license: report.license, attribution: report.attribution)
        return scans
    }
}

extension ObligationItem {
    /// The License stage's finding as a report item.
    init(_ o: BrokenObligation) { self.init(rule: o.rule, license: o.license, explanation: o.explanation, source: o.source) }
}

extension AttributionItem {
    /// The License stage's evidence line as a report item.
    init(_ e: AttributionEvidence) { self.init(path: e.path, line: e.line, text: e.text, signal: e.signal, strong: e.strong) }
}

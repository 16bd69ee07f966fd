import Foundation
import License
import Report

/// Joins the License side branch into a compare report: both sides' licenses, whether the
/// suspect credits the reference, and the obligations it breaks. Never changes the verdict.
enum LicenseJoin {
    /// Fills `license`, `attribution` and the headline. License data missing or a scan failure
    /// becomes `license.error` (one line), never a failed comparison.
    static func fill(_ report: inout CompareReport, reference: String, suspect: String,
                            scanner: LicenseScanner? = nil) {
        let scope = Array(Set(report.matches.map(\.suspect.path))).sorted()
        let referenceName = URL(fileURLWithPath: reference).standardizedFileURL.lastPathComponent
        do {
            let comparison = try LicenseComparison.evaluate(
                reference: URL(fileURLWithPath: reference), suspect: URL(fileURLWithPath: suspect),
                scope: scope.isEmpty ? nil : scope, extraNames: [referenceName], scanner: scanner)
            report.license = CompareReport.LicenseStatus(
                reference: .init(declared: comparison.reference.declared, evidence: comparison.reference.declaredFrom),
                suspect: .init(declared: comparison.suspect.declared, evidence: comparison.suspect.declaredFrom),
                changed: comparison.licenseChanged,
                obligations_broken: comparison.obligations.map { "\($0.rule) (\($0.license)): \($0.explanation)" },
                notice_kept: comparison.notice.kept, error: nil)
            report.attribution = CompareReport.AttributionStatus(
                verdict: comparison.attribution.verdict.rawValue,
                evidence: comparison.attribution.evidence.prefix(5).map(\.display))
        } catch {
            report.license = CompareReport.LicenseStatus(
                reference: .init(declared: nil, evidence: []), suspect: .init(declared: nil, evidence: []),
                changed: false, obligations_broken: [], notice_kept: nil, error: "\(error)")
        }
        report.headline = Headline.text(verdict: report.verdict, license: report.license, attribution: report.attribution)
    }
}

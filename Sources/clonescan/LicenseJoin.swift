import Report

/// Joins the License stage's findings into a compare report (license never changes the verdict).
enum LicenseJoin {
    static func fill(_ report: inout CompareReport, reference: String, suspect: String) {
        report.headline = Headline.text(verdict: report.verdict, license: report.license, attribution: report.attribution)
    }
}

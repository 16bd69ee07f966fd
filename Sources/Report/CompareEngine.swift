import Analysis
import Foundation
import FrontEnd

/// Runs a comparison of two analysed repositories and builds the report.
public struct CompareEngine: Sendable {
    public var parameters: AnalysisParameters
    public var matcher = UnitMatcher()
    /// Matched regions listed in the report.
    public var topMatches = 25

    public init(parameters: AnalysisParameters) { self.parameters = parameters }

    /// Compares `reference` with `suspect`.
    /// - Parameter suspectLeafLines: the suspect's total leaf-unit lines when `suspect` holds only some of its units
    ///   (query and audit pass the index's figure, so the reverse share is over the whole repository).
    public func compare(reference: RepositoryFeatures, suspect: RepositoryFeatures, suspectLeafLines: Int? = nil) throws -> CompareReport {
        let matches = try matcher.match(reference: reference, suspect: suspect, parameters: parameters)
        let refUnits = UnitMatcher.evidenceUnits(reference, parameters)
        let susUnits = UnitMatcher.evidenceUnits(suspect, parameters)
        func lines(_ repo: RepositoryFeatures, _ refs: [UnitRef]) -> Int {
            refs.reduce(0) { $0 + repo.files[$1.file].units[$1.unit].codeLines }
        }
        let refLines = lines(reference, refUnits), susLines = suspectLeafLines ?? lines(suspect, susUnits)
        let matchedRef = lines(reference, matches.map(\.reference)), matchedSus = lines(suspect, matches.map(\.suspect))
        let literalLines = matches.filter { $0.score.channel == .literals }.reduce(0) { $0 + reference.files[$1.reference.file].units[$1.reference.unit].codeLines }
        let refLangs = reference.languages, susLangs = suspect.languages
        let crossLanguage = !(refLangs.first.map { susLangs.contains($0) } ?? true)
        let evidence = VerdictEvidence(
            containment: refLines > 0 ? Double(matchedRef) / Double(refLines) : 0,
            reverseContainment: susLines > 0 ? Double(matchedSus) / Double(susLines) : 0,
            strongMatches: matches.filter { $0.score.combined >= 0.8 }.count,
            matchedUnits: matches.count, referenceUnits: refUnits.count,
            meanScore: matches.isEmpty ? 0 : matches.reduce(0) { $0 + $1.score.combined } / Double(matches.count),
            literalShare: matchedRef > 0 ? Double(literalLines) / Double(matchedRef) : 0,
            crossLanguage: crossLanguage)
        let (verdict, reason) = VerdictModel.decide(evidence)
        let score = VerdictModel.score(evidence)
        let relation = crossLanguage ? "port \(refLangs.first ?? "?") -> \(susLangs.first ?? "?")" : "same-language"

        var channelCounts: [String: Int] = [:]
        for m in matches { channelCounts[m.score.channel.rawValue, default: 0] += 1 }
        let sorted = matches.sorted {
            $0.score.combined != $1.score.combined ? $0.score.combined > $1.score.combined
                : (reference.files[$0.reference.file].path, $0.referenceLines.lowerBound) < (reference.files[$1.reference.file].path, $1.referenceLines.lowerBound)
        }
        let reportMatches = sorted.prefix(topMatches).map { m -> CompareReport.Match in
            CompareReport.Match(
                reference: .init(reference, m.reference, lines: m.referenceLines),
                suspect: .init(suspect, m.suspect, lines: m.suspectLines),
                similarity: Self.round(m.score.combined), channel: m.score.channel.rawValue,
                channels: ["structure": Self.round(m.score.structure), "shape": Self.round(m.score.shape),
                           "subwords": Self.round(m.score.subwords), "literals": Self.round(m.score.literals)])
        }
        var rows: [String: CompareReport.FileRow] = [:]
        for ref in refUnits {
            let f = reference.files[ref.file]
            rows[f.path, default: .init(path: f.path, matched_lines: 0, leaf_lines: 0, matched_units: 0, suspect_files: [])].leaf_lines += f.units[ref.unit].codeLines
        }
        for m in matches {
            let f = reference.files[m.reference.file]
            rows[f.path]?.matched_lines += f.units[m.reference.unit].codeLines
            rows[f.path]?.matched_units += 1
            let sp = suspect.files[m.suspect.file].path
            if rows[f.path]?.suspect_files.contains(sp) == false { rows[f.path]?.suspect_files.append(sp) }
        }
        let excludedUnits = reference.files.reduce(0) { $0 + $1.units.filter { $0.isLeaf && !$0.counts(parameters) }.count }
        var excluded: [String] = []
        if excludedUnits > 0 { excluded.append("\(excludedUnits) reference units under \(parameters.minUnitTokens) tokens (too small to be evidence)") }
        let skippedRef = reference.skipped.count, skippedSus = suspect.skipped.count
        if skippedRef + skippedSus > 0 { excluded.append("\(skippedRef) reference and \(skippedSus) suspect files skipped (vendored, generated, binary, too large)") }

        func side(_ repo: RepositoryFeatures, _ refs: [UnitRef], _ lines: Int) -> CompareReport.Side {
            .init(path: repo.root, files: repo.files.count, languages: repo.languages, leaf_units: refs.count, leaf_lines: lines, skipped: repo.skipped.count)
        }
        let strong = evidence.strongMatches
        // Which channels carried the match, in the words a reviewer checks first.
        let publicRefs = refUnits.filter { let u = reference.files[$0.file].units[$0.unit]; return u.isExported && u.kind != .topLevel }
        let matchedRefs = Set(matches.map(\.reference))
        let publicMatched = publicRefs.filter { matchedRefs.contains($0) }.count
        var refLiterals = Set<UInt64>(), susLiterals = Set<UInt64>()
        for f in reference.files { for u in f.units where u.isLeaf { refLiterals.formUnion(u.literals.sortedHashes) } }
        for f in suspect.files { for u in f.units where u.isLeaf { susLiterals.formUnion(u.literals.sortedHashes) } }
        let sharedLiterals = refLiterals.intersection(susLiterals).count
        let byChannel = channelCounts.sorted { $0.key < $1.key }.map { "\($0.value) by \($0.key)" }.joined(separator: ", ")
        let channelLine = "\(relation): \(publicMatched) of \(publicRefs.count) public functions have a counterpart" +
            (byChannel.isEmpty ? "" : " (\(byChannel))") + "; \(sharedLiterals) shared string and number literals"
        let summary = "\(Int((evidence.containment * 100).rounded()))% of reference leaf-unit lines (\(matchedRef)/\(refLines)) have a match; " +
            "\(matches.count) of \(refUnits.count) reference units matched, \(strong) strongly; reverse share \(Int((evidence.reverseContainment * 100).rounded()))%"
        return CompareReport(
            verdict: verdict, score: Self.round(score), containment: Self.round(evidence.containment),
            reverse_containment: Self.round(evidence.reverseContainment), relation: relation, reason: reason,
            headline: Headline.text(verdict: verdict, license: nil, attribution: nil),
            summary: summary, evidence: channelLine, reference: side(reference, refUnits, refLines), suspect: side(suspect, susUnits, susLines),
            matched_units: matches.count, strong_matches: strong, channels: channelCounts, matches: Array(reportMatches),
            files: rows.values.sorted { $0.matched_lines != $1.matched_lines ? $0.matched_lines > $1.matched_lines : $0.path < $1.path },
            excluded: excluded, license: nil, attribution: nil)
    }

    static func round(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}

/// The text headline: verdict combined with attribution and license change.
public enum Headline {
    public static func text(verdict: Verdict, license: CompareReport.LicenseStatus?, attribution: CompareReport.AttributionStatus?) -> String {
        var words: String
        switch verdict {
        case .clone: words = "CLONE"
        case .partialClone: words = "PARTIAL CLONE"
        case .related: words = "RELATED, NOT A CLONE,"
        case .notClone: words = "NOT A CLONE"
        }
        if verdict >= .partialClone, let attribution {
            if attribution.verdict == "no" { words = "UNATTRIBUTED " + words }
            else if attribution.verdict == "weak" { words = "WEAKLY ATTRIBUTED " + words }
            else { words = "ATTRIBUTED " + words }
        }
        if verdict >= .partialClone, let license, license.changed {
            words += ", license changed \(license.reference.declared ?? "unknown") -> \(license.suspect.declared ?? "none")"
        }
        return words
    }
}

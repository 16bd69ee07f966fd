import Analysis
import Foundation
import Matching

extension CompareReport {
    /// The report of one pair comparison: verdict, shares, per-file rows and the ranked matches.
    /// - Parameters:
    ///   - reference, suspect: the features the comparison ran on (boilerplate already removed).
    ///   - maxMatches: matched regions listed; nil lists every match.
    public init(_ c: PairComparison, reference: RepositoryFeatures, suspect: RepositoryFeatures,
                parameters: AnalysisParameters, maxMatches: Int? = nil) {
        var channelCounts: [String: Int] = [:]
        for m in c.matches { channelCounts[m.score.channel.rawValue, default: 0] += 1 }
        let listed = maxMatches.map { Array(c.matches.prefix($0)) } ?? c.matches
        let reportMatches = listed.map { Match($0, reference: reference, suspect: suspect) }
        var rows: [String: FileRow] = [:]
        for ref in c.referenceUnits {
            let f = reference.files[ref.file]
            rows[f.path, default: .init(path: f.path, matched_lines: 0, leaf_lines: 0, matched_units: 0, suspect_files: [])].leaf_lines += f.units[ref.unit].codeLines
        }
        for m in c.matches {
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

        // Which channels carried the match, in the words a reviewer checks first.
        let publicRefs = c.referenceUnits.filter { let u = reference.files[$0.file].units[$0.unit]; return u.isExported && u.kind != .topLevel }
        let matchedRefs = Set(c.matches.map(\.reference))
        let publicMatched = publicRefs.filter { matchedRefs.contains($0) }.count
        var refLiterals = Set<UInt64>(), sharedLiteralSet = Set<UInt64>()
        for f in reference.files { for u in f.units where u.isLeaf { refLiterals.formUnion(u.literals.sortedHashes) } }
        for f in suspect.files { for u in f.units where u.isLeaf { for h in u.literals.sortedHashes where refLiterals.contains(h) { sharedLiteralSet.insert(h) } } }
        let sharedLiterals = sharedLiteralSet.count
        let byChannel = channelCounts.sorted { $0.key < $1.key }.map { "\($0.value) by \($0.key)" }.joined(separator: ", ")
        let channelLine = "\(c.relation): \(publicMatched) of \(publicRefs.count) public functions have a counterpart" +
            (byChannel.isEmpty ? "" : " (\(byChannel))") + "; \(sharedLiterals) shared string and number literals"
        let summary = "\(Self.percent(c.containment))% of reference leaf-unit lines (\(c.matchedReferenceLines)/\(c.referenceLines)) have a match; " +
            "\(c.matches.count) of \(c.referenceUnits.count) reference units matched, \(c.evidence.strongMatches) strongly; reverse share \(Self.percent(c.reverseContainment))%"
        self.init(
            verdict: c.verdict, score: Self.round(c.score), containment: Self.round(c.containment),
            reverse_containment: Self.round(c.reverseContainment), relation: c.relation.description, reason: c.reason,
            headline: Headline.text(verdict: c.verdict, license: nil, attribution: nil),
            summary: summary, evidence: channelLine,
            reference: Side(reference, units: c.referenceUnits.count, lines: c.referenceLines),
            suspect: Side(suspect, units: c.suspectUnits.count, lines: c.suspectLines),
            matched_units: c.matches.count, strong_matches: c.evidence.strongMatches, channels: channelCounts, matches: reportMatches,
            files: rows.values.sorted { $0.matched_lines != $1.matched_lines ? $0.matched_lines > $1.matched_lines : $0.path < $1.path },
            excluded: excluded, license: nil,
            attribution: AttributionStatus(verdict: "unknown", evidence: []))
        verbatim_matches = c.evidence.verbatimMatches
        verbatim_share = Self.round(c.evidence.verbatimShare)
        evidence_channels = EvidenceChannelsJSON(c, reference: reference, suspect: suspect)
        api_compatible = c.apiCompatibleReimplementation
        let also = c.alsoCopied
        if also.dataUnits + also.testUnits > 0 {
            also_copied = AlsoCopied(data_units: also.dataUnits, data_lines: also.dataLines, test_units: also.testUnits, test_lines: also.testLines)
            var parts: [String] = []
            if also.dataUnits > 0 { parts.append("\(also.dataUnits) data table\(also.dataUnits == 1 ? "" : "s"), \(also.dataLines) lines") }
            if also.testUnits > 0 { parts.append("\(also.testUnits) test unit\(also.testUnits == 1 ? "" : "s"), \(also.testLines) lines") }
            self.summary += "; also copied (not in the share): " + parts.joined(separator: "; ")
        }
    }

    /// A channel example with its units named as `path:line name`.
    /// (Used by `EvidenceChannelsJSON.init`, which compare, query and audit reports share.)
    static func example(_ e: ChannelExample, reference: RepositoryFeatures, suspect: RepositoryFeatures) -> ChannelExampleJSON {
        func name(_ repo: RepositoryFeatures, _ ref: UnitRef) -> String {
            let u = repo.files[ref.file].units[ref.unit]
            return "\(repo.files[ref.file].path):\(u.startLine) \(u.name)"
        }
        func short(_ repo: RepositoryFeatures, _ ref: UnitRef?) -> String { ref.map { repo.files[$0.file].units[$0.unit].name } ?? "?" }
        let detail: String
        switch e.kind {
        case .comments: detail = "\(e.sharedCommentPairs) comment word pairs in common"
        case .callGraph:
            detail = "\(short(reference, e.reference)) calls \(short(reference, e.referenceCallee)); \(short(suspect, e.suspect)) calls \(short(suspect, e.suspectCallee))"
        case .privateNames: detail = "private helper \(short(reference, e.reference)) kept as \(short(suspect, e.suspect))"
        }
        return ChannelExampleJSON(channel: e.kind.rawValue, reference: name(reference, e.reference), suspect: name(suspect, e.suspect), detail: detail)
    }

    /// Rounded to three decimals, as every report prints shares and scores.
    public static func round(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    static func percent(_ x: Double) -> Int { Int((x * 100).rounded()) }
}

extension CompareReport {
    /// The compliance problems of a derived suspect (empty otherwise), with the names `--fail-on` uses:
    /// `unattributed`, `incompatible` (copyleft relicensed or an incompatible combination), `obligations`.
    public var problems: [String] {
        guard verdict >= .partialClone else { return [] }
        var out: [String] = []
        if attribution.verdict == "no" { out.append("unattributed") }
        let broken = license?.obligations_broken ?? []
        if broken.contains(where: { $0.rule == "copyleft-relicensed" || $0.rule == "incompatible-combination" }) { out.append("incompatible") }
        if !broken.isEmpty { out.append("obligations") }
        return out
    }
}

extension CompareReport.Side {
    /// The side of `repo` with this many evidence units and lines.
    public init(_ repo: RepositoryFeatures, units: Int, lines: Int) {
        self.init(path: repo.root, files: repo.files.count, languages: repo.languages, leaf_units: units, leaf_lines: lines, skipped: repo.skipped.count)
    }
}

extension CompareReport.Match {
    /// A unit match as a region pair with its per-channel similarities.
    public init(_ m: UnitMatch, reference: RepositoryFeatures, suspect: RepositoryFeatures) {
        let r = CompareReport.round
        self.init(reference: .init(reference, m.reference, lines: m.referenceLines),
                  suspect: .init(suspect, m.suspect, lines: m.suspectLines),
                  similarity: r(m.score.combined), channel: m.score.channel.rawValue,
                  channels: ["structure": r(m.score.structure), "shape": r(m.score.shape),
                             "subwords": r(m.score.subwords), "literals": r(m.score.literals)])
    }
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
        if verdict >= .partialClone, let attribution, attribution.verdict != "unknown" {
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

extension CompareReport.EvidenceChannelsJSON {
    /// The evidence channels of comparison `c`, with the channels that carried its score and their examples: what
    /// compare, query and audit reports show of a pair.
    public init(_ c: PairComparison, reference: RepositoryFeatures, suspect: RepositoryFeatures) {
        let round = CompareReport.round, ch = c.channels
        self.init(soft_coverage: round(ch.softCoverage), literals: round(ch.literals), internal_words: round(ch.internalWords),
                  public_names_kept: round(ch.publicNamesKept), public_names: ch.publicNames, order: round(ch.order),
                  comments: round(ch.comments), comment_pairs: ch.commentPairs, call_graph: round(ch.callGraph),
                  call_edges: ch.callEdges, reference_tokens: ch.referenceTokens, private_names: round(ch.privateNames),
                  private_names_kept: ch.privateNamesKept, carried_by: c.carriedBy,
                  examples: c.channelExamples.map { CompareReport.example($0, reference: reference, suspect: suspect) })
    }
}

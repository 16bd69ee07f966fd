import Matching
import Foundation

/// SARIF 2.1.0 for GitHub code scanning: one result per matched region, located in the suspect.
public enum SARIFRenderer {
    public static func render(_ r: CompareReport, toolVersion: String) throws -> Data {
        let level: String
        switch r.verdict {
        case .clone: level = "error"
        case .partialClone: level = "warning"
        case .related: level = "note"
        case .notClone: level = "none"
        }
        let matchResults: [[String: Any]] = r.matches.map { m in
            [
                "ruleId": "clonescan/\(r.verdict.rawValue)",
                "level": level,
                "message": ["text": "\(m.suspect.unit) resembles \(m.reference.unit) in \(m.reference.path):\(m.reference.start_line)-\(m.reference.end_line) of the reference (similarity \(m.similarity), \(m.channel)); \(r.headline)"],
                "locations": [[
                    "physicalLocation": [
                        "artifactLocation": ["uri": uri(m.suspect.path)],
                        "region": ["startLine": max(1, m.suspect.start_line), "endLine": max(max(1, m.suspect.start_line), m.suspect.end_line)],
                    ],
                ]],
                "relatedLocations": [[
                    "id": 1,
                    "physicalLocation": [
                        "artifactLocation": ["uri": uri(m.reference.path), "uriBaseId": "REFERENCE"],
                        "region": ["startLine": max(1, m.reference.start_line), "endLine": max(max(1, m.reference.start_line), m.reference.end_line)],
                    ],
                    "message": ["text": "reference"],
                ]],
                "properties": ["similarity": m.similarity, "channel": m.channel, "verdict": r.verdict.rawValue],
            ]
        }
        let findings = complianceResults(r)
        var rules: [[String: Any]] = Verdict.allCases.map { v in
            ["id": "clonescan/\(v.rawValue)", "name": v.rawValue.replacingOccurrences(of: "-", with: "_"),
             "shortDescription": ["text": "Code matched a reference project; repository verdict \(v.rawValue)"],
             "helpUri": "https://github.com/clonescan/clonescan/blob/main/docs/report-json.md"]
        }
        rules += findings.rules
        let results = matchResults + findings.results
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "clonescan", "version": toolVersion, "informationUri": "https://github.com/clonescan/clonescan", "rules": rules]],
                "originalUriBaseIds": ["REFERENCE": ["uri": fileURI(r.reference.path)]],
                "results": results,
                "properties": ["verdict": r.verdict.rawValue, "score": r.score, "containment": r.containment,
                               "reverse_containment": r.reverse_containment, "headline": r.headline],
            ]],
        ]
        return try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys])
    }

    /// License-change, unattributed-copy and broken-obligation results, only for a derived suspect (`clone` or
    /// `partial-clone`): no accusation without derivation. Each is located in the suspect file it concerns (its
    /// license file, or the file with the most matched code).
    static func complianceResults(_ r: CompareReport) -> (rules: [[String: Any]], results: [[String: Any]]) {
        guard r.verdict >= .partialClone else { return ([], []) }
        let mostMatched = r.files.first { !$0.suspect_files.isEmpty }?.suspect_files.first
        func location(_ path: String?) -> [[String: Any]] {
            guard let path = path ?? mostMatched else { return [] }
            return [["physicalLocation": ["artifactLocation": ["uri": uri(path)], "region": ["startLine": 1]]]]
        }
        let level = r.verdict == .clone ? "error" : "warning"
        var rules: [[String: Any]] = []
        var results: [[String: Any]] = []
        func rule(_ id: String, _ name: String, _ short: String, _ help: String) {
            guard !rules.contains(where: { $0["id"] as? String == id }) else { return }
            rules.append(["id": id, "name": name, "shortDescription": ["text": short], "help": ["text": help],
                          "helpUri": "https://github.com/clonescan/clonescan/blob/main/docs/obligations.md"])
        }
        if let license = r.license, license.changed {
            let id = "clonescan/license-changed"
            rule(id, "license_changed", "A derived copy declares another license than its origin",
                 "The suspect is derived from the reference (verdict \(r.verdict.rawValue)) but declares a different license. Check that the reference's license allows relicensing, or restore it.")
            results.append(["ruleId": id, "level": level, "locations": location(license.suspect.evidence.first),
                            "message": ["text": "license changed \(license.reference.declared ?? "unknown") -> \(license.suspect.declared ?? "none") in a \(r.verdict.rawValue) of \(r.reference.path)"],
                            "properties": ["reference_license": license.reference.declared ?? "", "suspect_license": license.suspect.declared ?? ""]])
        }
        if r.attribution.verdict == "no" {
            let id = "clonescan/unattributed-copy"
            rule(id, "unattributed_copy", "Code derived from a reference project without crediting it",
                 "No README, NOTICE, LICENSE or file header of the suspect names the reference, its authors or its URL (docs/license.md, Attribution). Credit the origin where its license asks for it.")
            results.append(["ruleId": id, "level": level, "locations": location(nil),
                            "message": ["text": "\(r.verdict.rawValue) of \(r.reference.path) with no attribution (containment \(r.containment))"]])
        }
        for o in r.license?.obligations_broken ?? [] {
            let id = "clonescan/obligation/\(o.rule)"
            rule(id, o.rule.replacingOccurrences(of: "-", with: "_"), "Obligation of the reference's license broken: \(o.rule)",
                 "\(o.explanation) Source: \(o.source)")
            results.append(["ruleId": id, "level": "error", "locations": location(r.license?.suspect.evidence.first),
                            "message": ["text": "\(o.rule) (\(o.license)): \(o.explanation)"],
                            "properties": ["license": o.license, "source": o.source]])
        }
        return (rules, results)
    }

    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
    static func fileURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file://" + uri(absolute.hasSuffix("/") ? absolute : absolute + "/")
    }
}

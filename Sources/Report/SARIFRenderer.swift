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
        let results: [[String: Any]] = r.matches.map { m in
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
        let rules: [[String: Any]] = Verdict.allCases.map { v in
            ["id": "clonescan/\(v.rawValue)", "name": v.rawValue.replacingOccurrences(of: "-", with: "_"),
             "shortDescription": ["text": "Code matched a reference project; repository verdict \(v.rawValue)"],
             "helpUri": "https://github.com/clonescan/clonescan/blob/main/docs/report-json.md"]
        }
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

    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
    static func fileURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file://" + uri(absolute.hasSuffix("/") ? absolute : absolute + "/")
    }
}

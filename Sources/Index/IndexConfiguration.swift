import Analysis
import Foundation
import Sketch
import Syntax

/// Everything an index is built with and that a query must share: analysis parameters, LSH banding
/// of both signature channels, and the grammar versions that produced the tokens.
public struct IndexConfiguration: Sendable, Equatable {
    public var analysis: AnalysisParameters
    /// Banding of the structure-channel signatures.
    public var structureLSH: LSHParameters
    /// Banding of the cross-language-channel signatures.
    public var crossLSH: LSHParameters
    /// Grammar name → version.
    public var grammarVersions: [String: String]

    public init(analysis: AnalysisParameters, structureLSH: LSHParameters, crossLSH: LSHParameters, grammarVersions: [String: String]) {
        self.analysis = analysis
        self.structureLSH = structureLSH
        self.crossLSH = crossLSH
        self.grammarVersions = grammarVersions
    }

    /// Jaccard threshold at which LSH bands are placed by default.
    public static let defaultThreshold = 0.5
    /// Bands per channel at most: every band is one `lsh_keys` row per unit, the largest share of what the
    /// writer does (see docs/index.md).
    public static let maxBands = 16
    /// Missing a clone weighs more than a false candidate, which verification drops cheaply.
    public static let falseNegativeWeight = 0.6

    /// The configuration a new index gets: LSH optimal for ``defaultThreshold`` within ``maxBands`` bands,
    /// recall weighted by ``falseNegativeWeight``, and the installed grammars. That is 16 bands of 4 rows
    /// (for K = 64 as for K = 128: the band cap decides): candidate probability at Jaccard 0.5–0.65 above that of datasketch's 25 × 5 (0.64 vs 0.55
    /// at 0.5) and within 0.003 of it above, with 36% fewer rows, for more false candidates below 0.4
    /// (0.12 vs 0.06 at 0.3).
    public static func standard(analysis: AnalysisParameters = AnalysisParameters(),
                                grammarVersions: [String: String] = installedGrammarVersions()) -> IndexConfiguration {
        let lsh = LSHParameters.optimal(threshold: defaultThreshold, numPerm: analysis.minhash.numPerm,
                                        falsePositiveWeight: 1 - falseNegativeWeight, falseNegativeWeight: falseNegativeWeight,
                                        maxBands: maxBands)
        return IndexConfiguration(analysis: analysis, structureLSH: lsh, crossLSH: lsh, grammarVersions: grammarVersions)
    }

    /// Versions of the grammars in the shared catalog.
    public static func installedGrammarVersions() -> [String: String] {
        GrammarCatalog.shared.entries.mapValues(\.version)
    }

    /// Names every difference from `stored` that makes data incomparable, or nil. Grammars known to only
    /// one side do not conflict (a new grammar adds a language; it changes no stored token).
    public func conflicts(with stored: IndexConfiguration) -> String? {
        var parts: [String] = []
        if let d = stored.analysis.differences(from: analysis) { parts.append(d) }
        if structureLSH != stored.structureLSH { parts.append("structure LSH \(stored.structureLSH) vs \(structureLSH)") }
        if crossLSH != stored.crossLSH { parts.append("cross LSH \(stored.crossLSH) vs \(crossLSH)") }
        for name in stored.grammarVersions.keys.sorted() {
            if let mine = grammarVersions[name], let theirs = stored.grammarVersions[name], mine != theirs {
                parts.append("grammar \(name) \(theirs) vs \(mine)")
            }
        }
        return parts.isEmpty ? nil : "index has " + parts.joined(separator: ", ") + " (index value vs this run)"
    }

    // MARK: metadata rows

    static let analysisKey = "analysis_parameters"
    package static let grammarPrefix = "grammar."

    /// Key/value rows for the metadata table.
    package func metadataRows() throws -> [(String, String)] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(analysis), as: UTF8.self)
        var rows: [(String, String)] = [
            (Self.analysisKey, json),
            ("token_k", String(analysis.tokenK)),
            ("shape_depth", String(analysis.shapeDepth)),
            ("winnow_window", String(analysis.winnowWindow)),
            ("minhash_num_perm", String(analysis.minhash.numPerm)),
            ("minhash_seed", String(analysis.minhash.seed)),
            ("minhash_kind", analysis.minhash.kind.description),
            ("min_unit_tokens", String(analysis.minUnitTokens)),
            ("feature_version", String(analysis.featureVersion)),
            ("lsh_structure_bands", String(structureLSH.bands)),
            ("lsh_structure_rows", String(structureLSH.rows)),
            ("lsh_cross_bands", String(crossLSH.bands)),
            ("lsh_cross_rows", String(crossLSH.rows)),
            ("schema_version", String(Schema.current)),
        ]
        for (name, version) in grammarVersions.sorted(by: { $0.key < $1.key }) { rows.append((Self.grammarPrefix + name, version)) }
        return rows
    }

    /// Reads the configuration back from metadata rows; nil when the index has none yet.
    package static func from(metadata: [String: String]) throws -> IndexConfiguration? {
        guard let json = metadata[analysisKey] else { return nil }
        guard let analysis = try? JSONDecoder().decode(AnalysisParameters.self, from: Data(json.utf8)) else {
            throw IndexError.invalidData("analysis parameters in metadata cannot be decoded")
        }
        func int(_ key: String) throws -> Int {
            guard let s = metadata[key], let v = Int(s) else { throw IndexError.invalidData("metadata \(key) missing or not a number") }
            return v
        }
        var grammars: [String: String] = [:]
        for (key, value) in metadata where key.hasPrefix(grammarPrefix) { grammars[String(key.dropFirst(grammarPrefix.count))] = value }
        return IndexConfiguration(analysis: analysis,
                                  structureLSH: LSHParameters(bands: try int("lsh_structure_bands"), rows: try int("lsh_structure_rows")),
                                  crossLSH: LSHParameters(bands: try int("lsh_cross_bands"), rows: try int("lsh_cross_rows")),
                                  grammarVersions: grammars)
    }
}

import Sketch

/// Every parameter that shapes features and sketches. The index records these and refuses to
/// mix data built with different values.
public struct AnalysisParameters: Codable, Hashable, Sendable {
    /// k of the structure-token k-grams.
    public var tokenK: Int = 5
    /// Depth bound of AST subtree shingles.
    public var shapeDepth: Int = 3
    /// Winnowing window (guarantee threshold = tokenK + window - 1 tokens).
    public var winnowWindow: Int = 4
    /// MinHash parameters of unit signatures. K = 64: signatures feed only LSH, whose 16 bands of 4 rows read
    /// 64 values (`IndexConfiguration.standard`); K = 128 computed, densified and stored 64 values never read.
    public var minhash = MinHashParameters(numPerm: 64, seed: 1, kind: .onePermutation)
    /// Smallest leaf unit (in structure tokens) that counts as evidence; tiny getters match everywhere.
    public var minUnitTokens: Int = 12
    /// Version of the feature extraction itself; bump when channels change.
    public var featureVersion: Int = 7

    public init() {}

    /// Human-readable list of the differences from `other`, or nil when equal.
    public func differences(from other: AnalysisParameters) -> String? {
        var out: [String] = []
        if tokenK != other.tokenK { out.append("token k \(tokenK) vs \(other.tokenK)") }
        if shapeDepth != other.shapeDepth { out.append("shape depth \(shapeDepth) vs \(other.shapeDepth)") }
        if winnowWindow != other.winnowWindow { out.append("winnow window \(winnowWindow) vs \(other.winnowWindow)") }
        if minhash != other.minhash { out.append("minhash \(minhash) vs \(other.minhash)") }
        if minUnitTokens != other.minUnitTokens { out.append("min unit tokens \(minUnitTokens) vs \(other.minUnitTokens)") }
        if featureVersion != other.featureVersion { out.append("feature version \(featureVersion) vs \(other.featureVersion)") }
        return out.isEmpty ? nil : out.joined(separator: ", ")
    }
}

import Analysis
import Foundation
import Sketch

/// What other engines need to find the same candidates as the index: a unit's LSH keys and the recorded
/// parameters, exactly as the index stores them (`clonescan sketch`, docs/sketch-json.md).
extension IndexConfiguration {
    /// The `lsh_keys.key` values the index stores for `unit`: both channels' band keys, the channel in the top
    /// bit (`SignatureChannel.lshKey`); empty unless the unit is an LSH candidate (a leaf of at least
    /// `minUnitTokens` structure tokens).
    public func lshKeys(of unit: UnitFeatures) -> [Int64] {
        guard LSHRows.isCandidate(leaf: unit.isLeaf, tokens: unit.tokenCount, analysis) else { return [] }
        var keys: [Int64] = []
        keys.reserveCapacity(structureLSH.bands + crossLSH.bands)
        LSHRows.appendKeys(unit.structureSignature, unit.crossSignature, configuration: self) { keys.append($0) }
        return keys
    }

    /// Whether `unit` gets LSH keys (see `lshKeys(of:)`).
    public func isLSHCandidate(_ unit: UnitFeatures) -> Bool {
        LSHRows.isCandidate(leaf: unit.isLeaf, tokens: unit.tokenCount, analysis)
    }

    /// Every parameter the index records, as the key/value rows of its metadata table.
    /// - Throws: when the analysis parameters cannot be encoded.
    public func recordedParameters() throws -> [String: String] {
        Dictionary(try metadataRows(), uniquingKeysWith: { _, last in last })
    }

    /// The configuration recorded by `recordedParameters()`.
    /// - Throws: `IndexError.invalidData` naming what is missing or malformed.
    public init(recordedParameters: [String: String]) throws {
        guard let configuration = try Self.from(metadata: recordedParameters) else {
            throw IndexError.invalidData("\(Self.analysisKey) missing")
        }
        self = configuration
    }
}

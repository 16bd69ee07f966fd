import Foundation

/// One line of a sketch shard: a unit as `clonescan index` would band it (docs/sketch-json.md, schema 1).
public struct SketchRecord: Codable, Sendable, Equatable {
    /// The repository path as given to `clonescan sketch`.
    public var repository: String
    /// The file's path inside the repository.
    public var path: String
    /// The unit's position among its file's units (file, classes, functions, ... in the front end's order).
    public var unit: Int
    /// The unit's name (empty for top-level code).
    public var name: String
    /// First and last line, 1-based and inclusive.
    public var lines: [UInt32]
    /// Language name, as `clonescan languages` lists it.
    public var language: String
    /// `function`, `method`, `top-level` or `statement`: the leaf kinds that carry evidence.
    public var kind: String
    /// Structure tokens.
    public var tokens: Int
    /// Lines with code (what the verdict's containment counts).
    public var code_lines: Int
    /// The two MinHash signatures in their stable binary encoding (docs/sketch.md), base64.
    public var signatures: Signatures
    /// The unit's LSH keys, as the index's `lsh_keys.key` column holds them: the channel in the top bit
    /// (0 structure, 1 cross-language), a band key in the low 63 bits.
    public var band_keys: [Int64]

    /// Base64 of `MinHashSignature.encoded()` per channel; null for a channel with an empty set.
    public struct Signatures: Codable, Sendable, Equatable {
        public var structure: String?
        public var cross: String?
        public init(structure: String?, cross: String?) { self.structure = structure; self.cross = cross }
    }

    public init(repository: String, path: String, unit: Int, name: String, lines: [UInt32], language: String, kind: String,
                tokens: Int, code_lines: Int, signatures: Signatures, band_keys: [Int64]) {
        self.repository = repository; self.path = path; self.unit = unit; self.name = name; self.lines = lines
        self.language = language; self.kind = kind; self.tokens = tokens; self.code_lines = code_lines
        self.signatures = signatures; self.band_keys = band_keys
    }
}

/// `metadata.json` of a sketch directory: the format, its version and every parameter the index records.
public struct SketchMetadata: Codable, Sendable, Equatable {
    /// Always `clonescan-sketch`.
    public var format = SketchMetadata.formatName
    /// Version of the record and metadata shapes (docs/sketch-json.md).
    public var schema_version = SketchMetadata.currentSchema
    /// The index's metadata rows (key → value), exactly as `clonescan index` records them.
    public var parameters: [String: String]

    public static let formatName = "clonescan-sketch"
    public static let currentSchema = 1
    /// The file's name inside a sketch directory.
    public static let fileName = "metadata.json"

    public init(parameters: [String: String]) { self.parameters = parameters }
}

/// What one `clonescan sketch` run did (printed, and kept as `run-<id>.json` in the directory).
public struct SketchSummary: Codable, Sendable {
    public var schema_version = 1
    /// The run id in every shard name of this run.
    public var run_id: String
    public var directory: String
    /// Repositories sketched (paths as given).
    public var repositories: [String] = []
    /// Given paths skipped entirely (missing, unreadable, no supported source files).
    public var skipped_repositories: [String] = []
    public var files: Int = 0
    public var files_skipped: Int = 0
    /// Records written (LSH candidate units).
    public var units: Int = 0
    /// Shard files written, by name.
    public var shards: [String] = []
    /// Source bytes read and compressed bytes written.
    public var source_bytes: Int = 0
    public var sketch_bytes: Int = 0
    public var seconds: Double = 0

    public init(run_id: String, directory: String) { self.run_id = run_id; self.directory = directory }
}

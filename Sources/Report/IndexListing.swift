import Foundation
import Index

/// What an index holds, one entry per repository (`clonescan index --list`; keys are stable).
public struct IndexListing: Encodable, Sendable {
    /// Version of this JSON shape.
    public var schema_version = 1
    /// Every repository row, complete or not, by id.
    public var repositories: [Entry]

    /// One repository.
    public struct Entry: Encodable, Sendable {
        /// The path as it was given to `clonescan index`.
        public var path: String
        /// HEAD commit when it was indexed, or null.
        public var head: String?
        /// Files and units of its last complete state.
        public var files: Int
        /// Units (files, classes, functions, top-level code) of its last complete state.
        public var units: Int
        /// When its last run finished, ISO-8601 UTC, or null (never finished).
        public var last_indexed: String?
        /// The warnings of its last run.
        public var warnings: [String]

        enum CodingKeys: String, CodingKey { case path, head, files, units, last_indexed, warnings }

        /// Nulls are written, not left out: every entry has every key.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(head, forKey: .head)
            try c.encode(files, forKey: .files)
            try c.encode(units, forKey: .units)
            try c.encode(last_indexed, forKey: .last_indexed)
            try c.encode(warnings, forKey: .warnings)
        }
    }

    /// The listing of `repositories` with their warnings (by repository id), in the order given.
    public init(_ repositories: [IndexedRepository], warnings: [Int64: [String]]) {
        let iso = ISO8601DateFormatter()
        iso.timeZone = TimeZone(identifier: "UTC")
        iso.formatOptions = [.withInternetDateTime]
        self.repositories = repositories.map { r in
            Entry(path: r.givenPath, head: r.head, files: r.fileCount, units: r.unitCount,
                  last_indexed: r.complete ? r.indexedAt.map { iso.string(from: Date(timeIntervalSince1970: TimeInterval($0))) } : nil,
                  warnings: warnings[r.id] ?? [])
        }
    }
}

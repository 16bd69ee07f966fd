import Foundation
import Index
import XCTest

extension XCTestCase {
    /// A new SQLite index of `repositories` in a temporary directory removed when the test ends; its path.
    public func temporaryIndex(of repositories: [String], options: IndexOptions = IndexOptions()) async throws -> String {
        let db = try temporaryDirectory("index").appendingPathComponent("corpus.sqlite").path
        var options = options
        options.workers = min(options.workers, 2)
        _ = try await IndexRun(databasePath: db, options: options).index(paths: repositories)
        return db
    }
}

import Foundation
import PostgresNIO
import TestSupport
import XCTest

/// The real PostgreSQL server the backend tests run against: `CLONESCAN_TEST_PG_URL` (scripts/test.sh starts one
/// with scripts/pg.sh and sets it). Each test gets a database of its own, dropped when it ends.
enum PostgresTestServer {
    static var url: String? { ProcessInfo.processInfo.environment["CLONESCAN_TEST_PG_URL"] }

    /// Runs `sql` on the database `url` names (test administration: creating and dropping databases, counting rows).
    static func query(_ url: String, _ sql: String) async throws -> [PostgresRow] {
        let parts = try XCTUnwrap(URLComponents(string: url))
        let configuration = PostgresConnection.Configuration(host: parts.host ?? "127.0.0.1", port: parts.port ?? 5432,
                                                             username: parts.user ?? "clonescan", password: parts.password,
                                                             database: String(parts.path.dropFirst()), tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "test"))
        do {
            var rows: [PostgresRow] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test")) { rows.append(row) }
            try await connection.close()
            return rows
        } catch {
            try? await connection.close()
            throw QueryFailure(description: "\(sql): \(String(reflecting: error))")
        }
    }

    /// The number in the first column of the first row of `sql`.
    static func count(_ url: String, _ sql: String) async throws -> Int64 {
        let rows = try await query(url, sql)
        let row = try XCTUnwrap(rows.first)
        return try row.decode(Int64.self)
    }
}

/// A failed administration query, with what the server said (PSQLError's own description hides it).
struct QueryFailure: Error, CustomStringConvertible {
    var description: String
}

extension XCTestCase {
    /// A new empty database on the test server, dropped when the test ends; its URL. Skips the test when no server
    /// is configured (`swift test` alone; `make test` always sets one).
    func temporaryPostgresIndex() async throws -> String {
        guard let server = PostgresTestServer.url else {
            throw XCTSkip("CLONESCAN_TEST_PG_URL is not set (scripts/test.sh starts a server with scripts/pg.sh)")
        }
        let name = "clonescan_test_" + UUID().uuidString.prefix(12).lowercased().filter { $0.isLetter || $0.isNumber }
        _ = try await PostgresTestServer.query(server, "CREATE DATABASE \(name)")
        addTeardownBlock {
            _ = try? await PostgresTestServer.query(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
        var parts = try XCTUnwrap(URLComponents(string: server))
        parts.path = "/" + name
        return try XCTUnwrap(parts.string)
    }
}

import Foundation
import PostgresNIO

/// One connection to the server, used synchronously: each call waits for its result on the calling thread
/// while the connection's own event-loop thread does the I/O.
///
/// Why blocking: the index's read API (`IndexStore`) and the writer's steps are synchronous, and a blocked caller
/// never holds up the event loop (it is a thread of its own, never the caller's), so no await is needed and
/// no cooperative thread waits on another. Not `Sendable`: one session per thread of use, like an SQLite handle.
final class PostgresSession {
    let url: PostgresURL
    private let connection: PostgresConnection
    private let logger = Logger(label: "clonescan.index.postgres")
    /// Nesting depth of `transaction` (inner calls join the outer transaction).
    private var depth = 0

    /// Connects to `url`.
    /// - Throws: `PostgresIndexError.unreachable` when no server answers or it refuses the user or the database.
    init(_ url: PostgresURL) throws {
        self.url = url
        var configuration = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user,
                                                             password: url.password, database: url.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                        id: 1, logger: logger).wait()
        } catch {
            throw PostgresIndexError.unreachable(url.redacted, detail: Self.detail(error))
        }
    }

    deinit {
        _ = try? connection.close().wait()
    }

    /// Runs one statement with bound parameters and returns its rows.
    @discardableResult
    func query(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRow] {
        do {
            return Array(try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).wait())
        } catch {
            throw mapped(error)
        }
    }

    /// The first column of the first row, or nil when there is no row.
    func scalar<T: PostgresDecodable>(_ type: T.Type, _ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> T? {
        guard let row = try query(sql, binds).first else { return nil }
        return try decode(row.makeRandomAccess()[0], T.self)
    }

    /// Decodes one cell, a decoding failure as `IndexError.invalidData`-like server error naming the column.
    func decode<T: PostgresDecodable>(_ cell: PostgresCell, _ type: T.Type) throws -> T {
        do { return try cell.decode(T.self) } catch {
            throw PostgresIndexError.server(url.redacted, message: "column \(cell.columnName) does not hold a \(T.self)")
        }
    }

    /// Runs `body` in one transaction (committed when it returns, rolled back when it throws). Nested calls join
    /// the outer transaction.
    func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        if depth > 0 { return try body() }
        try query(begin)
        depth += 1
        defer { depth -= 1 }
        do {
            let value = try body()
            try query("COMMIT")
            return value
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
    }

    var inTransaction: Bool { depth > 0 }

    /// A PostgresNIO error as one clear line.
    private func mapped(_ error: Error) -> Error {
        guard let psql = error as? PSQLError else { return PostgresIndexError.server(url.redacted, message: "\(error)") }
        if psql.code == .server, let info = psql.serverInfo {
            let state = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return PostgresIndexError.server(url.redacted, message: (info[.message] ?? "unknown error") + state)
        }
        return PostgresIndexError.unreachable(url.redacted, detail: Self.detail(error))
    }

    /// The most useful words of a connection failure: the server's message, or the socket error.
    private static func detail(_ error: Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying { return detail(underlying) }
            return "\(psql.code)"
        }
        let text = String(describing: error)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

extension PostgresBindings {
    /// Bindings of `values`, in order.
    static func of(_ values: any PostgresNonThrowingEncodable...) -> PostgresBindings {
        var b = PostgresBindings()
        for v in values { b.append(v) }
        return b
    }
}

extension ByteBuffer {
    /// The readable bytes as an array.
    var bytes: [UInt8] { Array(readableBytesView) }
}

/// Byte arrays travel as `bytea` (a `[UInt8]` would be sent as PostgreSQL's `"char"[]`).
func bytea(_ bytes: [UInt8]) -> ByteBuffer { ByteBuffer(bytes: bytes) }

import Foundation

/// A `--db postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE` value (or `postgres://`), parsed.
///
/// The connection is plain TCP (no TLS): the backend is meant for a server on the machine or a trusted network
/// (docs/postgresql.md). The password, when given, never appears in a report or a message (``redacted``).
public struct PostgresURL: Sendable, Equatable {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String

    /// Whether `value` names a PostgreSQL index rather than an SQLite file: it starts with `postgresql://` or
    /// `postgres://` (any case).
    public static func isURL(_ value: String) -> Bool {
        let lower = value.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// Parses `value`.
    /// - Throws: `PostgresIndexError.badURL` naming what is missing or wrong.
    public init(_ value: String) throws {
        guard Self.isURL(value), let parts = URLComponents(string: value) else {
            throw PostgresIndexError.badURL(Self.redact(value), reason: "not a URL")
        }
        let shown = Self.redact(value)
        guard let user = parts.user, !user.isEmpty else { throw PostgresIndexError.badURL(shown, reason: "no user name") }
        guard let host = parts.host, !host.isEmpty else { throw PostgresIndexError.badURL(shown, reason: "no host") }
        if parts.port == nil, parts.string.map({ $0.contains("@\(host):") }) == true {
            throw PostgresIndexError.badURL(shown, reason: "the port is not a number")
        }
        let port = parts.port ?? 5432
        guard (1...65535).contains(port) else { throw PostgresIndexError.badURL(shown, reason: "port \(port) is out of range") }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresIndexError.badURL(shown, reason: "no database name after the host")
        }
        if let query = parts.query, !query.isEmpty {
            throw PostgresIndexError.badURL(shown, reason: "URL options (?\(query)) are not supported")
        }
        self.user = user
        password = parts.password
        self.host = host
        self.port = port
        self.database = database
    }

    /// The URL as reports and messages show it: without the password.
    public var redacted: String { "postgresql://\(user)@\(host):\(port)/\(database)" }

    /// `value` with anything between `://user:` and `@` replaced, for messages about a URL that did not parse.
    static func redact(_ value: String) -> String {
        guard let scheme = value.range(of: "://"), let at = value.range(of: "@", range: scheme.upperBound..<value.endIndex),
              let colon = value.range(of: ":", range: scheme.upperBound..<at.lowerBound) else { return value }
        return String(value[..<colon.upperBound]) + "***" + String(value[at.lowerBound...])
    }
}

/// What the PostgreSQL backend refuses, each as one line (index-level refusals, such as a parameter mismatch or
/// a repository another run is writing, are the same `IndexError`s as with an SQLite file).
public enum PostgresIndexError: Error, CustomStringConvertible, Sendable {
    /// The `--db` value is not a usable `postgresql://` URL (a usage error: exit 2).
    case badURL(String, reason: String)
    /// No server answered at the URL, or it refused the connection (exit 3).
    case unreachable(String, detail: String)
    /// The server reported an error (exit 3).
    case server(String, message: String)

    public var description: String {
        switch self {
        case let .badURL(url, reason):
            return "\(url): \(reason); pass --db postgresql://USER@HOST:PORT/DATABASE"
        case let .unreachable(url, detail):
            return "\(url): cannot connect to PostgreSQL (\(detail)); start the server (`make pg` starts a local one) or fix the URL"
        case let .server(url, message):
            return "\(url): PostgreSQL error: \(message)"
        }
    }

    /// Whether the error is the user's `--db` value (exit 2) rather than the server's (exit 3).
    public var isUsage: Bool { if case .badURL = self { true } else { false } }
}

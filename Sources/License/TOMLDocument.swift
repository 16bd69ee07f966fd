import TOMLKit

/// A TOML document read with TOMLKit (toml++), copied into plain Swift values so the rest of the
/// License target never holds the library's reference types.
///
/// Only strings, arrays and tables are kept: the license fields and identity of pyproject.toml and
/// Cargo.toml are never numbers or dates.
indirect enum TOMLNode: Sendable, Equatable {
    case string(String)
    case array([TOMLNode])
    case table([String: TOMLNode])
    /// Integers, floats, booleans, dates: present but never read.
    case other

    /// The string value, or nil for any other kind.
    var string: String? { if case .string(let s) = self { return s }; return nil }
    /// The array elements, or nil.
    var array: [TOMLNode]? { if case .array(let a) = self { return a }; return nil }
    /// The table entries, or nil.
    var table: [String: TOMLNode]? { if case .table(let t) = self { return t }; return nil }

    /// The value at a path of table keys (`["project", "license"]`), or nil.
    func value(at path: [String]) -> TOMLNode? {
        var node: TOMLNode? = self
        for key in path { node = node?.table?[key] }
        return node
    }
}

/// Why a TOML document could not be read: the parser's message and position.
struct TOMLReadError: Error, Sendable {
    let message: String
    let line: Int
    let column: Int
}

enum TOMLDocument {
    /// Parses `text` as TOML 1.0. Throws `TOMLReadError` with the parser's line and column.
    ///
    /// Complexity: linear in the text; nesting depth is bounded by toml++ itself.
    static func parse(_ text: String) throws(TOMLReadError) -> TOMLNode {
        do {
            let table = try TOMLTable(string: text)
            return copy(table)
        } catch let error as TOMLParseError {
            throw TOMLReadError(message: error.description, line: error.source.begin.line, column: error.source.begin.column)
        } catch {
            throw TOMLReadError(message: "\(error)", line: 0, column: 0)
        }
    }

    private static func copy(_ table: TOMLTable) -> TOMLNode {
        var entries: [String: TOMLNode] = [:]
        for key in table.keys {
            guard let value = table[key] else { continue }
            entries[key] = copy(value)
        }
        return .table(entries)
    }

    private static func copy(_ value: TOMLValueConvertible) -> TOMLNode {
        switch value.type {
        case .string: return value.string.map(TOMLNode.string) ?? .other
        case .table: return value.table.map(copy) ?? .other
        case .array:
            guard let array = value.array else { return .other }
            return .array(array.map { copy($0) })
        default: return .other
        }
    }
}

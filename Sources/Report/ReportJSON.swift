import Foundation

/// The one JSON writer of every report: pretty-printed, keys sorted, slashes unescaped, a final newline.
/// Stable output for the same value, so reports diff cleanly and tests compare them byte for byte.
public enum ReportJSON {
    /// `value` as the JSON bytes every command prints.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }
}

import Foundation

/// What a grammar's generated metadata says about its node types, for front ends without a hand-written table:
/// which named types are leaves (`node-types.json`: no fields, children or subtypes), which token the grammar
/// extracts keywords from (`grammar.json`'s `word`, almost always its identifier) and which symbols may appear
/// anywhere (`extras`: comments, mostly).
public struct GrammarMetadata: Sendable, Equatable {
    /// Named node types that never have children.
    public var leafTypes: Set<String> = []
    /// The keyword-extraction token, e.g. `identifier`.
    public var word: String?
    /// Named symbols listed in `extras`.
    public var extras: Set<String> = []

    /// Empty metadata: no file was found, so front ends fall back to name patterns.
    public init() {}

    /// Reads `node-types.json` and `grammar.json` from a grammar's `src` directory; a missing or malformed file
    /// leaves its part empty.
    public init(sourceDirectory: String) {
        if let data = FileManager.default.contents(atPath: sourceDirectory + "/node-types.json"),
           let types = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] {
            for type in types {
                guard type["named"] as? Bool == true, let name = type["type"] as? String else { continue }
                let hasFields = (type["fields"] as? [String: Any]).map { !$0.isEmpty } ?? false
                if !hasFields && type["children"] == nil && type["subtypes"] == nil { leafTypes.insert(name) }
            }
        }
        if let data = FileManager.default.contents(atPath: sourceDirectory + "/grammar.json"),
           let grammar = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            word = grammar["word"] as? String
            for extra in grammar["extras"] as? [[String: Any]] ?? [] where extra["type"] as? String == "SYMBOL" {
                if let name = extra["name"] as? String { extras.insert(name) }
            }
        }
    }
}

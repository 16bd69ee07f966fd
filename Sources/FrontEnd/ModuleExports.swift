import Syntax

/// Which JavaScript and TypeScript units are public when no `export` keyword says so (`LanguageSpec.conventionExports`).
/// CommonJS modules publish with assignments (`module.exports = encode`, `exports.decode = function`), ES5 libraries
/// hang their API on objects and prototypes (`lunr.Builder.prototype.add = function`), and class methods are
/// public unless named `_x` or `#x`. Without this every CommonJS library had no public names, so its API words were
/// counted as internal words and its public functions could not be reported as kept.
struct ModuleExports {
    /// Names published by an assignment to `module.exports` or `exports.x`, or by `export { a, b as c }`.
    private(set) var names: Set<String> = []

    /// Whether a conventionally private name (`_helper`, `#field`).
    static func isPrivateName(_ name: String) -> Bool { name.hasPrefix("_") || name.hasPrefix("#") || name == "<anonymous>" }

    /// Whether a function unit without an export keyword is public by convention: a class method (`isMethod`), or a
    /// function expression stored (`Normalizer.storage(of:)`) under an object literal's key or on an object or a
    /// prototype (`lunr.Builder.prototype.add = function`); one stored in a variable is the module's own.
    static func isPublicByConvention(name: String, isMethod: Bool, storage: Normalizer.Storage?, classifier: NodeClassifier) -> Bool {
        guard !isPrivateName(name) else { return false }
        if isMethod { return true }
        switch storage {
        case .key: return true
        case .assigned(let left): return classifier.kind(left.symbol) == .member
        case .variable, nil: return false
        }
    }

    /// Records what `node` publishes, if it is `module.exports = …`, `exports.x = …` or an `export { … }` clause.
    mutating func record(_ node: SyntaxNode, kind: CanonicalKind, classifier: NodeClassifier,
                         bytes: UnsafeBufferPointer<UInt8>, text: (SyntaxNode) -> String) {
        if kind == .assignment {
            // Most assignments store elsewhere: their first bytes say so before any string is made.
            guard let left = node.child(field: classifier.fieldLeft), left.endByte - left.startByte <= 200,
                  Self.startsLikeExports(bytes, at: Int(left.startByte)) else { return }
            let target = text(left)
            let exported: String?
            if target == "module.exports" || target == "exports" {
                exported = nil
            } else if target.hasPrefix("module.exports.") {
                exported = String(target.dropFirst("module.exports.".count))
            } else if target.hasPrefix("exports.") {
                exported = String(target.dropFirst("exports.".count))
            } else {
                return
            }
            if let exported, !exported.contains(".") { names.insert(exported) }
            guard let right = node.child(field: classifier.fieldRight) else { return }
            recordValue(right, classifier: classifier, text: text)
        } else if classifier.name(node.symbol) == "export_specifier", let name = node.child(field: classifier.fieldName) {
            names.insert(text(name))
        }
    }

    /// Whether the bytes at `offset` begin `exports` or `module.exports`.
    static func startsLikeExports(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        func has(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard offset >= 0, offset + n <= bytes.count else { return false }
            return word.withUTF8Buffer { w in (0..<n).allSatisfy { bytes[offset + $0] == w[$0] } }
        }
        return has("exports") || has("module.exports")
    }

    /// `encode`, or each member of `{ encode, decode: decodeString }`.
    private mutating func recordValue(_ value: SyntaxNode, classifier: NodeClassifier, text: (SyntaxNode) -> String) {
        if classifier.role(value.symbol) == .identifier, value.childCount == 0 {
            names.insert(text(value))
            return
        }
        guard classifier.kind(value.symbol) == .collection else { return }
        var i: UInt32 = 0
        while let member = value.namedChild(i), i < 4096 {
            i += 1
            if member.childCount == 0, classifier.role(member.symbol) == .identifier {
                names.insert(text(member))  // shorthand `{ encode }`
            } else if classifier.name(member.symbol) == "pair" {
                if let key = member.child(field: classifier.fieldKey) { names.insert(text(key)) }
                if let v = member.child(field: classifier.fieldValue), v.childCount == 0,
                   classifier.role(v.symbol) == .identifier { names.insert(text(v)) }
            }
        }
    }
}

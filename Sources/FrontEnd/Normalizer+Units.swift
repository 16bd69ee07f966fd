import Syntax

/// What the walk asks about a unit's node: its name, parameters and export, and the shapes of the added languages'
/// units (a wrapper holding the function, a Lisp function form, an assignment written as a binary node).
extension Normalizer {
    /// The source bytes of `node`, at most `limit` of them, clamped to the file (a node past its end is empty).
    func text(of node: SyntaxNode, in bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> UnsafeBufferPointer<UInt8> {
        node.bytes(in: bytes, limit: limit)
    }

    /// Whether a binary node's operator (its `operator` field) is one of the language's assignment operators.
    func isAssignment(_ node: SyntaxNode, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let op = node.child(field: classifier.fieldOperator) else { return false }
        return classifier.spec.assignmentOperators.contains(String(decoding: text(of: op, in: bytes, limit: 8), as: UTF8.self))
    }

    /// Whether a call is a method of `LanguageSpec.indexingMethods` with one argument (`s.charAt(i)`).
    func isIndexingCall(_ node: SyntaxNode, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = node.namedChildCount
        guard count >= 2, let name = node.child(field: classifier.fieldName), name.endByte - name.startByte <= 32,
              let arguments = node.namedChild(count - 1), classifier.kind(arguments.symbol) == .argumentList,
              arguments.namedChildCount == 1 else { return false }
        return classifier.spec.indexingMethods.contains(String(decoding: text(of: name, in: bytes, limit: 32), as: UTF8.self))
    }

    /// An assignment that adds or subtracts 1, which its ports write as `i++` or `i--`.
    struct UnitStep {
        /// Where the step starts: its nodes get no shape.
        var operand: UInt32
        /// Where the left side ends: the operators from there to the assignment's end are the `++` alone.
        var leftEnd: UInt32
        var decrements: Bool
    }

    /// The step of an assignment that adds or subtracts 1, or nil for any other assignment: `i += 1` and `n -= 1`
    /// (the literal), `i = i + 1` and R's `i <- i + 1` (the whole right side). Their ports write `i++`, and the
    /// walker gives them its shape and its operator. Go holds the sides in expression lists.
    func unitStep(_ node: SyntaxNode, bytes: UnsafeBufferPointer<UInt8>) -> UnitStep? {
        func text(_ n: SyntaxNode, limit: Int) -> UnsafeBufferPointer<UInt8> { self.text(of: n, in: bytes, limit: limit) }
        func unwrapped(_ n: SyntaxNode) -> SyntaxNode {
            if classifier.kind(n.symbol) == .other, n.namedChildCount == 1, let only = n.namedChild(0) { return only }
            return n
        }
        func isOne(_ n: SyntaxNode) -> Bool { classifier.isNumberOne(n, bytes: bytes) }
        let count = node.namedChildCount
        guard count >= 2, let leftNode = node.namedChild(0), let rightNode = node.namedChild(count - 1) else { return nil }
        let right = unwrapped(rightNode)
        let op = node.child(field: classifier.fieldOperator).map { text($0, limit: 4) }
        if let op, op.elementsEqual("+=".utf8) || op.elementsEqual("-=".utf8) {
            return isOne(right) ? UnitStep(operand: rightNode.startByte, leftEnd: leftNode.endByte, decrements: op.first == UInt8(ascii: "-")) : nil
        }
        // `i = i + 1`: the right side adds 1 to exactly what the left side names.
        guard classifier.kind(right.symbol) == .binaryOperator, right.namedChildCount == 2,
              let operand = right.namedChild(0), let one = right.namedChild(1), isOne(one),
              let sign = right.child(field: classifier.fieldOperator).map({ text($0, limit: 2) }),
              sign.elementsEqual("+".utf8) || sign.elementsEqual("-".utf8) else { return nil }
        let left = unwrapped(leftNode)
        guard left.endByte - left.startByte <= 64, text(left, limit: 64).elementsEqual(text(operand, limit: 65)) else { return nil }
        return UnitStep(operand: rightNode.startByte, leftEnd: leftNode.endByte, decrements: sign.first == UInt8(ascii: "-"))
    }

    /// The name of a Lisp function form (`LanguageSpec.functionHeads`), or nil when `node` is another list.
    func functionFormName(_ node: SyntaxNode, bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func text(_ n: SyntaxNode) -> String { String(decoding: self.text(of: n, in: bytes, limit: 200), as: UTF8.self) }
        guard let head = node.namedChild(0), head.endByte - head.startByte <= 32,
              classifier.spec.functionHeads.contains(text(head)), let second = node.namedChild(1) else { return nil }
        // `(define (name args) ...)` names the function inside its signature list; `(define name value)` is no function.
        if classifier.spec.listTypes.contains(classifier.name(second.symbol)), let inner = second.namedChild(0) { return text(inner) }
        return text(head) == "define" ? nil : text(second)
    }

    /// The function a unit wrapper (`LanguageSpec.unitWrappers`) holds, if its first or last named child is one
    /// (R's `f <- function(x) {...}`, Zig's declaration of a prototype and its block).
    func wrappedFunction(_ node: SyntaxNode) -> SyntaxNode? {
        let count = node.namedChildCount
        guard count >= 2 else { return nil }
        if let last = node.namedChild(count - 1), classifier.kind(last.symbol) == .function { return last }
        if let first = node.namedChild(0), classifier.kind(first.symbol) == .function { return first }
        return nil
    }

    /// A unit for `node`: its name, lines, bytes, parameter count and whether it is exported; its tokens start at `tokenStart`.
    func makeUnit(node: SyntaxNode, kind: UnitKind, parent: Int, bytes: UnsafeBufferPointer<UInt8>, tokenStart: Int32) -> Unit {
        let nameNode = findName(node) ?? storedName(node) ?? (kind == .class ? typeName(node) : nil)
        var name = "<anonymous>"
        if let nameNode { name = String(decoding: text(of: nameNode, in: bytes, limit: 200), as: UTF8.self) }
        let params = (kind == .function || kind == .method) ? countParameters(node, bytes: bytes) : 0
        return Unit(name: name, kind: kind, startLine: node.startRow + 1, endLine: node.endRow + 1,
                    startByte: node.startByte, endByte: node.endByte, tokenRanges: [tokenStart..<tokenStart],
                    parameterCount: params, isExported: isExported(node, name: name, nameNode: nameNode, bytes: bytes),
                    parent: parent, isLeaf: false, codeLineCount: 0)
    }

    func findName(_ node: SyntaxNode) -> SyntaxNode? {
        if let n = node.child(field: classifier.fieldName) { return innermostIdentifier(n) }
        // C and C++: the name sits inside nested declarators.
        var current = node
        for _ in 0..<6 {
            guard let d = current.child(field: classifier.fieldDeclarator) else { break }
            if classifier.role(d.symbol) == .identifier { return d }
            current = d
        }
        var i: UInt32 = 0
        while let child = node.namedChild(i), i < 8 {
            if classifier.role(child.symbol) == .identifier { return child }
            i += 1
        }
        // Languages added with grammar metadata: the name may sit a few levels down the first named children (Elm's
        // `function_declaration_left`, Julia's `signature` > `call_expression`, Fortran's `function_statement`).
        if classifier.spec.usesGrammarMetadata {
            var current = node
            for _ in 0..<3 {
                // The first named child with children of its own (Verilog's `lifetime` keyword comes first).
                var k: UInt32 = 0
                var next: SyntaxNode?
                while let child = current.namedChild(k), k < 4 {
                    if child.namedChildCount > 0 { next = child; break }
                    k += 1
                }
                guard let first = next else { break }
                if let named = first.child(field: classifier.fieldName) { return innermostIdentifier(named) }
                var j: UInt32 = 0
                while let child = first.namedChild(j), j < 4 {
                    if classifier.role(child.symbol) == .identifier || classifier.spec.nameTypes.contains(classifier.name(child.symbol)) {
                        return child
                    }
                    j += 1
                }
                current = first
            }
        }
        return nil
    }

    /// Where an anonymous function expression is stored: under an object literal's key, in a declared variable, or
    /// on the left of an assignment. Its name (`storedName`) and, in JavaScript, whether it is public
    /// (`ModuleExports.isPublicByConvention`) follow from it.
    enum Storage {
        case key(SyntaxNode), variable(SyntaxNode), assigned(SyntaxNode)
    }

    func storage(of node: SyntaxNode) -> Storage? {
        guard let parent = node.parent else { return nil }
        // Only where the function is stored: `a || function () {}` has a `left` too, and stores nothing.
        let storage: Storage?
        switch classifier.name(parent.symbol) {
        case "pair": storage = parent.child(field: classifier.fieldKey).map(Storage.key)
        case "variable_declarator": storage = parent.child(field: classifier.fieldName).map(Storage.variable)
        default: storage = classifier.kind(parent.symbol) == .assignment ? parent.child(field: classifier.fieldLeft).map(Storage.assigned) : nil
        }
        guard let storage else { return nil }
        switch storage {
        case .key(let t), .variable(let t), .assigned(let t): return t.startByte != node.startByte ? storage : nil
        }
    }

    /// The name of an anonymous function expression taken from where it is stored, as its callers call it:
    /// `Builder.prototype.add = function (doc) {...}` is `add`, `var parse = function () {...}` is `parse`,
    /// `{ run: function () {...} }` is `run`. JavaScript before classes wrote every method this way.
    func storedName(_ node: SyntaxNode) -> SyntaxNode? {
        guard let storage = storage(of: node) else { return nil }
        var name: SyntaxNode
        switch storage { case .key(let t), .variable(let t), .assigned(let t): name = t }
        if let property = name.child(field: classifier.fieldProperty) { name = property }
        return classifier.role(name.symbol) == .identifier ? name : nil
    }

    /// The name of a class-like unit that extends a type rather than declaring one: Rust's `impl<'a, T> Matcher<'a, T>`
    /// is `Matcher`, Ruby's `class << Diff::LCS` is `Diff::LCS`.
    func typeName(_ node: SyntaxNode) -> SyntaxNode? {
        guard let type = node.child(field: classifier.fieldType) ?? node.child(field: classifier.fieldValue) else { return nil }
        return innermostIdentifier(type)
    }

    func innermostIdentifier(_ node: SyntaxNode) -> SyntaxNode {
        if classifier.role(node.symbol) == .identifier { return node }
        var i: UInt32 = 0
        var found: SyntaxNode?
        while let child = node.namedChild(i), i < 8 {
            if classifier.role(child.symbol) == .identifier {
                // A qualified name of an added language (Pascal's `TTokenizer.Classify`) is named by its last part.
                guard classifier.spec.usesGrammarMetadata else { return child }
                found = child
            }
            i += 1
        }
        return found ?? node
    }

    func parameterList(_ node: SyntaxNode) -> SyntaxNode? {
        if let p = node.child(field: classifier.fieldParameters) { return p }
        var current = node
        for _ in 0..<6 {
            guard let d = current.child(field: classifier.fieldDeclarator) else { break }
            if let p = d.child(field: classifier.fieldParameters) { return p }
            current = d
        }
        var i: UInt32 = 0
        while let child = node.namedChild(i), i < 12 {
            if classifier.kind(child.symbol) == .parameterList { return child }
            i += 1
        }
        return nil
    }

    func countParameters(_ node: SyntaxNode, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let list = parameterList(node)
        let holder = list ?? node
        var count = 0
        var i: UInt32 = 0
        while let child = holder.namedChild(i) {
            i += 1
            let kind = classifier.kind(child.symbol)
            let role = classifier.role(child.symbol)
            if list == nil && kind != .parameter { continue }
            if kind == .comment { continue }
            if (role == .identifier || kind == .parameter) && isReceiver(child, bytes: bytes) { continue }
            count += 1
        }
        return count
    }

    /// `self`, `cls` or `self: Self`: a receiver, not a parameter. Compared on bytes, since this runs per parameter.
    func isReceiver(_ node: SyntaxNode, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let receivers = classifier.spec.receiverNames
        guard !receivers.isEmpty else { return false }
        var s = min(Int(node.startByte), bytes.count)
        let e = min(max(Int(node.endByte), s), bytes.count, s + 64)
        var end = s
        while end < e, bytes[end] != UInt8(ascii: ":") { end += 1 }
        while s < end, bytes[s] <= 32 { s += 1 }
        while end > s, bytes[end - 1] <= 32 { end -= 1 }
        guard end > s, end - s <= 16 else { return false }
        return receivers.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<end]), as: UTF8.self))
    }

    func isExported(_ node: SyntaxNode, name: String, nameNode: SyntaxNode?, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch classifier.spec.exportRule {
        case .capitalised:
            return name.first.map { $0.isUppercase } ?? false
        case .noLeadingUnderscore:
            return !name.hasPrefix("_") && name != "<anonymous>"
        case let .keywords(publicWords, privateWords, publicByDefault):
            if let parent = node.parent, classifier.name(parent.symbol) == "export_statement" { return true }
            let start = min(Int(node.startByte), bytes.count)
            let end = min(max(Int(nameNode?.startByte ?? node.startByte), start), bytes.count, start + 300)
            var words: Set<String> = []
            Subwords.words(UnsafeBufferPointer(rebasing: bytes[start..<end])) { words.insert($0) }
            if privateWords.contains(where: words.contains) { return false }
            if publicWords.contains(where: words.contains) { return true }
            if classifier.spec.conventionExports {
                return ModuleExports.isPublicByConvention(name: name, isMethod: classifier.name(node.symbol) == "method_definition",
                                                          storage: storage(of: node), classifier: classifier)
            }
            return publicByDefault
        }
    }
}

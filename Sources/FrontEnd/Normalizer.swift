#if canImport(Glibc)
import Glibc
#endif
import Syntax

/// Walks one syntax tree into a `ParsedFile`: tokens, the shape stream, side channels and units.
/// Iterative (cursor-based), so 100,000 nested brackets cannot overflow the stack.
struct Normalizer {
    let classifier: NodeClassifier
    let recordTokenText: Bool
    /// Whether to collect shapes, sub-words, literals and comment words besides the structure tokens.
    var crossLanguageChannels = true
    /// Whether to collect whole identifiers (shown by `parse`, unused by features).
    var displayChannels = true
    /// Longest literal kept in the literal channel; longer ones are truncated (tables of data).
    static let maxLiteralBytes = 512

    private struct Frame {
        var structural: Bool
        var unitIndex: Int?  // unit opened by this node
        var symbol: UInt16 = 0
        /// Named children entered so far, and this node's position among its named siblings.
        var namedChildren: Int32 = 0
        var namedIndex: Int32 = 0
        /// This node is a unit wrapper holding the function (which then opens no unit of its own).
        var wrapsFunction = false
        /// This wrapper has the function shape of the function it holds (it has no shape of its own).
        var shapesWrappedFunction = false
        /// This node is a call (it opened an entry of `openCalls`).
        var isCall = false
        /// This node is a range call in a loop header, shaped as a counted loop (`RangeLoopShapes`).
        var rangeLoop = false
        /// This node continues an if chain as a sibling clause (`elif`): what follows it nests one level deeper.
        var chainClause = false
        /// Levels its children after chain clauses were nested by; given back when the node is left.
        var nestedDepth = 0
        /// This node is `x += 1` or `x = x + 1` shaped as `x++` (`unitStep`): its step gets no shape.
        var unitStep = false
    }

    /// A call being walked: its callee is the last identifier seen before its argument list.
    private struct OpenCall {
        var tokenIndex: Int32
        var line: UInt32
        var callee: String?
        var argumentsSeen = false
    }

    func normalize(tree: SyntaxTree, bytes: UnsafeBufferPointer<UInt8>, path: String, pathBytes: [UInt8]?) -> ParsedFile {
        let spec = classifier.spec
        var tokens = TokenStream()
        tokens.reserve(bytes.count / 4)
        var shapes: [ShapeEntry] = []
        shapes.reserveCapacity(bytes.count / 12)
        var subwords: [ChannelEntry] = [], identifiers: [ChannelEntry] = [], strings: [ChannelEntry] = []
        var numbers: [ChannelEntry] = [], commentWords: [ChannelEntry] = [], calls: [ChannelEntry] = []
        // Sized from the file's bytes, above what most files need: growing these arrays entry by entry (a copy at
        // every doubling) was 1% of an index run.
        if crossLanguageChannels {
            subwords.reserveCapacity(bytes.count / 8)
            commentWords.reserveCapacity(bytes.count / 12)
            strings.reserveCapacity(bytes.count / 48)
            numbers.reserveCapacity(bytes.count / 128)
            calls.reserveCapacity(bytes.count / 64)
            if displayChannels { identifiers.reserveCapacity(bytes.count / 12) }
        }
        var openCalls: [OpenCall] = []
        openCalls.reserveCapacity(16)
        var operatorEdits: [OperatorEdit] = []
        // Byte ranges, in order, whose tokens leave the operator sequence (`OperatorEdit`).
        var mutedOperators: [Range<UInt32>] = []
        var errorCount = 0
        var lineCount = 0
        var newlines = 0
        for b in bytes where b == 10 { newlines += 1 }
        lineCount = bytes.isEmpty ? 0 : newlines + (bytes.last == 10 ? 0 : 1)

        var units: [Unit] = [Unit(name: path, kind: .file, startLine: 1, endLine: UInt32(max(lineCount, 1)),
                                  startByte: 0, endByte: UInt32(clamping: bytes.count), tokenRanges: [],
                                  parameterCount: 0, isExported: true, parent: nil, isLeaf: false, codeLineCount: 0)]
        units.reserveCapacity(8 + bytes.count / 512)
        var openUnits: [Int] = [0]
        openUnits.reserveCapacity(16)
        var frames: [Frame] = []
        frames.reserveCapacity(64)
        var structuralDepth = 0
        let ids = classifier.tokenIDs, texts = classifier.tokenTexts

        func emit(_ node: NodeFacts, symbol: Int, endByte: UInt32) {
            let startByte = node.startByte, startRow = node.startRow
            // The end row from the token's own bytes: cheaper than a C call, and tokens are short.
            var endRow = startRow
            let s = min(Int(startByte), bytes.count), e = min(max(Int(endByte), s), bytes.count)
            for i in s..<e where bytes[i] == 10 { endRow += 1 }  // tree-sitter counts rows by "\n" alone
            tokens.ids.append(ids[symbol])
            tokens.startLines.append(startRow + 1)
            tokens.endLines.append(endRow + 1)
            tokens.startBytes.append(startByte)
            tokens.endBytes.append(endByte)
            if recordTokenText { tokens.texts.append(texts[symbol]) }
            if !mutedOperators.isEmpty {
                while let first = mutedOperators.first, first.upperBound <= startByte { mutedOperators.removeFirst() }
                if let first = mutedOperators.first, first.contains(startByte) {
                    operatorEdits.append(OperatorEdit(tokenIndex: Int32(tokens.ids.count - 1), inserted: nil))
                }
            }
        }
        func slice(_ node: NodeFacts, endByte: UInt32) -> UnsafeBufferPointer<UInt8> {
            let start = min(Int(node.startByte), bytes.count), end = min(max(Int(endByte), start), bytes.count)
            return UnsafeBufferPointer(rebasing: bytes[start..<end])
        }

        var interned = IdentifierCache(wordless: spec.wordlessIdentifiers)
        // Named-sibling positions are only needed for docstrings; the symbol table answers `isNamed` without a C call.
        let tracksDocstrings = !spec.docstringParents.isEmpty
        let namedSymbols = classifier.grammar.symbolIsNamed
        var rangeLoops = RangeLoopShapes()
        // Inside a unit step (`i += 1`), from where its step starts: nodes that get no shape.
        var stepFrom: UInt32?
        // JavaScript and TypeScript: names published by assignment or an export clause, marked once units are known.
        var moduleExports = ModuleExports()
        let conventionExports = classifier.spec.conventionExports
        // The parameter declarations at the start of the sub being walked (Perl), until the walk passes them.
        var leading: LeadingParameters?
        // A function unit whose signature was just left, waiting for its body as the next node at `depth` (Dart).
        var pendingBody: (unit: Int, depth: Int)?
        let cursor = tree.makeCursor()
        let endWanted = classifier.endWanted
        var next: NodeFacts? = cursor.facts(endWanted: endWanted)
        while let node = next {
            let rawSymbol = node.symbol
            let symbol = Int(rawSymbol) < ids.count ? Int(rawSymbol) : 0
            let role = classifier.role(rawSymbol)
            var kind = classifier.kind(rawSymbol)
            if classifier.hasAssignmentOperators(rawSymbol), isAssignment(cursor.node, bytes: bytes) { kind = .assignment }
            // Zig's `return x` is an `AssignExpr` led by the keyword.
            if classifier.isKeywordLed(rawSymbol), let first = cursor.node.child(0),
               let led = classifier.leadingKeywordKinds[first.symbol] { kind = led }
            // Java's `s.charAt(i)` is the `s[i]` of its ports.
            if kind == .call, !spec.indexingMethods.isEmpty, isIndexingCall(cursor.node, bytes: bytes) { kind = .subscript }
            var frame = Frame(structural: false, unitIndex: nil, symbol: rawSymbol)
            if conventionExports, kind == .assignment || (symbol < classifier.exportSpecifierSymbols.count && classifier.exportSpecifierSymbols[symbol]) {
                moduleExports.record(cursor.node, kind: kind, classifier: classifier, bytes: bytes) {
                    String(decoding: text(of: $0, in: bytes, limit: 200), as: UTF8.self)
                }
            }
            let line = node.startRow + 1
            let tokenIndex = Int32(tokens.count)
            var atomic = node.childCount == 0
            // Only leaves and literals (`endWanted`) need their end; each C call counts in this loop.
            let endByte = node.endByte
            // MISSING nodes are zero-width leaves: ask tree-sitter only about those.
            let missing = atomic && endByte == node.startByte && cursor.node.isMissing
            if role == .error || missing { errorCount += 1 }
            if let pending = pendingBody {
                pendingBody = nil
                // Dart's `function_body` after its signature: the signature's unit goes on to the body's end, and
                // the body's shapes nest in the function's, as in languages whose function node holds its body.
                if frames.count == pending.depth, classifier.isBody(rawSymbol) {
                    let body = cursor.node
                    units[pending.unit].endLine = body.endRow + 1
                    units[pending.unit].endByte = body.endByte
                    frame.unitIndex = pending.unit
                    openUnits.append(pending.unit)
                    if crossLanguageChannels {
                        frame.structural = true
                        structuralDepth += 1
                    }
                }
            }
            if tracksDocstrings, !frames.isEmpty, Int(rawSymbol) < namedSymbols.count ? namedSymbols[Int(rawSymbol)] : true {
                frame.namedIndex = frames[frames.count - 1].namedChildren
                frames[frames.count - 1].namedChildren += 1
            }
            if crossLanguageChannels {
                if kind == .call {
                    openCalls.append(OpenCall(tokenIndex: tokenIndex, line: line))
                    frame.isCall = true
                } else if kind == .argumentList, frames.last?.isCall == true, !openCalls.isEmpty {
                    // The call's own arguments (a direct child): `new Builder(x).append(y)` calls `append`, and
                    // the constructor's argument list inside its receiver must not end the callee's search.
                    openCalls[openCalls.count - 1].argumentsSeen = true
                }
            }
            if crossLanguageChannels {
                if rangeLoops.isOpen, Int(rawSymbol) < namedSymbols.count ? namedSymbols[Int(rawSymbol)] : true,
                   case .unshaped(let from) = rangeLoops.enterNamed(cursor.node, frameCount: frames.count, tokenIndex: tokenIndex,
                                                                    line: line, into: &shapes, edits: &operatorEdits,
                                                                    muted: &mutedOperators) {
                    // An end or step whose operator became the loop header's (`n + 1` of `i <= n`, the `1` of `i++`).
                    kind = .other
                    stepFrom = from
                    frame.unitStep = true
                }
                // The parent's kind decides for identifiers and calls only (one table read, not on every node).
                let parentKind = kind == .identifier || kind == .call ? frames.last.map { classifier.kind($0.symbol) } : nil
                // A parameter named by its identifier alone (Python, JavaScript, Ruby) gets the shape typed
                // languages give theirs: `def f(a, b)` and `int f(int a, int b)` both take two parameters.
                if kind == .identifier, parentKind == .parameterList { kind = .parameter }
                // A function its wrapper took the shape of (Zig's `Decl`, below) gets none of its own.
                if kind == .function, frames.last?.shapesWrappedFunction == true { kind = .other }
                // Perl's `my ($list, $i) = @_;` opening a sub: its parameter list (`LeadingParameters`).
                if leading != nil {
                    if let end = leading?.end, node.startByte >= end {
                        leading = nil
                    } else if let entered = leading?.kind(start: node.startByte, symbol: rawSymbol, depth: structuralDepth) {
                        kind = entered
                        // A later declaration's variables belong to the first one's list.
                        if entered == .parameter, let list = leading?.listDepth {
                            shapes.append(ShapeEntry(kind: entered.rawValue, depth: UInt16(clamping: list + 1), tokenIndex: tokenIndex, line: line))
                            kind = .other
                        }
                    }
                }
                // `i += 1` and `i = i + 1` are the `i++` their ports write (Python, Rust, Ruby and R have no `++`):
                // one shape for all three; the step's own nodes (`1`, `i + 1`) get none.
                if let from = stepFrom, node.startByte >= from {
                    kind = .other
                } else if kind == .assignment, let step = unitStep(cursor.node, bytes: bytes) {
                    kind = .unaryOperator
                    frame.unitStep = true
                    stepFrom = step.operand
                    operatorEdits.append(OperatorEdit(tokenIndex: tokenIndex, inserted: step.decrements ? "--" : "++"))
                    mutedOperators.append(step.leftEnd..<cursor.node.endByte)
                }
                frame.chainClause = classifier.isChainClause(rawSymbol)
                if kind == .call, rangeLoops.enterCall(cursor.node, parentIsLoop: parentKind == .loop, classifier: classifier,
                                                      bytes: bytes, frameIndex: frames.count, depth: structuralDepth,
                                                      tokenIndex: tokenIndex, line: line, into: &shapes,
                                                      edits: &operatorEdits, muted: &mutedOperators) {
                    frame.rangeLoop = true
                    frame.structural = true
                    structuralDepth += 1
                } else if kind.isStructural {
                    shapes.append(ShapeEntry(kind: kind.rawValue, depth: UInt16(clamping: structuralDepth), tokenIndex: tokenIndex, line: line))
                    structuralDepth += 1
                    frame.structural = true
                }
            }
            if classifier.isUnitWrapper(rawSymbol), let wrapped = wrappedFunction(cursor.node) {
                // `f <- function(x) {...}`: the assignment is the unit, named by its left side.
                let parent = openUnits.last ?? 0
                let unitKind: UnitKind = units[parent].kind == .class ? .method : .function
                var unit = makeUnit(node: cursor.node, kind: unitKind, parent: parent, bytes: bytes, tokenStart: tokenIndex)
                unit.parameterCount = countParameters(wrapped, bytes: bytes)
                units.append(unit)
                frame.unitIndex = units.count - 1
                frame.wrapsFunction = true
                // Zig's `Decl` holds the prototype and then the body: with the function's shape on the wrapper, the
                // body's shapes nest in the function as in any other language (R's assignment keeps its own).
                if crossLanguageChannels, !frame.structural {
                    shapes.append(ShapeEntry(kind: CanonicalKind.function.rawValue, depth: UInt16(clamping: structuralDepth),
                                             tokenIndex: tokenIndex, line: line))
                    structuralDepth += 1
                    frame.structural = true
                    frame.shapesWrappedFunction = true
                }
                openUnits.append(units.count - 1)
            } else if classifier.isList(rawSymbol), let name = functionFormName(cursor.node, bytes: bytes) {
                // `(defn name [args] ...)`: a function form of a Lisp.
                let parent = openUnits.last ?? 0
                var unit = makeUnit(node: cursor.node, kind: .function, parent: parent, bytes: bytes, tokenStart: tokenIndex)
                unit.name = name
                units.append(unit)
                frame.unitIndex = units.count - 1
                openUnits.append(units.count - 1)
            } else if kind == .function, frames.last?.wrapsFunction == true {
                // The wrapped function itself: its wrapper is the unit.
            } else if kind == .function || kind == .classLike {
                let parent = openUnits.last ?? 0
                let unitKind: UnitKind = kind == .classLike ? .class : (units[parent].kind == .class ? .method : .function)
                var unit = makeUnit(node: cursor.node, kind: unitKind, parent: parent, bytes: bytes, tokenStart: tokenIndex)
                if unitKind != .class, unit.parameterCount == 0, let declared = leadingParameters(cursor.node, bytes: bytes) {
                    unit.parameterCount = declared.count
                    leading = declared
                }
                units.append(unit)
                frame.unitIndex = units.count - 1
                openUnits.append(units.count - 1)
            } else if openUnits.count == 1, classifier.isStatement(rawSymbol) {
                // A statement unit (SQL) directly under the file: named by its first named child's type.
                let node = cursor.node
                var unit = makeUnit(node: node, kind: .statement, parent: 0, bytes: bytes, tokenStart: tokenIndex)
                unit.name = node.namedChild(0).map { classifier.name($0.symbol) } ?? classifier.name(rawSymbol)
                units.append(unit)
                frame.unitIndex = units.count - 1
                openUnits.append(units.count - 1)
            }
            switch role {
            case .identifier where atomic:
                emit(node, symbol: symbol, endByte: endByte)
                guard crossLanguageChannels else { break }
                let entry = interned.lookup(slice(node, endByte: endByte))
                if displayChannels { identifiers.append(ChannelEntry(text: entry.text, tokenIndex: tokenIndex, line: line)) }
                for word in entry.subwords { subwords.append(ChannelEntry(text: word, tokenIndex: tokenIndex, line: line)) }
                if let last = openCalls.indices.last, !openCalls[last].argumentsSeen { openCalls[last].callee = entry.text }
            case .string:
                atomic = true
                emit(node, symbol: symbol, endByte: endByte)
                guard crossLanguageChannels else { break }
                let text = slice(node, endByte: endByte)
                if isDocstring(frames) {
                    Subwords.words(text) { commentWords.append(ChannelEntry(text: $0, tokenIndex: tokenIndex, line: line)) }
                } else {
                    strings.append(ChannelEntry(text: Self.literalContent(text), tokenIndex: tokenIndex, line: line))
                }
            case .number:
                atomic = true
                emit(node, symbol: symbol, endByte: endByte)
                guard crossLanguageChannels else { break }
                let text = slice(node, endByte: endByte)
                numbers.append(ChannelEntry(text: String(decoding: text.prefix(64), as: UTF8.self), tokenIndex: tokenIndex, line: line))
            case .comment:
                atomic = true
                guard crossLanguageChannels else { break }
                Subwords.words(slice(node, endByte: endByte)) { commentWords.append(ChannelEntry(text: $0, tokenIndex: tokenIndex, line: line)) }
            default:
                if atomic && !missing && endByte > node.startByte { emit(node, symbol: symbol, endByte: endByte) }
            }
            frames.append(frame)
            // Into the children, or past the node (leaving it and any ancestors it was the last child of).
            let step = cursor.step(descend: !atomic, endWanted: endWanted)
            next = step.next
            for _ in 0..<step.left {
                guard let frame = frames.popLast() else { break }
                if frame.structural { structuralDepth -= 1 }
                if frame.unitStep { stepFrom = nil }
                structuralDepth -= frame.nestedDepth
                // `if a: x elif b: y else: z` takes the shape of `if (a) x else if (b) y else z`: what follows an
                // `elif` belongs to it, as an `else` belongs to the `if` it follows in C-family languages.
                if frame.chainClause, let parent = frames.indices.last {
                    frames[parent].nestedDepth += 1
                    structuralDepth += 1
                }
                if frame.rangeLoop {
                    rangeLoops.leaveCall(tokenIndex: Int32(tokens.count), line: node.startRow + 1, into: &shapes, edits: &operatorEdits)
                }
                if frame.isCall, let call = openCalls.popLast(), call.argumentsSeen, let callee = call.callee {
                    calls.append(ChannelEntry(text: callee, tokenIndex: call.tokenIndex, line: call.line))
                }
                if let u = frame.unitIndex {
                    let start = units[u].tokenRanges.first?.lowerBound ?? 0
                    units[u].tokenRanges = [start..<Int32(tokens.count)]
                    openUnits.removeLast()
                    let signature = classifier.hasBodySiblings && units[u].kind != .class && !classifier.isBody(frame.symbol)
                    pendingBody = signature ? (u, frames.count) : nil
                } else if let pending = pendingBody {
                    // A wrapper the signature ended (Dart's `method_signature`): the body follows the wrapper.
                    pendingBody = frame.structural ? nil : (pending.unit, frames.count)
                }
            }
        }

        units[0].tokenRanges = [0..<Int32(tokens.count)]
        // Calls end inner first; units select channel entries by token position, so they go in token order.
        calls.sort { $0.tokenIndex < $1.tokenIndex }
        if conventionExports, !moduleExports.names.isEmpty {
            for i in units.indices where !units[i].isExported && units[i].kind != .file && moduleExports.names.contains(units[i].name) {
                units[i].isExported = true
            }
        }
        finishUnits(&units, tokens: tokens)
        return ParsedFile(path: path, pathBytes: pathBytes, language: spec.name, grammarVersion: classifier.grammar.version,
                          byteCount: bytes.count, lineCount: lineCount, tokens: tokens, shapes: shapes,
                          subwords: subwords, identifiers: identifiers, strings: strings, numbers: numbers,
                          commentWords: commentWords, calls: calls, operatorEdits: operatorEdits, units: units,
                          syntaxErrorCount: errorCount)
    }

    /// Python-style docstrings: a string that is the first statement of a module, class or function body.
    /// Decided from the walker's own frames: `ts_node_parent` walks down from the root on every call.
    private func isDocstring(_ frames: [Frame]) -> Bool {
        guard frames.count >= 2 else { return false }
        let statement = frames[frames.count - 1], body = frames[frames.count - 2]
        return statement.namedChildren == 1 && statement.namedIndex == 0
            && classifier.isDocstringStatement(statement.symbol) && classifier.isDocstringParent(body.symbol)
    }

    /// A string literal's content: prefixes (`r`, `b`, `f`, `@`, `$`) and quotes removed, bounded length.
    static func literalContent(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0, end = text.count
        while start < end, [UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "u"), UInt8(ascii: "f"), UInt8(ascii: "R"),
                            UInt8(ascii: "B"), UInt8(ascii: "U"), UInt8(ascii: "F"), UInt8(ascii: "@"), UInt8(ascii: "$")].contains(text[start]) { start += 1 }
        let quotes: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`")]
        while start < end, quotes.contains(text[start]) { start += 1 }
        while end > start, quotes.contains(text[end - 1]) { end -= 1 }
        if start >= end { return "" }
        // Regular-expression literals (`/(quiz)$/i`) keep their pattern only.
        if text[start] == UInt8(ascii: "/"), let close = text[(start + 1)..<end].lastIndex(of: UInt8(ascii: "/")),
           text[(close + 1)..<end].allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) }) {
            start += 1
            end = close
        }
        if start >= end { return "" }
        let content = UnsafeBufferPointer(rebasing: text[start..<min(end, start + maxLiteralBytes)])
        return stripInlineRegexFlags(String(decoding: content, as: UTF8.self))
    }

    /// `(?i)(quiz)$` -> `(quiz)$`: ports move regex flags between the pattern and the API call.
    static func stripInlineRegexFlags(_ s: String) -> String {
        guard s.hasPrefix("(?"), let close = s.firstIndex(of: ")") else { return s }
        let flags = s[s.index(s.startIndex, offsetBy: 2)..<close]
        guard !flags.isEmpty, flags.allSatisfy({ $0.isLetter }) else { return s }
        return String(s[s.index(after: close)...])
    }

    /// Marks leaf units (outermost functions and methods), builds the top-level unit from the
    /// tokens outside them, and counts each unit's code lines.
    private func finishUnits(_ units: inout [Unit], tokens: TokenStream) {
        func isFunction(_ k: UnitKind) -> Bool { k == .function || k == .method || k == .statement }
        // An anonymous function holding functions is a module wrapper (`;(function () { ... })()`, a UMD factory):
        // a container, as a class is, whose functions are the leaves. Otherwise a whole library is one unit.
        var holdsFunctions = [Bool](repeating: false, count: units.count)
        for i in units.indices where isFunction(units[i].kind) {
            var p = units[i].parent
            while let q = p, !isFunction(units[q].kind) { p = units[q].parent }
            if let q = p { holdsFunctions[q] = true }
        }
        func isWrapper(_ i: Int) -> Bool { holdsFunctions[i] && units[i].name == "<anonymous>" }
        var outermost: [Range<Int32>] = []
        for i in units.indices where isFunction(units[i].kind) && !isWrapper(i) {
            var p = units[i].parent
            var nested = false
            while let q = p { if isFunction(units[q].kind) && !isWrapper(q) { nested = true; break }; p = units[q].parent }
            if !nested {
                units[i].isLeaf = true
                if let r = units[i].tokenRanges.first { outermost.append(r) }
            }
        }
        outermost.sort { $0.lowerBound < $1.lowerBound }
        var gaps: [Range<Int32>] = []
        var cursor: Int32 = 0
        for r in outermost {
            if r.lowerBound > cursor { gaps.append(cursor..<r.lowerBound) }
            cursor = max(cursor, r.upperBound)
        }
        if Int32(tokens.count) > cursor { gaps.append(cursor..<Int32(tokens.count)) }
        if !gaps.isEmpty, let first = gaps.first, let last = gaps.last, first.lowerBound < Int32(tokens.count) {
            let startLine = tokens.startLines[Int(first.lowerBound)]
            let endLine = tokens.endLines[Int(last.upperBound - 1)]
            units.append(Unit(name: "<top-level>", kind: .topLevel, startLine: startLine, endLine: endLine,
                              startByte: tokens.startBytes[Int(first.lowerBound)], endByte: tokens.endBytes[Int(last.upperBound - 1)],
                              tokenRanges: gaps, parameterCount: 0, isExported: true, parent: 0, isLeaf: true, codeLineCount: 0))
        }
        // Code lines of a unit made of one token range, from the file's covered lines: tokens are ordered and do not
        // overlap, so a line strictly inside the range's span is touched only by the range's own tokens, and the
        // span's first and last lines by its first and last token. One pass over the tokens for the file, where
        // counting each unit's tokens went over the file's tokens once per level of nesting.
        var linesTouched = 0
        for t in 0..<tokens.count { linesTouched = max(linesTouched, Int(max(tokens.startLines[t], tokens.endLines[t]))) }
        var coveredBefore = [Int32](repeating: 0, count: linesTouched + 2)  // covered lines below each line
        for t in 0..<tokens.count {
            let lo = Int(tokens.startLines[t]), hi = Int(max(tokens.startLines[t], tokens.endLines[t]))
            for line in lo...hi { coveredBefore[line + 1] = 1 }
        }
        for line in 1..<coveredBefore.count { coveredBefore[line] += coveredBefore[line - 1] }
        // A line bitmap per unit (lines are dense), not a hash set, for units of several ranges (top-level code).
        var covered: [Bool] = []
        for i in units.indices {
            let first = Int(units[i].startLine), last = Int(max(units[i].endLine, units[i].startLine))
            if units[i].tokenRanges.count <= 1 {
                guard let r = units[i].tokenRanges.first, !r.isEmpty else { units[i].codeLineCount = 0; continue }
                let a = Int(r.lowerBound), b = Int(r.upperBound) - 1
                let lo = max(Int(tokens.startLines[a]), first), hi = min(Int(max(tokens.startLines[b], tokens.endLines[b])), last)
                units[i].codeLineCount = lo > hi ? 0 : Int(coveredBefore[hi + 1] - coveredBefore[lo])
                continue
            }
            covered.removeAll(keepingCapacity: true)
            covered.append(contentsOf: repeatElement(false, count: last - first + 1))
            var count = 0
            for r in units[i].tokenRanges {
                for t in r {
                    let ti = Int(t)
                    let lo = max(Int(tokens.startLines[ti]), first), hi = min(Int(max(tokens.startLines[ti], tokens.endLines[ti])), last)
                    if lo > hi { continue }
                    for l in lo...hi where !covered[l - first] { covered[l - first] = true; count += 1 }
                }
            }
            units[i].codeLineCount = count
        }
    }
}

/// Identifiers repeat heavily within a file; caching their text and sub-words by content keeps the
/// walker from allocating two strings per occurrence. An open-addressing table on the walker's own FNV-1a hash of
/// the bytes: a `Dictionary` hashed that hash again (SipHash) for every identifier of every file.
struct IdentifierCache {
    struct Entry { var text: String; var subwords: [String] }
    /// Identifiers without sub-words (`LanguageSpec.wordlessIdentifiers`): decided once per distinct identifier.
    let wordless: Set<String>

    init(wordless: Set<String> = []) { self.wordless = wordless }
    /// The FNV-1a hash of each slot's identifier, 0 for an empty slot (a hash of 0 is stored as 1).
    private var hashes: [UInt64] = []
    private var entries: [Entry?] = []
    private var used = 0

    /// Whether `text`'s UTF-8 is `bytes`: one memcmp (the generic `elementsEqual` stepped through both a byte
    /// at a time, for every identifier of every file).
    static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            guard let a = utf8.baseAddress, let b = bytes.baseAddress else { return true }  // both empty
            return memcmp(a, b, utf8.count) == 0
        }
    }

    mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for b in bytes { hash = (hash ^ UInt64(b)) &* 1_099_511_628_211 }
        if hash == 0 { hash = 1 }
        if hashes.isEmpty { resize(to: 256) }
        let mask = hashes.count - 1
        var i = Self.slot(hash, mask: mask)
        while hashes[i] != 0 {
            if hashes[i] == hash, let hit = entries[i], Self.equal(hit.text, bytes) { return hit }
            i = (i + 1) & mask
        }
        var words: [String] = []
        words.reserveCapacity(4)  // most identifiers have one to four sub-words: one allocation, not three
        let text = String(decoding: bytes, as: UTF8.self)
        if !wordless.contains(text) { Subwords.split(bytes) { words.append(SubwordSynonyms.canonical($0)) } }
        let entry = Entry(text: text, subwords: words)
        hashes[i] = hash
        entries[i] = entry
        used += 1
        if used * 2 > hashes.count { resize(to: hashes.count * 2) }  // at most half full: short probe runs
        return entry
    }

    /// The first slot for `hash` (its high bits mixed in: FNV-1a's low bits vary little for short names).
    @inline(__always) private static func slot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (hash >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    private mutating func resize(to capacity: Int) {
        let oldHashes = hashes, oldEntries = entries
        hashes = [UInt64](repeating: 0, count: capacity)
        entries = [Entry?](repeating: nil, count: capacity)
        let mask = capacity - 1
        for (k, hash) in oldHashes.enumerated() where hash != 0 {
            var i = Self.slot(hash, mask: mask)
            while hashes[i] != 0 { i = (i + 1) & mask }
            hashes[i] = hash
            entries[i] = oldEntries[k]
        }
    }
}

import FrontEnd
import Shingles

/// The operators and small numbers of a unit in source order, named alike in every language (`and` = `&&`,
/// `//` = `/`, `===` = `==`), hashed as consecutive pairs into the unit's shape bag.
///
/// A translation keeps its arithmetic and comparisons (`fact % limit == 0`, `n * (n - 1)`), whatever the syntax of
/// its declarations and loops; an unrelated function of the same size computes something else. On the pinned
/// TransCoder functions, pairs of operators alone rank translations above unrelated functions at AUC 0.97
/// (docs/verdict.md). Identifiers, strings and larger numbers are other channels'.
struct OperatorSequence: Sendable {
    /// Canonical code of each operator token id, in a direct-mapped table: one probe per token, no hashing.
    private var slots: [(id: UInt32, code: UInt8)]
    private let mask: Int

    /// Operator texts by canonical code; texts of one code are the same operation in different languages.
    static let vocabulary: [(code: UInt8, texts: [String])] = [
        (1, ["+"]), (2, ["-"]), (3, ["*"]), (4, ["/", "//"]), (5, ["%"]), (6, ["**"]),
        (10, ["==", "==="]), (11, ["!=", "!==", "<>"]), (12, ["<"]), (13, [">"]), (14, ["<="]), (15, [">="]),
        (20, ["&&", "and"]), (21, ["||", "or"]), (22, ["!", "not"]),
        (30, ["&"]), (31, ["|"]), (32, ["^"]), (33, ["~"]), (34, ["<<"]), (35, [">>", ">>>"]),
        (40, ["=", ":="]), (41, ["+="]), (42, ["-="]), (43, ["*="]), (44, ["/=", "//="]), (45, ["%="]),
        (46, ["&=", "|=", "^=", "<<=", ">>=", ">>>=", "**="]), (50, ["++"]), (51, ["--"]), (60, ["?"]),
    ]

    /// Codes of small numbers: `0`...`99` as written (larger numbers are literals, `docs/analysis.md`).
    static let firstNumberCode: UInt8 = 100

    init() {
        var size = 256
        let entries = Self.vocabulary.flatMap { entry in entry.texts.map { (TokenStream.id(of: $0), entry.code) } }
        // Grow until every operator has a slot of its own (a direct-mapped table without chains).
        while Set(entries.map { Int($0.0) & (size - 1) }).count < entries.count { size *= 2 }
        var slots = [(id: UInt32, code: UInt8)](repeating: (0, 0), count: size)
        for (id, code) in entries { slots[Int(id) & (size - 1)] = (id, code) }
        self.slots = slots
        mask = size - 1
    }

    /// The canonical code of token `id`, 0 when it is not an operator.
    @inline(__always) func code(_ id: UInt32) -> UInt8 {
        let slot = slots[Int(id) & mask]
        return slot.id == id ? slot.code : 0
    }

    /// Appends to `out` a hash per consecutive pair of the operators and small numbers in `tokens` (the unit's ids
    /// over `range`); `numbers` are the file's number literals with their token positions (`numberSlice` the ones
    /// in `range`), `edits` the file's operator edits (`editSlice` the ones in `range`): operators a port writes
    /// where this syntax has none or others (`for i in range(n)` is `= 0 < ++`, `i += 1` is `++`).
    func appendPairs(tokens: UnsafeBufferPointer<UInt32>, range: Range<Int32>, numbers: [ChannelEntry],
                     numberSlice: Range<Int>, edits: [OperatorEdit], editSlice: Range<Int>, into out: inout [UInt64]) {
        var previous: UInt16 = 0
        var nextNumber = numberSlice.lowerBound
        var nextEdit = editSlice.lowerBound
        func append(_ current: UInt16) {
            if previous != 0 { out.append(Mixing.fmix64(((UInt64(previous) << 16) | UInt64(current)) ^ FeatureSeed.operators)) }
            previous = current
        }
        for offset in 0..<tokens.count {
            let id = tokens[offset]
            let position = range.lowerBound + Int32(offset)
            var dropped = false
            while nextEdit < editSlice.upperBound && edits[nextEdit].tokenIndex <= position {
                let edit = edits[nextEdit]
                nextEdit += 1
                guard edit.tokenIndex == position else { continue }
                if let inserted = edit.inserted {
                    let current = inserted.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
                        ? Self.smallNumberCode(inserted) : UInt16(code(TokenStream.id(of: inserted)))
                    if current != 0 { append(current) }
                } else {
                    dropped = true
                }
            }
            if dropped { continue }
            var current = UInt16(code(id))
            if id == TokenStream.numberID {
                while nextNumber < numberSlice.upperBound && numbers[nextNumber].tokenIndex < position { nextNumber += 1 }
                if nextNumber < numberSlice.upperBound && numbers[nextNumber].tokenIndex == position {
                    current = Self.smallNumberCode(numbers[nextNumber].text)
                }
            }
            guard current != 0 else { continue }
            append(current)
        }
    }

    /// `100 + value` for a number written with one or two digits, else 0 (not part of the sequence).
    static func smallNumberCode(_ text: String) -> UInt16 {
        var value: UInt16 = 0, digits = 0
        for byte in text.utf8 {
            guard byte >= 0x30 && byte <= 0x39, digits < 2 else { return 0 }
            value = value * 10 + UInt16(byte - 0x30)
            digits += 1
        }
        return digits == 0 ? 0 : UInt16(firstNumberCode) + value
    }
}

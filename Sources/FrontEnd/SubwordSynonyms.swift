/// Identifier sub-words that name one operation differently from language to language, written as one word, so a
/// translation keeps its words: a list's `size()` in Java and C++, `length` in JavaScript, `len()` in Python, Go and
/// Rust are all `len`; `push` (JavaScript, Rust, C++'s `push_back`) and `append` (Python, Go) are `append`;
/// `toLowerCase`, `to_lowercase` and `lower` share `lower`. Only synonyms whose every use names the same operation
/// are here (Java's `add` is also every program's arithmetic, so it stays itself).
enum SubwordSynonyms {
    static let canonical: [String: String] = [
        "size": "len", "length": "len",
        "push": "append",
        "lowercase": "lower", "uppercase": "upper",
    ]

    /// The canonical form of sub-word `word` (itself when it has no synonym).
    @inline(__always) static func canonical(_ word: String) -> String { canonical[word] ?? word }
}

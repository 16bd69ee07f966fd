/// How the names a unit declares are judged public.
public enum ExportRule: Sendable {
    /// Go: a name starting with an upper-case letter is exported.
    case capitalised
    /// Python, Ruby: a name not starting with `_` is public.
    case noLeadingUnderscore
    /// Keywords in the declaration before the name decide; `publicByDefault` when none is present.
    case keywords(publicWords: [String], privateWords: [String], publicByDefault: Bool)
}

/// One language of the registry: which files it claims and how its grammar's node types map
/// onto the canonical vocabulary. Adding a language is a table entry (see `LanguageTable`) plus fixtures.
public struct LanguageSpec: Sendable {
    /// Registry name, also the grammar's name.
    public var name: String
    /// File extensions, without the dot, lower-case.
    public var extensions: [String]
    /// Exact file names (e.g. `Rakefile`).
    public var fileNames: [String] = []
    /// Interpreter names recognised in a `#!` line.
    public var shebangs: [String] = []
    /// Node types that are function or method units.
    public var functionTypes: Set<String> = []
    /// Node types that are class-like units (class, struct, impl, module, trait, interface).
    public var classTypes: Set<String> = []
    /// Anonymous function node types (not units, but `lambda` in the shape stream).
    public var lambdaTypes: Set<String> = []
    /// Node types whose text is one string-literal token (the walker does not descend).
    public var stringTypes: Set<String> = []
    /// Explicit canonical kinds; the generic rules in `CanonicalRules` cover what is not listed.
    public var kinds: [String: CanonicalKind] = [:]
    /// Node types that are docstrings when they are the first statement of a body.
    public var docstringParents: Set<String> = []
    /// How public names are recognised.
    public var exportRule: ExportRule = .keywords(publicWords: ["public"], privateWords: ["private"], publicByDefault: true)
    /// Parameter names that are receivers, not parameters (`self`).
    public var receiverNames: Set<String> = []
    /// Node types that become the function unit when their last named child is a function (R's `f <- function(x)
    /// {...}`, a `binary_operator`): the unit then covers and is named by the whole assignment.
    public var unitWrappers: Set<String> = []
    /// Lisps: list node types that are function units when their first element is one of `functionHeads`
    /// (`(defn name [args] ...)`); the unit is named by the second element (or its first, `(define (name args) ...)`).
    public var listTypes: Set<String> = []
    /// The head symbols of function forms (`defn`, `define`).
    public var functionHeads: Set<String> = []
    /// Binary node types that are assignments when their `operator` field is one of `assignmentOperators`
    /// (R writes `x <- 1` as a `binary_operator`).
    public var assignmentOperatorTypes: Set<String> = []
    /// The operators that make such a node an assignment.
    public var assignmentOperators: Set<String> = []
    /// A single-file component (Vue, Svelte): only its `<script>` blocks are read, parsed as JavaScript or
    /// TypeScript (`ScriptBlocks`) with positions in the whole file; the markup around them gives no tokens.
    public var embedsScripts = false
    /// With `embedsScripts`: a `---` fenced frontmatter at the top is TypeScript too (Astro).
    public var hasScriptFrontmatter = false
    /// Node types that may name a unit of an added language besides identifiers (CMake's first `unquoted_argument`).
    public var nameTypes: Set<String> = []
    /// Perl: a sub declares its parameters in the first statements of its body, `my ($list, $i) = @_;` or
    /// `my $self = shift;`: assignments whose right side is one of these texts. They are the sub's parameters, counted
    /// and shaped as a parameter list (`LeadingParameters`).
    public var parameterSources: Set<String> = []
    /// Node types whose kind their first child decides when it is one of `leadingKeywordKinds`' keywords (Zig writes
    /// every expression statement, `return x` and `break` too, as an `AssignExpr`).
    public var keywordLedTypes: Set<String> = []
    /// The keywords that decide a `keywordLedTypes` node's kind: `return` is a `returnStatement`, `break` a `jump`.
    public var leadingKeywordKinds: [String: CanonicalKind] = [:]
    /// Node types that hold the body of the function unit whose signature they follow as its next sibling (Dart's
    /// `function_body` after a `function_signature`, or after the `method_signature` wrapping it): the unit takes the
    /// body in, so its span, tokens and shapes are the whole function's.
    public var bodyTypes: Set<String> = []
    /// Node types that are `statement` units when not inside another unit (SQL: each statement).
    public var statementTypes: Set<String> = []
    /// A markup or data language (JSON, YAML, Markdown, HTML, CSS, ...): its files are parsed only when asked
    /// (`DiscoveryOptions.includeMarkup`, or a file named on its own), never indexed or counted by default.
    public var isMarkup = false
    /// Whether leaf node types the table and `CanonicalRules` leave as `other` are classified from the grammar's
    /// metadata (`GenericLeafRules`). Off for the languages whose tokens existing indexes hold.
    public var usesGrammarMetadata = false
    /// JavaScript and TypeScript: besides `export`, what is public by the language's conventions (`ModuleExports`):
    /// class methods, functions stored on objects and prototypes, and names given to `module.exports`.
    public var conventionExports = false
    /// Identifiers that are a primitive type or conversion in this language and a keyword elsewhere (Go's `float64`,
    /// `int` and `bool`; Python's `int`, `float` and `bool` in hints and conversions): no sub-words, as Java's `double`
    /// or C's `int` give none, so a translation is not measured by its type annotations.
    public var wordlessIdentifiers: Set<String> = []
    /// Methods that index what they are called on with their only argument (Java's `s.charAt(i)`): shaped as the
    /// subscript `s[i]` that Python, C and C++ write (feature version 7).
    public var indexingMethods: Set<String> = []

    /// `units` when the language has functions, classes or statements to cut files into; `tokens` otherwise
    /// (its files are one `<top-level>` unit each).
    public var level: LanguageLevel {
        functionTypes.isEmpty && classTypes.isEmpty && statementTypes.isEmpty && listTypes.isEmpty && !embedsScripts ? .tokens : .units
    }
}

/// How far the front end takes a language.
public enum LanguageLevel: String, Sendable, Codable {
    /// Token streams and channels, files cut into functions, methods, classes (or statements).
    case units
    /// Token streams and channels; each file is one unit of top-level code.
    case tokens
}

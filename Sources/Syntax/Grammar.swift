import CTreeSitter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tree-sitter grammar loaded from a shared library built at set-up.
///
/// The library stays loaded for the life of the process: a `TSLanguage` is static data
/// inside it, shared read-only by every parser, which is why this type is `Sendable`.
public final class Grammar: @unchecked Sendable {
    /// Registry name, e.g. `python`.
    public let name: String
    /// Version string recorded by the index, e.g. `tree-sitter-language-pack 0.7.4 (710796b8b877)`.
    public let version: String
    /// The grammar's ABI version (13 or 14 load into Debian 12's runtime).
    public let abiVersion: UInt32
    let language: OpaquePointer
    /// Symbol names indexed by `TSSymbol`, precomputed so walkers never call into C for them.
    public let symbolNames: [String]
    /// Whether each symbol is a named node (as opposed to anonymous punctuation/keywords).
    public let symbolIsNamed: [Bool]

    /// Loads `symbol` (e.g. `tree_sitter_python`) from the shared library at `libraryPath`.
    public init(name: String, version: String, libraryPath: String, symbol: String) throws(GrammarError) {
        guard let handle = dlopen(libraryPath, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown dlopen error"
            throw GrammarError.cannotLoad(name: name, path: libraryPath, reason: reason)
        }
        guard let entry = dlsym(handle, symbol) else {
            throw GrammarError.cannotLoad(name: name, path: libraryPath, reason: "no symbol \(symbol)")
        }
        typealias LanguageFunction = @convention(c) () -> OpaquePointer?
        let function = unsafeBitCast(entry, to: LanguageFunction.self)
        guard let language = function() else {
            throw GrammarError.cannotLoad(name: name, path: libraryPath, reason: "\(symbol)() returned NULL")
        }
        let abi = ts_language_version(language)
        guard abi >= TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION, abi <= TREE_SITTER_LANGUAGE_VERSION else {
            throw GrammarError.incompatibleABI(name: name, path: libraryPath, abi: abi,
                                               supported: UInt32(TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION)...UInt32(TREE_SITTER_LANGUAGE_VERSION))
        }
        self.name = name
        self.version = version
        self.abiVersion = abi
        self.language = language
        let count = Int(ts_language_symbol_count(language))
        var names: [String] = []
        var named: [Bool] = []
        names.reserveCapacity(count)
        named.reserveCapacity(count)
        for symbol in 0..<count {
            let sym = TSSymbol(symbol)
            names.append(ts_language_symbol_name(language, sym).map { String(cString: $0) } ?? "")
            named.append(ts_language_symbol_type(language, sym) == TSSymbolTypeRegular)
        }
        self.symbolNames = names
        self.symbolIsNamed = named
    }

    /// The field id for `fieldName`, or 0 when the grammar has no such field.
    public func fieldID(_ fieldName: String) -> UInt16 {
        fieldName.withCString { ts_language_field_id_for_name(language, $0, UInt32(strlen($0))) }
    }
}

/// Why a grammar could not be used.
public enum GrammarError: Error, CustomStringConvertible, Sendable {
    case cannotLoad(name: String, path: String, reason: String)
    case incompatibleABI(name: String, path: String, abi: UInt32, supported: ClosedRange<UInt32>)
    case notInstalled(name: String, directory: String)
    case buildFailed(name: String, reason: String)
    case disabled(name: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotLoad(name, path, reason):
            return "grammar \(name): cannot load \(path): \(reason); run `make setup` to rebuild grammars"
        case let .incompatibleABI(name, path, abi, supported):
            return "grammar \(name) (\(path)) has ABI \(abi); this tree-sitter runtime loads \(supported.lowerBound)-\(supported.upperBound); pin an older grammar"
        case let .notInstalled(name, directory):
            return "grammar \(name) is not built in \(directory); run `make setup`"
        case let .buildFailed(name, reason):
            return "grammar \(name) could not be built on first use: \(reason); its files are skipped"
        case let .disabled(name, reason):
            return "grammar \(name) is turned off: \(reason); its files are skipped"
        }
    }
}

import Foundation

/// The grammars built at set-up, described by `grammars.json` in the grammar directory, and every other grammar of
/// the pinned pack (`pack.json`), built on first use (`GrammarBuilder`); each loaded lazily and at most once per
/// process. A grammar that cannot be built or loaded is reported once (`notice`) and stays unavailable.
public final class GrammarCatalog: @unchecked Sendable {
    /// One entry of `grammars.json`.
    public struct Entry: Codable, Sendable {
        public var name: String
        public var library: String
        public var symbol: String
        public var version: String
    }
    private struct Manifest: Codable { var schema_version: Int; var grammars: [Entry] }
    private struct PackManifest: Codable {
        var schema_version: Int
        var pin: String
        var cc: String
        var cflags: [String]
        var grammars: [PackGrammar]
    }

    /// Directory holding `<name>.so` files and `grammars.json`.
    public let directory: String
    /// Entries by grammar name.
    public let entries: [String: Entry]
    /// Grammars of the pinned pack, by name, that can be built on first use (those in `entries` included).
    public let pack: [String: PackGrammar]
    private let toolchain: GrammarBuilder.Toolchain?
    /// Where one-line notices go (a first-use build, a grammar that failed): standard error unless told otherwise.
    private let notice: @Sendable (String) -> Void
    private let lock = NSLock()
    private var loaded: [String: Result<Grammar, GrammarError>] = [:]
    private var metadataCache: [String: GrammarMetadata] = [:]

    /// The grammar directory: `$CLONESCAN_GRAMMARS`, else `$CLONESCAN_CACHE/grammars`, else `~/.cache/clonescan/grammars`.
    public static var defaultDirectory: String {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["CLONESCAN_GRAMMARS"], !dir.isEmpty { return dir }
        if let cache = env["CLONESCAN_CACHE"], !cache.isEmpty { return cache + "/grammars" }
        return FileManager.default.homeDirectoryForCurrentUser.path + "/.cache/clonescan/grammars"
    }

    /// The process-wide catalog of the default directory.
    public static let shared: GrammarCatalog = GrammarCatalog(directory: defaultDirectory)

    /// Reads `grammars.json` and `pack.json` in `directory`; a missing or broken manifest gives an empty catalog
    /// whose grammars all report `notInstalled`.
    /// - Parameter notice: receives the one line announcing a first-use build or a grammar's failure.
    public init(directory: String, notice: @escaping @Sendable (String) -> Void = GrammarCatalog.standardError) {
        self.directory = directory
        self.notice = notice
        let url = URL(fileURLWithPath: directory).appendingPathComponent("grammars.json")
        if let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(Manifest.self, from: data) {
            entries = Dictionary(manifest.grammars.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        } else {
            entries = [:]
        }
        let packURL = URL(fileURLWithPath: directory).appendingPathComponent("pack.json")
        if let data = try? Data(contentsOf: packURL), let manifest = try? JSONDecoder().decode(PackManifest.self, from: data) {
            pack = Dictionary(manifest.grammars.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            toolchain = GrammarBuilder.Toolchain(compiler: manifest.cc, flags: manifest.cflags, pin: manifest.pin)
        } else {
            pack = [:]
            toolchain = nil
        }
    }

    /// Writes one line to standard error.
    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Why set-up turned grammar `name` off, or nil when it is not (`PackGrammar.disabled`).
    public func disabledReason(_ name: String) -> String? { pack[name]?.disabled }

    /// The version string of grammar `name` (built or buildable), without loading it; nil when unknown.
    public func version(of name: String) -> String? { entries[name]?.version ?? pack[name]?.version }

    /// Whether grammar `name` was built at set-up or first use (its library is in the directory), without loading it.
    public func isBuilt(_ name: String) -> Bool {
        let library = entries[name]?.library ?? "\(name).so"
        return FileManager.default.fileExists(atPath: directory + "/" + library)
    }

    /// The node-type metadata of grammar `name` from its pack sources, read once; empty when they are absent.
    public func metadata(_ name: String) -> GrammarMetadata {
        lock.lock()
        defer { lock.unlock() }
        if let hit = metadataCache[name] { return hit }
        let made = pack[name].map { GrammarMetadata(sourceDirectory: $0.source) } ?? GrammarMetadata()
        metadataCache[name] = made
        return made
    }

    /// Whether the set-up built any grammar here.
    public var isInstalled: Bool { !entries.isEmpty }

    /// The grammar called `name`, loading it on first use. A first-use build runs outside the catalog's lock, so
    /// other grammars load meanwhile; threads wanting the same one wait on its build lock and load the result.
    public func grammar(_ name: String) throws(GrammarError) -> Grammar {
        lock.lock()
        let cached = loaded[name]
        lock.unlock()
        if let cached { return try cached.get() }
        let result = load(name)
        lock.lock()
        defer { lock.unlock() }
        if let first = loaded[name] { return try first.get() }  // another thread finished first
        loaded[name] = result
        // Reported once per process; each file of the language is then skipped with a warning.
        if case .failure(let error) = result, pack[name] != nil, entries[name] == nil {
            notice("clonescan: warning: \(error.description)")
        }
        return try result.get()
    }

    private func load(_ name: String) -> Result<Grammar, GrammarError> {
        do throws(GrammarError) {
            if let entry = entries[name] {
                return .success(try Grammar(name: name, version: entry.version, libraryPath: directory + "/" + entry.library, symbol: entry.symbol))
            }
            if let packed = pack[name], let reason = packed.disabled {
                return .failure(.disabled(name: name, reason: reason))
            }
            if let packed = pack[name], let toolchain {
                let path = try GrammarBuilder.ensureBuilt(packed, in: directory, toolchain: toolchain, announce: notice)
                return .success(try Grammar(name: name, version: packed.version, libraryPath: path, symbol: packed.symbol))
            }
            return .failure(.notInstalled(name: name, directory: directory))
        } catch {
            return .failure(error)
        }
    }
}

import Foundation

/// The grammars built at set-up, described by `grammars.json` in the grammar directory,
/// loaded lazily and at most once per process.
public final class GrammarCatalog: @unchecked Sendable {
    /// One entry of `grammars.json`.
    public struct Entry: Codable, Sendable {
        public var name: String
        public var library: String
        public var symbol: String
        public var version: String
    }
    private struct Manifest: Codable { var schema_version: Int; var grammars: [Entry] }

    /// Directory holding `<name>.so` files and `grammars.json`.
    public let directory: String
    /// Entries by grammar name.
    public let entries: [String: Entry]
    private let lock = NSLock()
    private var loaded: [String: Result<Grammar, GrammarError>] = [:]

    /// The grammar directory: `$CLONESCAN_GRAMMARS`, else `$CLONESCAN_CACHE/grammars`, else `~/.cache/clonescan/grammars`.
    public static var defaultDirectory: String {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["CLONESCAN_GRAMMARS"], !dir.isEmpty { return dir }
        if let cache = env["CLONESCAN_CACHE"], !cache.isEmpty { return cache + "/grammars" }
        return FileManager.default.homeDirectoryForCurrentUser.path + "/.cache/clonescan/grammars"
    }

    /// The process-wide catalog of the default directory.
    public static let shared: GrammarCatalog = GrammarCatalog(directory: defaultDirectory)

    /// Reads `grammars.json` in `directory`; a missing or broken manifest gives an empty catalog
    /// whose grammars all report `notInstalled`.
    public init(directory: String) {
        self.directory = directory
        let url = URL(fileURLWithPath: directory).appendingPathComponent("grammars.json")
        if let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(Manifest.self, from: data) {
            entries = Dictionary(manifest.grammars.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        } else {
            entries = [:]
        }
    }

    /// Whether the set-up built any grammar here.
    public var isInstalled: Bool { !entries.isEmpty }

    /// The grammar called `name`, loading it on first use.
    public func grammar(_ name: String) throws(GrammarError) -> Grammar {
        lock.lock()
        defer { lock.unlock() }
        if let result = loaded[name] { return try result.get() }
        let result: Result<Grammar, GrammarError>
        if let entry = entries[name] {
            let path = directory + "/" + entry.library
            do throws(GrammarError) {
                result = .success(try Grammar(name: name, version: entry.version, libraryPath: path, symbol: entry.symbol))
            } catch {
                result = .failure(error)
            }
        } else {
            result = .failure(.notInstalled(name: name, directory: directory))
        }
        loaded[name] = result
        return try result.get()
    }
}

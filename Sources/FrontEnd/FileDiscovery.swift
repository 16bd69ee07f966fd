import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A source file found by discovery, not yet read.
public struct SourceCandidate: Sendable, Equatable {
    /// Absolute path bytes (may be any bytes except NUL).
    public var absolutePath: [UInt8]
    /// Path relative to the root, as bytes.
    public var relativePath: [UInt8]
    public var language: String
    public var size: Int
    /// Modification time in nanoseconds, from the `stat` that gave the size (nil when discovery did not take one):
    /// the index compares it with the stored one, and a second `stat` per file was a share of every re-index.
    public var mtimeNs: Int64? = nil

    /// The relative path for display (lossy when not UTF-8).
    public var displayPath: String { String(decoding: relativePath, as: UTF8.self) }
    /// Whether the relative path is valid UTF-8.
    public var pathIsUTF8: Bool { String(validating: relativePath, as: UTF8.self) != nil }
}

/// A file's size and modification time, from one `stat`: what says a file is unchanged.
public struct FileStamp: Sendable, Hashable {
    public var size: Int
    /// Nanoseconds since the epoch.
    public var mtimeNs: Int64
    public init(size: Int, mtimeNs: Int64) { self.size = size; self.mtimeNs = mtimeNs }
    /// The stamp of the `stat` result `st`.
    public init(_ st: stat) { self.init(size: Int(st.st_size), mtimeNs: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)) }
}

/// Options of file discovery.
public struct DiscoveryOptions: Sendable {
    /// Files larger than this are skipped (`too-large`).
    public var maxFileBytes: Int = 1 << 20
    /// Directory names never entered.
    public var excludedDirectories: Set<String> = ["vendor", "node_modules", "third_party", "third-party", ".git", ".hg", ".svn",
                                                    "bower_components", "__pycache__", ".tox", ".venv", "venv", "site-packages",
                                                    ".mypy_cache", ".pytest_cache", ".build"]
    /// `--include` / `--exclude`: which paths count at all.
    public var pathFilter = PathFilter.all
    /// Respect `.gitignore` (via `git ls-files` at a work tree's top, else by reading the files).
    public var respectGitignore = true
    /// Stop after this many files (a guard against runaway trees); 0 means no limit.
    public var maxFiles = 0
    /// Also take the files of markup and data languages (`LanguageSpec.isMarkup`: JSON, YAML, Markdown, HTML,
    /// CSS, ...), which are otherwise passed over unless the root is the file itself.
    public var includeMarkup = false
    /// Markup or data languages to take even when `includeMarkup` is off, by registry name.
    public var includedLanguages: Set<String> = []
    public init() {}
}

/// What discovery found under one root.
public struct Discovery: Sendable {
    public var files: [SourceCandidate] = []
    public var skipped: [Skip] = []
    /// The files known only by a `#!` line (`LanguageRegistry.isKnownOnlyByShebang`) that are not source, by relative
    /// path, with the stamp they had when their head was read (or when it matched the one given to `discover`).
    public var notSource: [[UInt8]: FileStamp] = [:]
}

/// Finds source files under a root: respects .gitignore, skips vendored directories, never
/// follows symlinks out of the tree or into loops, and treats names as bytes.
public struct FileDiscovery: Sendable {
    public var options: DiscoveryOptions
    public init(options: DiscoveryOptions = DiscoveryOptions()) { self.options = options }

    /// Discovers files under `root` (a directory or a single file).
    /// - Parameters:
    ///   - realRoot: `root`'s real path when the caller has it (each `realpath` is a `stat` and a `readlink` per
    ///     component of the path).
    ///   - notSourceBefore: `Discovery.notSource` of an earlier discovery of the same root: a file listed there
    ///     whose stamp is unchanged is not source again without being opened (its `#!` line was read then).
    public func discover(root: String, realRoot knownRealRoot: [UInt8]? = nil,
                         notSourceBefore: [[UInt8]: FileStamp] = [:]) throws(FrontEndError) -> Discovery {
        var st = stat()
        guard lstat(root, &st) == 0 else { throw .missingPath(root) }
        var result = Discovery()
        let rootBytes = Array(root.utf8)
        if (st.st_mode & S_IFMT) == S_IFREG {
            let name = Array(rootBytes.split(separator: UInt8(ascii: "/")).last ?? [])
            consider(absolute: rootBytes, relative: name, status: { st }, head: { Self.head(rootBytes, limit: $0) }, into: &result,
                     named: true)
            return result
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw .notADirectory(root) }
        let realRoot = knownRealRoot ?? Self.realPath(rootBytes) ?? rootBytes
        if options.respectGitignore, let listed = gitListedFiles(root: root) {
            for relative in listed.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                if relative.split(separator: UInt8(ascii: "/")).dropLast().contains(where: { options.excludedDirectories.contains(String(decoding: $0, as: UTF8.self)) }) {
                    continue
                }
                let absolute = rootBytes + [UInt8(ascii: "/")] + relative
                var fst = stat()
                guard Self.lstatBytes(absolute, &fst) else { continue }
                if (fst.st_mode & S_IFMT) == S_IFLNK {
                    guard Self.followSymlink(absolute, realRoot: realRoot, &fst) else {
                        result.skipped.append(Self.symlinkSkip(relative))
                        continue
                    }
                }
                guard (fst.st_mode & S_IFMT) == S_IFREG else { continue }
                consider(absolute: absolute, relative: relative, status: { fst }, head: { Self.head(absolute, limit: $0) },
                         notSourceBefore: notSourceBefore, into: &result)
            }
            return result
        }
        walk(rootBytes: rootBytes, realRoot: realRoot, notSourceBefore: notSourceBefore, into: &result)
        return result
    }

    /// The first `limit` bytes of the file at `path`, empty when it cannot be read.
    private static func head(_ path: [UInt8], limit: Int) -> [UInt8] { (try? SourceReader.readBytes(path, limit: limit)) ?? [] }

    /// - Parameter named: the file is the root itself, which asks for it whatever its language.
    /// - Parameter status: the file's `stat` (size and mtime), asked only of a file in a supported language (a walk knows a regular file
    ///   from its directory entry, and a `stat` of every other file was most of an unchanged corpus' re-index) or known only by a
    ///   `#!` line (whose stamp, when `notSourceBefore` has it, spares opening it: 850 opens per re-index of 304 small repositories).
    /// - Parameter head: the file's first bytes, at most the count asked for (empty when it cannot be read).
    private func consider(absolute: [UInt8], relative: [UInt8], name knownName: [UInt8]? = nil, status statusOf: () -> stat?,
                          head: (Int) -> [UInt8], notSourceBefore: [[UInt8]: FileStamp] = [:], into result: inout Discovery,
                          named: Bool = false) {
        if options.maxFiles > 0 && result.files.count >= options.maxFiles { return }
        guard options.pathFilter.keeps(relative) else { return }
        let name = knownName ?? Array(relative.split(separator: UInt8(ascii: "/")).last ?? [])
        var known: stat? = nil
        let found: LanguageSpec?
        if LanguageRegistry.isKnownOnlyByShebang(name) {
            guard let st = statusOf() else { return }  // gone since it was listed
            // The stamp before the read: a file changed after it has another stamp, and is read again next time.
            let stamp = FileStamp(st)
            if notSourceBefore[relative] == stamp { result.notSource[relative] = stamp; return }
            known = st
            found = LanguageRegistry.language(shebangIn: head)
            if found == nil { result.notSource[relative] = stamp }
        } else {
            found = LanguageRegistry.language(forFileName: name, head: head)
        }
        guard let spec = found else { return }
        if spec.isMarkup && !named && !options.includeMarkup && !options.includedLanguages.contains(spec.name)
            && !options.pathFilter.explicitlyIncludes(relative) { return }
        guard let st = known ?? statusOf() else { return }  // gone since it was listed
        let size = Int(st.st_size)
        if size > options.maxFileBytes {
            result.skipped.append(Skip(path: String(decoding: relative, as: UTF8.self), reason: .tooLarge,
                                       detail: "\(size) bytes > limit \(options.maxFileBytes); raise --max-file-size to include it"))
            return
        }
        result.files.append(SourceCandidate(absolutePath: absolute, relativePath: relative, language: spec.name, size: size,
                                            mtimeNs: FileStamp(st).mtimeNs))
    }

    /// Manual walk with .gitignore handling, used when the root is not a git work tree's top. Entries are looked at
    /// relative to their open directory (`fstatat`, `openat`): the kernel then resolves one name, not every component
    /// of the absolute path, which was most of the system time of an unchanged corpus' re-index.
    private func walk(rootBytes: [UInt8], realRoot: [UInt8], notSourceBefore: [[UInt8]: FileStamp], into result: inout Discovery) {
        // Stack of (relative dir, ignore rules in force). Iterative: deep trees cannot overflow the stack.
        var stack: [([UInt8], [GitignoreRule])] = [([], [])]
        var visitedDirs = Set<[UInt64]>()
        while let (relDir, inherited) = stack.popLast() {
            let absDir = relDir.isEmpty ? rootBytes : rootBytes + [UInt8(ascii: "/")] + relDir
            guard let dir = Self.withCPath(absDir, { opendir($0) }) else {
                let reason = String(cString: strerror(errno))
                var dst = stat()
                if Self.statBytes(absDir, &dst), visitedDirs.contains([UInt64(dst.st_dev), UInt64(dst.st_ino)]) { continue }
                result.skipped.append(Skip(path: relDir.isEmpty ? "." : String(decoding: relDir, as: UTF8.self), reason: .unreadable,
                                           detail: "cannot read directory: \(reason)"))
                continue
            }
            defer { closedir(dir) }
            let fd = dirfd(dir)
            var dst = stat()
            if fstat(fd, &dst) == 0 {
                let key = [UInt64(dst.st_dev), UInt64(dst.st_ino)]
                if visitedDirs.contains(key) { continue }
                visitedDirs.insert(key)
            }
            let entries = Self.entries(of: dir)
            var rules = inherited
            // Opened only when the directory lists one: an `open` of a missing `.gitignore` in every directory was
            // most of the `open`s of an unchanged corpus' re-index.
            if options.respectGitignore, entries.contains(where: { $0.name == Self.gitignoreName }),
               let text = Self.readSmallFile(absDir + Array("/.gitignore".utf8)) {
                rules += GitignoreRule.parse(text, base: relDir)
            }
            var subdirs: [[UInt8]] = []
            for (name, type) in entries.sorted(by: { $0.name.lexicographicallyPrecedes($1.name) }) {
                let rel = relDir.isEmpty ? name : relDir + [UInt8(ascii: "/")] + name
                let abs = rootBytes + [UInt8(ascii: "/")] + rel
                var st = stat()
                // The entry's type from the directory when the file system gives it; a stat only when it does not.
                let listedMode: mode_t? = type == UInt8(DT_REG) ? S_IFREG : type == UInt8(DT_DIR) ? S_IFDIR : nil
                if listedMode == nil { guard Self.lstatEntry(fd, name, &st) else { continue } }
                var mode = listedMode ?? (st.st_mode & S_IFMT)
                let isDir = mode == S_IFDIR
                if isDir && options.excludedDirectories.contains(String(decoding: name, as: UTF8.self)) {
                    result.skipped.append(Skip(path: String(decoding: rel, as: UTF8.self), reason: .vendored, detail: "excluded directory"))
                    continue
                }
                if GitignoreRule.isIgnored(rel, isDirectory: isDir, rules: rules) { continue }
                if mode == S_IFLNK {
                    guard Self.followSymlink(abs, realRoot: realRoot, &st) else {
                        result.skipped.append(Self.symlinkSkip(rel))
                        continue
                    }
                    mode = S_IFREG
                }
                if mode == S_IFDIR { subdirs.append(rel) }
                else if mode == S_IFREG {
                    let known = listedMode == nil ? st : nil
                    consider(absolute: abs, relative: rel, name: name, status: {
                        if let known { return known }
                        var fst = stat()
                        return Self.lstatEntry(fd, name, &fst) ? fst : nil
                    }, head: { (try? SourceReader.readBytes(in: fd, name: name, limit: $0, path: abs)) ?? [] },
                             notSourceBefore: notSourceBefore, into: &result)
                }
            }
            for d in subdirs.reversed() { stack.append((d, rules)) }
        }
    }

    private static let gitignoreName = Array(".gitignore".utf8)

    /// `git ls-files` when `root` is the top of a git work tree; nil otherwise (run through `GitCommand`: hooks
    /// and fsmonitor disabled, a scanned repository's config must not run anything).
    private func gitListedFiles(root: String) -> [[UInt8]]? {
        var st = stat()
        guard lstat(root + "/.git", &st) == 0,
              let data = try? GitCommand.run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], in: root)
        else { return nil }
        return Array(data).split(separator: 0, omittingEmptySubsequences: true).map(Array.init)
    }

    /// Follows a symlink only to a regular file inside the tree (never out of it, into a loop or to a
    /// directory); on success `st` describes the target.
    static func followSymlink(_ path: [UInt8], realRoot: [UInt8], _ st: inout stat) -> Bool {
        guard let target = realPath(path), target.starts(with: realRoot + [UInt8(ascii: "/")]) else { return false }
        return statBytes(path, &st) && (st.st_mode & S_IFMT) == S_IFREG
    }

    static func symlinkSkip(_ relative: [UInt8]) -> Skip {
        Skip(path: String(decoding: relative, as: UTF8.self), reason: .symlink,
             detail: "symlink leaves the tree, loops or points to a directory")
    }

    /// Calls `body` with `bytes` as a NUL-terminated C path (a path is bytes, not necessarily UTF-8).
    public static func withCPath<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        var terminated = bytes
        terminated.append(0)
        return terminated.withUnsafeBufferPointer { buf in
            // Never nil: the buffer holds at least the terminator.
            guard let base = buf.baseAddress else { return "".withCString(body) }
            return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { body($0) }
        }
    }
    static func lstatBytes(_ path: [UInt8], _ st: inout stat) -> Bool { withCPath(path) { lstat($0, &st) == 0 } }
    static func statBytes(_ path: [UInt8], _ st: inout stat) -> Bool { withCPath(path) { stat($0, &st) == 0 } }
    /// `lstat` of the entry `name` of the open directory `directory`.
    static func lstatEntry(_ directory: Int32, _ name: [UInt8], _ st: inout stat) -> Bool {
        withCPath(name) { fstatat(directory, $0, &st, AT_SYMLINK_NOFOLLOW) == 0 }
    }
    static func realPath(_ path: [UInt8]) -> [UInt8]? {
        withCPath(path) { p -> [UInt8]? in
            guard let resolved = realpath(p, nil) else { return nil }
            defer { free(resolved) }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
        }
    }
    /// The entries of the open directory `dir` (all but `.` and `..`) with their `d_type` (`DT_UNKNOWN` where the
    /// file system does not say).
    private static func entries(of dir: OpaquePointer) -> [(name: [UInt8], type: UInt8)] {
        var names: [(name: [UInt8], type: UInt8)] = []
        while let entry = readdir(dir) {
            let name: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return Array(bytes[0..<length])
            }
            if name == [46] || name == [46, 46] { continue }
            names.append((name, entry.pointee.d_type))
        }
        return names
    }
    static func readSmallFile(_ path: [UInt8], limit: Int = 1 << 20) -> String? {
        guard let bytes = try? SourceReader.readBytes(path, limit: limit) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Errors the front end reports for a whole run (per-file problems are `Skip`s).
public enum FrontEndError: Error, CustomStringConvertible, Sendable {
    case missingPath(String)
    case notADirectory(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .missingPath(let p): return "\(terminalSafe(p)): no such file or directory; pass an existing path"
        case .notADirectory(let p): return "\(terminalSafe(p)): not a directory or regular file; pass a source tree"
        case let .unreadable(p, why): return "\(terminalSafe(p)): cannot read: \(why)"
        }
    }
}

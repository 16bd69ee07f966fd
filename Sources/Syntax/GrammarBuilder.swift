import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A grammar of the pinned tree-sitter-language-pack that set-up did not build, described by `pack.json`
/// (written by `scripts/grammar-pack.py`): where its checksum-verified sources were unpacked and how to load it.
public struct PackGrammar: Codable, Sendable {
    /// Registry name, e.g. `perl`.
    public var name: String
    /// The grammar's `src` directory (holds `parser.c`, maybe `scanner.c`, `node-types.json`, `grammar.json`).
    public var source: String
    /// C files to compile, relative to `source`.
    public var files: [String]
    /// The language function, e.g. `tree_sitter_perl`.
    public var symbol: String
    /// Version string recorded by the index.
    public var version: String
    /// The ABI `parser.c` was generated for.
    public var abi: Int
    /// What a built library is stamped with when it differs from the pack's pin (a source patch of this grammar).
    public var pin: String?
    /// Why set-up turned the grammar off (a crash of the runtime that fuzzing found and no patch fixes yet,
    /// docs/robustness.md): it is never built or loaded, and its files are skipped with this reason.
    public var disabled: String?
}

/// Builds a pack grammar into the grammar directory the first time a process needs it, with the compiler and
/// flags set-up used. Safe when several processes want the same grammar at once: they take an exclusive
/// `flock` on `.lock-<name>`; the first compiles into a private temporary file and renames it into place
/// (atomic), the others find it built when they get the lock.
enum GrammarBuilder {
    /// The compiler and flags from `pack.json`, and the pin a built library is stamped with.
    struct Toolchain: Sendable {
        var compiler: String
        var flags: [String]
        var pin: String
    }

    /// The path of `grammar`'s shared library in `directory`, compiling it first if it is missing or was built
    /// from another pin. `announce` is called once, before compiling.
    static func ensureBuilt(_ grammar: PackGrammar, in directory: String, toolchain: Toolchain,
                            announce: (String) -> Void) throws(GrammarError) -> String {
        let library = directory + "/" + grammar.name + ".so"
        let stamp = directory + "/.built-" + grammar.name
        let pin = grammar.pin ?? toolchain.pin
        if isBuilt(library: library, stamp: stamp, pin: pin) { return library }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .buildFailed(name: grammar.name, reason: "cannot create \(directory): \(error.localizedDescription)")
        }
        let lockPath = directory + "/.lock-" + grammar.name
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .buildFailed(name: grammar.name, reason: "cannot open \(lockPath): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw .buildFailed(name: grammar.name, reason: "cannot lock \(lockPath): \(String(cString: strerror(errno)))")
            }
        }
        defer { _ = flock(fd, LOCK_UN) }
        // Another process may have built it while this one waited for the lock.
        if isBuilt(library: library, stamp: stamp, pin: pin) { return library }
        announce("clonescan: building the \(grammar.name) grammar on first use (\(grammar.version)) into \(directory)")
        let temporary = library + ".tmp.\(getpid())"
        defer { unlink(temporary) }
        var arguments = [toolchain.compiler] + toolchain.flags + ["-fPIC", "-shared", "-w", "-I" + grammar.source]
        arguments += grammar.files.map { grammar.source + "/" + $0 }
        arguments += ["-o", temporary]
        try compile(arguments, name: grammar.name)
        guard rename(temporary, library) == 0 else {
            throw .buildFailed(name: grammar.name, reason: "cannot move the library into place: \(String(cString: strerror(errno)))")
        }
        writeAtomically(pin, to: stamp)
        return library
    }

    private static func isBuilt(library: String, stamp: String, pin: String) -> Bool {
        guard access(library, R_OK) == 0, let data = FileManager.default.contents(atPath: stamp) else { return false }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == pin
    }

    private static func compile(_ arguments: [String], name: String) throws(GrammarError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch {
            throw .buildFailed(name: name, reason: "cannot run \(arguments.first ?? "cc"): \(error.localizedDescription)")
        }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let firstLine = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let detail = firstLine.isEmpty ? "" : ": " + firstLine
            throw .buildFailed(name: name, reason: "\(arguments.first ?? "cc") exited with \(process.terminationStatus)\(detail)")
        }
    }

    private static func writeAtomically(_ text: String, to path: String) {
        let temporary = path + ".tmp.\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data((text + "\n").utf8)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}

import Foundation
import XCTest
@testable import FrontEnd
import Syntax

/// Shared helpers: real grammars from `make setup`, real fixture files.
enum Fixtures {
    static var directory: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }

    static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(relative)))
    }

    /// Parses `bytes` as `language`, failing the test on a skip.
    static func parse(_ bytes: [UInt8], _ language: String, text: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> ParsedFile {
        var options = FrontEndOptions()
        options.recordTokenText = text
        switch SourceParser(options: options).parse(bytes: bytes, language: language, path: "fixture") {
        case .parsed(let parsed): return parsed
        case .skipped(let skip):
            XCTFail("\(language): skipped: \(skip.reason) \(skip.detail) — run `make setup`", file: file, line: line)
            throw XCTSkip("no grammar")
        }
    }

    /// The shape stream of `source` from its first function on, as "depth:kind", depths relative to the function.
    static func functionShapes(_ source: String, _ language: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let parsed = try parse(Array(source.utf8), language, file: file, line: line)
        let function = CanonicalKind.function.rawValue
        guard let start = parsed.shapes.firstIndex(where: { $0.kind == function }) else {
            XCTFail("\(language): no function in the shape stream", file: file, line: line); return []
        }
        let base = Int(parsed.shapes[start].depth)
        return parsed.shapes[start...].map { entry in
            "\(Int(entry.depth) - base):\(CanonicalKind(rawValue: entry.kind).map(\.name) ?? "?")"
        }
    }

    /// Conformance fixtures: language -> file name.
    static let conformance: [(String, String)] = [
        ("python", "sample.py"), ("javascript", "sample.js"), ("typescript", "sample.ts"), ("tsx", "sample.tsx"),
        ("go", "sample.go"), ("rust", "sample.rs"), ("java", "Sample.java"), ("c", "sample.c"), ("cpp", "sample.cpp"),
        ("csharp", "Sample.cs"), ("ruby", "sample.rb"), ("php", "sample.php"), ("kotlin", "sample.kt"),
        ("swift", "sample.swift"), ("scala", "sample.scala"), ("bash", "sample.sh"), ("lua", "sample.lua"),
    ] + added

    /// Conformance fixtures of the languages added from the pack (`UnitLanguages`).
    static let added: [(String, String)] = [
        ("perl", "sample.pl"), ("r", "sample.R"), ("julia", "sample.jl"), ("objc", "sample.m"), ("zig", "sample.zig"),
        ("erlang", "sample.erl"), ("solidity", "sample.sol"), ("powershell", "sample.ps1"), ("d", "sample.d"),
        ("elm", "sample.elm"), ("fortran", "sample.f90"), ("pascal", "sample.pas"), ("sql", "sample.sql"),
        ("clojure", "sample.clj"), ("commonlisp", "sample.lisp"), ("scheme", "sample.scm"), ("racket", "sample.rkt"),
        ("cuda", "sample.cu"), ("arduino", "sample.ino"), ("glsl", "sample.glsl"), ("hlsl", "sample.hlsl"),
        ("starlark", "sample.star"), ("luau", "sample.luau"), ("apex", "sample.cls"), ("gdscript", "sample.gd"),
        ("matlab", "sample_matlab.m"), ("gleam", "sample.gleam"), ("odin", "sample.odin"), ("ada", "sample.adb"),
        ("v", "sample.v"), ("hack", "sample.hack"), ("tcl", "sample.tcl"), ("fish", "sample.fish"), ("elisp", "sample.el"),
        ("actionscript", "sample.as"), ("squirrel", "sample.nut"), ("verilog", "sample.sv"), ("vhdl", "sample.vhd"),
        ("fennel", "sample.fnl"), ("cairo", "sample.cairo"), ("purescript", "sample.purs"), ("ispc", "sample.ispc"),
        ("nqc", "sample.nqc"), ("qmljs", "sample.qml"), ("wgsl", "sample.wgsl"), ("vim", "sample.vim"), ("hare", "sample.ha"),
        ("cmake", "sample.cmake"), ("puppet", "sample.pp"), ("pony", "sample.pony"), ("groovy", "sample.groovy"),
    ]

    /// More files of a language with units, in the order, coverage and rename suites: scripts without functions to
    /// swap (a Gradle build, a closure-heavy Groovy script).
    static let scripts: [(String, String)] = [("groovy", "build.gradle"), ("groovy", "closures.groovy")]

    /// Single-file components (their `<script>` blocks are the code): in the conformance suites, not in the tests
    /// that walk a fixture's tree with the language's own grammar.
    static let components: [(String, String)] = [("vue", "sample.vue"), ("svelte", "sample.svelte"), ("astro", "sample.astro")]

    /// First-table languages in the order, coverage and rename suites only: their units cannot be swapped whole
    /// (Haskell's signatures are units of their own, OCaml's `let_binding` leaves out the `let`), and their units are
    /// what existing indexes hold.
    static let partial: [(String, String)] = [("haskell", "sample.hs"), ("ocaml", "sample.ml")]

    /// Token-level fixtures (languages without units): language -> file name in `tokens/`.
    static let tokenLevel: [(String, String)] = [
        ("nix", "sample.nix"), ("terraform", "sample.tf"),
    ]

    /// Every fixture the order, coverage and rename suites read: language -> path under `Fixtures/`.
    static var everyLevel: [(String, String)] {
        (conformance + components + partial + scripts).map { ($0.0, "conformance/" + $0.1) } + tokenLevel.map { ($0.0, "tokens/" + $0.1) }
    }

    static let lineCommentPrefixes = ["#", "//", "--", "%", ";", "!", "(*"]
    /// Comment openers of one language only (a line starting with `"` is a string elsewhere).
    static let languageCommentPrefixes: [String: [String]] = ["vim": ["\""]]
}

/// A temporary directory removed at deinit.
final class TemporaryDirectory {
    let path: String
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("clonescan-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit {
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }
    @discardableResult
    func write(_ relative: String, _ content: String) throws -> String {
        try write(relative, Array(content.utf8))
    }
    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }
}

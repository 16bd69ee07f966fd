/// Maps file names, extensions (case-insensitively), shebang lines and, where an extension is shared, the
/// file's first bytes (`ContentRules`) onto languages of `LanguageTable.registry`.
public enum LanguageRegistry {
    private static let byExtension: [String: LanguageSpec] = {
        var map: [String: LanguageSpec] = [:]
        for spec in LanguageTable.registry { for ext in spec.extensions where map[ext] == nil { map[ext] = spec } }
        return map
    }()
    private static let byFileName: [String: LanguageSpec] = {
        var map: [String: LanguageSpec] = [:]
        for spec in LanguageTable.registry { for name in spec.fileNames where map[name] == nil { map[name] = spec } }
        return map
    }()
    private static let byInterpreter: [String: LanguageSpec] = {
        var map: [String: LanguageSpec] = [:]
        for spec in LanguageTable.registry { for name in spec.shebangs where map[name] == nil { map[name] = spec } }
        return map
    }()

    /// How many bytes of a file the content rules read.
    static let headBytes = 8192

    /// The language of a file called `name` (bytes); files without an extension are recognised by
    /// their `#!` line, and files of a shared extension by their content, read from `path`.
    public static func language(forFileName name: [UInt8], path: [UInt8]) -> LanguageSpec? {
        language(forFileName: name) { limit in (try? SourceReader.readBytes(path, limit: limit)) ?? [] }
    }

    /// `language(forFileName:path:)` with the file's first bytes from `head` (asked for at most that many bytes;
    /// empty when the file cannot be read), called only when the name alone does not decide.
    public static func language(forFileName name: [UInt8], head: (Int) -> [UInt8]) -> LanguageSpec? {
        let nameString = String(decoding: name, as: UTF8.self)
        if let spec = byFileName[nameString] { return spec }
        if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 {
            let ext = String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
            if ContentRules.sharedExtensions.contains(ext) {
                return ContentRules.language(extension: ext, head: head(headBytes)).flatMap { spec(named: $0) }
            }
            return byExtension[ext]
        }
        return language(shebangIn: head)
    }

    /// The language of a file known only by its `#!` line (`isKnownOnlyByShebang`), from its first bytes.
    public static func language(shebangIn head: (Int) -> [UInt8]) -> LanguageSpec? {
        let first = head(shebangBytes)
        guard first.starts(with: [35, 33]) else { return nil }
        return language(forShebang: first)
    }

    /// How many bytes of an extension-less file are read for its `#!` line.
    static let shebangBytes = 128

    /// Whether a file called `name` can be source only by its `#!` line: no file name of the registry's and no
    /// extension (`LICENSE`, `PKG-INFO`, `.hgignore`). Discovery remembers which of them are not source.
    public static func isKnownOnlyByShebang(_ name: [UInt8]) -> Bool {
        if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 { return false }
        return byFileName[String(decoding: name, as: UTF8.self)] == nil
    }

    /// The language named by a `#!` line (`#!/usr/bin/env python3`, `#!/bin/sh`).
    public static func language(forShebang head: [UInt8]) -> LanguageSpec? {
        let line = head.prefix { $0 != 10 }
        let words = String(decoding: line.dropFirst(2), as: UTF8.self).split(separator: " ")
        guard var interpreter = words.first.map({ String($0.split(separator: "/").last ?? "") }) else { return nil }
        if interpreter == "env", words.count > 1 { interpreter = String(words[1]) }
        if let spec = byInterpreter[interpreter] { return spec }
        // python3.11 -> python3
        let trimmed = String(interpreter.prefix { !$0.isNumber || $0 == "3" })
        return byInterpreter[trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed]
    }

    /// Languages by name.
    public static func spec(named name: String) -> LanguageSpec? { LanguageTable.byName[name] }
}

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
        let nameString = String(decoding: name, as: UTF8.self)
        if let spec = byFileName[nameString] { return spec }
        if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 {
            let ext = String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
            if ContentRules.sharedExtensions.contains(ext) {
                let head = (try? SourceReader.readBytes(path, limit: headBytes)) ?? []
                return ContentRules.language(extension: ext, head: head).flatMap { spec(named: $0) }
            }
            return byExtension[ext]
        }
        guard let head = try? SourceReader.readBytes(path, limit: 128), head.starts(with: [35, 33]) else { return nil }
        return language(forShebang: head)
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

import Foundation

public enum AttributionVerdict: String, Codable, Sendable, Hashable {
    /// Names the reference project or its authors in LICENSE, NOTICE, README, headers or manifests.
    case yes
    /// Only indirect credit: a changelog/history entry, an issue link, a Debian copyright reproduction,
    /// or a bare mention of the name without saying the code came from it.
    case weak
    case no
}

public struct AttributionEvidence: Codable, Sendable, Hashable {
    public var path: String
    public var line: Int
    public var text: String
    /// What was recognised: `holder`, `author`, `url`, `name+phrase`, `name`.
    public var signal: String
    public var strong: Bool
    /// `path:line: text`
    public var display: String { "\(path):\(line): \(text)" }
}

public struct Attribution: Codable, Sendable, Hashable {
    public var verdict: AttributionVerdict
    public var evidence: [AttributionEvidence]
}

/// Does a suspect tree credit the reference? See docs/license.md, "Attribution".
public enum AttributionChecker {
    /// Phrases that say where code came from, on the line naming the reference or the line before.
    static let phrases = ["fork of", "forked from", "a fork", "based on", "based heavily on", "port of", "ported from", "ported to", "derived from",
                          "derivative of", "backport of", "backported from", "backport", "copied from", "taken from", "adapted from", "formerly",
                          "originally", "inspired by", "translation of", "translated from", "borrowed from", "vendored from", "from the original",
                          "credit", "thanks to", "original library", "original work", "original code", "original author", "rewrite of",
                          "rewritten from", "re-write of", "reimplementation of", "re-implementation of", "modified version of",
                          "version of", "copy of", "extracted from", "spun off", "successor"]
    /// Words that cannot identify a project on their own.
    static let commonWords: Set<String> = [
        "diff", "yaml", "toml", "json", "markdown", "uuid", "humanize", "mock", "test", "tests", "parser", "core", "utils", "util", "lib",
        "python", "go", "node", "ruby", "rails", "config", "configparser", "traceback", "zipfile", "inflection", "inflector", "lexer", "lexers",
        "marked", "terser", "chroma", "standard library", "stdlib", "http", "server", "client", "api", "cli", "app", "web", "data", "log",
        "logging", "string", "strings", "text", "time", "date", "math", "sort", "tree", "graph", "io", "os", "sys", "net",
    ]
    static let stopHolderWords: Set<String> = ["the", "authors", "author", "contributors", "contributor", "inc", "llc", "ltd", "and", "all",
                                                "others", "project", "developers", "team", "other", "of", "its", "by", "gmbh", "corp", "co"]

    enum Place { case strong, weak }

    static func place(_ rel: String) -> Place? {
        let name = (rel as NSString).lastPathComponent.lowercased()
        let base = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        if Debian.isCopyrightFile(rel) && rel.contains("/") { return .weak }
        for p in ["changelog", "changes", "history", "news", "release"] where base.hasPrefix(p) { return .weak }
        for p in ["readme", "notice", "license", "licence", "copying", "authors", "credits", "acknowledg", "thanks", "contributors", "doc.go"] where base.hasPrefix(p) { return .strong }
        if Manifests.isManifest(name) { return .strong }
        if LicenseScanner.isLicenseFileName(rel) { return .strong }
        let ext = (base as NSString).pathExtension
        if LicenseScanner.sourceExtensions.contains(ext) { return .strong }
        return nil
    }

    static func normURL(_ u: String) -> String {
        var s = u.lowercased()
        for p in ["git+", "https://", "http://", "git://", "ssh://", "git@", "www."] { if s.hasPrefix(p) { s.removeFirst(p.count) } }
        s = s.replacingOccurrences(of: "github.com:", with: "github.com/")
        if s.hasSuffix(".git") { s.removeLast(4) }
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    /// Finds `needle` (lower-cased) in `hay` (lower-cased) at word boundaries.
    static func containsWord(_ hay: String, _ needle: String) -> Bool {
        guard !needle.isEmpty, hay.utf8Contains(needle) else { return false }
        var search = hay.startIndex..<hay.endIndex
        while let r = hay.range(of: needle, range: search) {
            let before = r.lowerBound == hay.startIndex ? nil : hay[hay.index(before: r.lowerBound)]
            let after = r.upperBound == hay.endIndex ? nil : hay[r.upperBound]
            let okB = before.map { !($0.isLetter || $0.isNumber) } ?? true
            let okA = after.map { !($0.isLetter || $0.isNumber) } ?? true
            if okB && okA { return true }
            search = r.upperBound..<hay.endIndex
        }
        return false
    }

    /// `line` with each whole-word occurrence of `word` blanked ("path" goes, "pathlib" stays).
    static func replacingWord(_ word: String, in line: String) -> String {
        let pattern = #"(?<![\p{L}\p{N}_])"# + NSRegularExpression.escapedPattern(for: word) + #"(?![\p{L}\p{N}_])"#
        return line.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }

    /// Is `name` preceded by a derivation phrase within three words ("a port of the diff", "formerly called pep8")?
    static func phraseBefore(_ name: String, in line: String) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: name)
        for phrase in phrases {
            let pattern = NSRegularExpression.escapedPattern(for: phrase) + #"\W+(?:[\w'’]+\W+){0,3}?"# + escaped + #"(?![\w])"#
            if line.range(of: pattern, options: .regularExpression) != nil { return true }
        }
        return false
    }

    static func distinctiveHolder(_ h: String) -> Bool {
        let words = h.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return words.contains { $0.count >= 3 && !stopHolderWords.contains($0) }
    }

    static let packageDocNames: Set<String> = ["doc.go", "__init__.py", "index.js", "lib.rs", "mod.rs", "package-info.java"]

    /// In scope: under a scope path, or a package documentation file (`doc.go`, `__init__.py`, ...)
    /// directly in a directory that contains a scope path.
    static func inScope(_ rel: String, _ scope: [String]) -> Bool {
        if scope.contains(where: { rel == $0 || rel.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) { return true }
        let name = (rel as NSString).lastPathComponent
        guard packageDocNames.contains(name) else { return false }
        let dir = (rel as NSString).deletingLastPathComponent
        return scope.contains { dir.isEmpty || $0.hasPrefix(dir + "/") }
    }

    /// Checks `suspectRoot` for credit to the reference. `scope` (relative paths of files or directories)
    /// limits which source files' headers are read; documentation files (README, NOTICE, LICENSE, AUTHORS,
    /// manifests, changelogs, Debian copyright) are read everywhere in the tree. `suspectNames` are the
    /// suspect's own names (self-mentions such as "docopt-ng" are not credit to "docopt"). With
    /// `suspectReport` (the suspect's scan), lines of license texts the suspect ships are skipped (boilerplate
    /// such as the FSF's address never credits anyone) except their copyright lines, and the suspect's own URLs
    /// are not taken as credit when the reference shares them.
    ///
    /// What counts (docs/license.md, "Attribution"): prose, comments and docstrings that name the reference,
    /// its authors or copyright holders, or its URL. Import statements, code examples, file and directory names,
    /// and license boilerplate never count.
    public static func check(reference: ReferenceIdentity, suspectRoot: URL, scope: [String]? = nil, suspectNames: [String] = [],
                             suspectReport: LicenseReport? = nil) throws -> Attribution {
        var files = try LicenseScanner.listFiles(root: suspectRoot)
        // A subdirectory's README, NOTICE and LICENSE live at its enclosing package root.
        if let licenseRoot = suspectReport?.licenseRoot {
            let packageRoot = URL(fileURLWithPath: licenseRoot).standardizedFileURL
            let levels = suspectRoot.standardizedFileURL.pathComponents.count - packageRoot.pathComponents.count
            let prefix = String(repeating: "../", count: max(0, levels))
            for name in levels <= 0 ? [] : ((try? FileManager.default.contentsOfDirectory(atPath: licenseRoot)) ?? []).sorted() {
                let url = packageRoot.appendingPathComponent(name)
                guard let v = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey]), v.isRegularFile == true, v.isSymbolicLink != true,
                      !LicenseScanner.sourceExtensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                files.append((prefix + name, url))
            }
        }
        let referenceNameSet = Set((reference.names + reference.packageNames + reference.codeNames).map { $0.lowercased() })
        // The suspect's own names are removed from each line first, unless the suspect kept the reference's name.
        let own = (suspectNames + (suspectReport?.identity.names ?? [])).map { $0.lowercased() }
            .filter { $0.count >= 3 && !referenceNameSet.contains($0) }.sorted { $0.count > $1.count }
        // (lower-cased name, counts alone as a weak mention, shared with the suspect's own names or modules)
        var names: [(name: String, distinctive: Bool, sameAsSuspect: Bool, phraseable: Bool)] = []
        let suspectOwnNames = Set((suspectNames + (suspectReport?.identity.names ?? []) + ReferenceIdentity.codeNames(root: suspectRoot)).map { $0.lowercased() })
        // Code names (modules, packages) are ordinary words of the code's vocabulary: they need a phrase, unless
        // the reference has no other name (a reference given as code only).
        let projectNames = reference.names + reference.packageNames
        for (n, isCodeName) in projectNames.map({ ($0, false) }) + reference.codeNames.map({ ($0, !projectNames.isEmpty) }) {
            let l = n.lowercased().trimmingCharacters(in: .whitespaces)
            if l.count < 3 || names.contains(where: { $0.name == l }) { continue }
            let common = commonWords.contains(l) || l.count < 4
            let distinctive = !common && !isCodeName
            // A module named like a common word (`yaml`, `parser`) never identifies the reference, even after a phrase.
            let phraseable = !(isCodeName && common)
            names.append((l, distinctive, suspectOwnNames.contains(l), phraseable))
            for alt in [l.replacingOccurrences(of: "-", with: "_"), l.replacingOccurrences(of: "_", with: "-")] where alt != l && !names.contains(where: { $0.name == alt }) {
                names.append((alt, distinctive, suspectOwnNames.contains(alt), phraseable))
            }
        }
        let ownURLs = Set((suspectReport?.identity.urls ?? []).map(normURL))
        let urls = reference.urls.map(normURL).filter { url in
            let parts = url.split(separator: "/").count
            return (parts >= 2 && !url.hasPrefix("pypi.org/project/") || parts >= 3) && !ownURLs.contains(url)
        }
        let people = (reference.holders + reference.authors).filter(distinctiveHolder).map { $0.lowercased() }
        // Regions of license texts the suspect ships: boilerplate.
        var boilerplate: [String: [ClosedRange<Int>]] = [:]
        for f in suspectReport?.findings ?? [] where f.kind == .file && f.confidence >= 0.8 && f.endLine - f.startLine >= 3 {
            boilerplate[f.path, default: []].append(f.startLine...f.endLine)
        }

        var evidence: [AttributionEvidence] = []
        for (rel, url) in files {
            guard let pl = place(rel) else { continue }
            let isSource = LicenseScanner.sourceExtensions.contains((rel as NSString).pathExtension.lowercased())
            if isSource, let scope = scope, !inScope(rel, scope) { continue }
            let limit = isSource ? 16 * 1024 : 256 * 1024
            var bytes: [UInt8]
            if rel.hasSuffix(".gz") { guard let b = TextDecoding.gunzip(url, limit: limit) else { continue }; bytes = b }
            else { guard case .success(let b) = TextDecoding.readPrefix(url, limit: limit) else { continue }; bytes = b }
            guard case .text(let t) = TextDecoding.decode(bytes) else { continue }
            let regions = boilerplate[rel] ?? []
            let baseName = (rel as NSString).lastPathComponent.lowercased()
            let isContributorList = ["authors", "contributors", "credits", "thanks"].contains { baseName.hasPrefix($0) }
            var prevLow = ""
            let text = TextDecoding.string(t)
            let name = (rel as NSString).lastPathComponent
            let lines = Manifests.isManifest(name) ? AttributionText.manifestProse(text, name: name) : AttributionText.eligibleLines(text, isSource: isSource)
            for (lineNumber, raw) in lines {
                let stripped = Copyrights.stripLeader(raw)
                if AttributionText.isCode(String(stripped)) { continue }
                var low = raw.lowercased()
                for o in own where low.utf8Contains(o) { low = replacingWord(o, in: low) }
                defer { prevLow = low }
                if low.count > 2000 { continue }
                let isCopyrightLine = Copyrights.statement(stripped) != nil
                if regions.contains(where: { $0.contains(lineNumber) }) && !isCopyrightLine { continue }
                let strongPlace = pl == .strong
                let display = raw.trimmingCharacters(in: .whitespaces).prefix(200)
                func add(_ signal: String, _ strong: Bool) {
                    evidence.append(AttributionEvidence(path: rel, line: lineNumber, text: String(display), signal: signal, strong: strong && strongPlace))
                }
                if let u = urls.first(where: { low.utf8Contains($0) }) {
                    let issue = low.utf8Contains(u + "/issues") || low.utf8Contains(u + "/pull") || low.utf8Contains(u + "/commit")
                    add("url", !issue); continue
                }
                // Names are never read inside URLs (a holder "SeatGeek" in github.com/seatgeek/thefuzz is not credit).
                let prose = low.replacingOccurrences(of: #"[a-z][a-z0-9+.-]*://\S+"#, with: " ", options: .regularExpression)
                if people.contains(where: { containsWord(prose, $0) }) {
                    // A name in a long contributor list (pip's AUTHORS.txt) may be the suspect's own contributor.
                    add(isCopyrightLine ? "holder" : "author", isCopyrightLine || !isContributorList); continue
                }
                let named = names.filter { containsWord(prose, $0.name) }
                guard !named.isEmpty else { continue }
                // A distinctive name with a phrase on the line or the line before; a common-word name only
                // right after the phrase ("a port of diff", not "... based on YAML directive").
                let context = prose + " " + prevLow
                if named.contains(where: { $0.distinctive }) && phrases.contains(where: { context.utf8Contains($0) }) { add("name+phrase", true) }
                else if named.contains(where: { $0.phraseable && phraseBefore($0.name, in: prose) }) { add("name+phrase", true) }
                else if named.contains(where: { $0.distinctive && !$0.sameAsSuspect }) { add("name", false) }
            }
        }
        let verdict: AttributionVerdict = evidence.contains { $0.strong } ? .yes : (evidence.isEmpty ? .no : .weak)
        evidence.sort { ($0.strong ? 0 : 1, $0.path, $0.line) < ($1.strong ? 0 : 1, $1.path, $1.line) }
        return Attribution(verdict: verdict, evidence: Array(evidence.prefix(20)))
    }
}

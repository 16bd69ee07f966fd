import Foundation

/// Package manifests: license fields and project identity. Every parser is tolerant: malformed input
/// gives a warning and whatever could still be read, never a throw or a crash.
///
/// Supported: package.json, composer.json, pyproject.toml ([project] license / license-expression /
/// classifiers, [tool.poetry] license), setup.cfg ([metadata]), PKG-INFO / METADATA (License,
/// License-Expression, Classifier), Cargo.toml ([package] license), *.gemspec (license / licenses),
/// pom.xml (<licenses>), *.csproj / *.nuspec (PackageLicenseExpression, <license type="expression">).
/// Package.swift has no license field and is not read.
enum Manifests {
    struct Result {
        var findings: [LicenseFinding] = []
        var identity = ProjectIdentity()
        var warnings: [String] = []
    }

    static func isManifest(_ name: String) -> Bool {
        let l = name.lowercased()
        return ["package.json", "composer.json", "pyproject.toml", "setup.cfg", "pkg-info", "metadata", "cargo.toml", "pom.xml"].contains(l)
            || l.hasSuffix(".gemspec") || l.hasSuffix(".csproj") || l.hasSuffix(".nuspec")
    }

    static func parse(name: String, path: String, text: String, db: LicenseDatabase?) -> Result {
        let l = name.lowercased()
        var r = Result()
        switch l {
        case "package.json", "composer.json": json(path: path, text: text, db: db, into: &r)
        case "pyproject.toml", "cargo.toml": ManifestTOML.read(path: path, text: text, db: db, into: &r)
        case "setup.cfg": setupCfg(path: path, text: text, db: db, into: &r)
        case "pkg-info", "metadata": pkgInfo(path: path, text: text, db: db, into: &r)
        case "pom.xml": ManifestXML.read(path: path, text: text, isMavenProject: true, db: db, into: &r)
        default:
            if l.hasSuffix(".gemspec") { gemspec(path: path, text: text, db: db, into: &r) }
            else { ManifestXML.read(path: path, text: text, isMavenProject: false, db: db, into: &r) }
        }
        return r
    }

    // MARK: helpers

    static func lineOf(_ text: String, _ needle: String, from: Int = 1) -> Int {
        var n = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if n >= from && line.contains(needle) { return n }
            n += 1
        }
        return max(1, from)
    }

    static func add(_ raw: String, field: String, path: String, line: Int, db: LicenseDatabase?, conf scale: Double = 1, into r: inout Result) {
        let v = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if v.isEmpty || v.uppercased() == "UNKNOWN" || v.uppercased() == "NOASSERTION" || v.uppercased() == "UNLICENSED" && field.contains("json") { return }
        if let (e, c) = SPDX.resolve(name: v, db: db) {
            r.findings.append(LicenseFinding(spdx: e, confidence: (c * scale * 1000).rounded() / 1000, path: path, startLine: line, endLine: line, kind: .manifest, source: field))
        } else if v.count > 80, let db = db {
            // Some PKG-INFO License fields hold the whole license text.
            for m in db.match(text: Array(v.utf8)) {
                r.findings.append(LicenseFinding(spdx: m.spdx, confidence: m.confidence * scale, path: path, startLine: line, endLine: line, kind: .manifest, source: field + " (text)"))
            }
        } else {
            r.warnings.append("\(path):\(line): unrecognised license name \"\(v.prefix(80))\" in \(field)")
        }
    }

    static func classifier(_ c: String, path: String, line: Int, db: LicenseDatabase?, into r: inout Result) {
        guard c.hasPrefix("License ::") else { return }
        if let (e, conf) = SPDX.fromClassifier(c, db: db) {
            r.findings.append(LicenseFinding(spdx: e, confidence: conf * 0.9, path: path, startLine: line, endLine: line, kind: .manifest, source: "classifier"))
        }
    }

    // MARK: JSON (package.json, composer.json)

    static func json(path: String, text: String, db: LicenseDatabase?, into r: inout Result) {
        guard let obj = (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) as? [String: Any] else {
            r.warnings.append("\(path): malformed JSON; license read from the raw text")
            // Best effort: a `"license": "X"` pair in the raw text.
            if let range = text.range(of: #""license"\s*:\s*"([^"]{1,200})""#, options: .regularExpression) {
                let pair = String(text[range])
                let parts = pair.split(separator: "\"")
                if parts.count >= 3 { add(String(parts[parts.count - 1]), field: "license", path: path, line: lineOf(text, "\"license\""), db: db, into: &r) }
            }
            return
        }
        let line = lineOf(text, "\"license")
        if let s = obj["license"] as? String { add(s, field: "license", path: path, line: line, db: db, into: &r) }
        else if let arr = obj["license"] as? [String], !arr.isEmpty { add(arr.joined(separator: " OR "), field: "license", path: path, line: line, db: db, into: &r) }
        else if let d = obj["license"] as? [String: Any], let t = d["type"] as? String { add(t, field: "license.type", path: path, line: line, db: db, into: &r) }
        if let ls = obj["licenses"] as? [Any] {
            let types = ls.compactMap { ($0 as? [String: Any])?["type"] as? String ?? ($0 as? String) }
            if !types.isEmpty { add(types.joined(separator: " OR "), field: "licenses", path: path, line: lineOf(text, "\"licenses\""), db: db, into: &r) }
        }
        if let n = obj["name"] as? String { r.identity.names.append(n) }
        func person(_ a: Any?) -> String? {
            if let s = a as? String { return s.components(separatedBy: "<").first?.trimmingCharacters(in: .whitespaces) }
            if let d = a as? [String: Any] { return d["name"] as? String }
            return nil
        }
        if let a = person(obj["author"]), !a.isEmpty { r.identity.authors.append(a) }
        for key in ["authors", "contributors", "maintainers"] {
            for a in (obj[key] as? [Any]) ?? [] { if let p = person(a), !p.isEmpty { r.identity.authors.append(p) } }
        }
        if let h = obj["homepage"] as? String { r.identity.urls.append(h) }
        if let repo = obj["repository"] as? String { r.identity.urls.append(repo) }
        if let repo = obj["repository"] as? [String: Any], let u = repo["url"] as? String { r.identity.urls.append(u) }
    }

    /// Double- or single-quoted strings on one line (gemspec values).
    static func quotedStrings(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var quote: Character? = nil
        for ch in s {
            if let q = quote {
                if ch == q { out.append(cur); cur = ""; quote = nil } else { cur.append(ch) }
            } else if ch == "\"" || ch == "'" { quote = ch }
        }
        return out
    }

    static func personName(_ s: String) -> String {
        (s.components(separatedBy: "<").first ?? s).trimmingCharacters(in: .whitespaces)
    }

    // MARK: setup.cfg

    static func setupCfg(path: String, text: String, db: LicenseDatabase?, into r: inout Result) {
        var section = ""
        var current: String? = nil
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNo = i + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") { section = line.lowercased(); current = nil; continue }
            guard section == "[metadata]" else { continue }
            if (raw.first == " " || raw.first == "\t"), let key = current {
                if key == "classifiers" { classifier(line, path: path, line: lineNo, db: db, into: &r) }
                continue
            }
            guard let eq = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            current = key
            switch key {
            case "license", "license_expression", "license-expression":
                if !value.isEmpty && !value.hasPrefix("file:") { add(value, field: "setup.cfg \(key)", path: path, line: lineNo, db: db, into: &r) }
            case "name": r.identity.names.append(value)
            case "author", "maintainer": if !value.isEmpty { r.identity.authors.append(value) }
            case "url", "home_page", "home-page": if !value.isEmpty { r.identity.urls.append(value) }
            default: break
            }
        }
    }

    // MARK: PKG-INFO / METADATA (RFC 822 style)

    static func pkgInfo(path: String, text: String, db: LicenseDatabase?, into r: inout Result) {
        var fields: [(String, String, Int)] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if raw.isEmpty { break }   // end of headers: the description follows
            if raw.first == " " || raw.first == "\t" {
                if var last = fields.popLast() {
                    last.1 += "\n" + raw.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "|"))
                    fields.append(last)
                }
                continue
            }
            guard let colon = raw.firstIndex(of: ":") else { continue }
            fields.append((String(raw[..<colon]).lowercased(), raw[raw.index(after: colon)...].trimmingCharacters(in: .whitespaces), i + 1))
        }
        let hasExpression = fields.contains { $0.0 == "license-expression" }
        for (k, v, line) in fields {
            switch k {
            case "license-expression": add(v, field: "License-Expression", path: path, line: line, db: db, into: &r)
            case "license" where !hasExpression:
                let first = v.split(separator: "\n").first.map(String.init) ?? v
                if v.contains("\n") && v.count > 80 { add(v, field: "License", path: path, line: line, db: db, into: &r) }
                else { add(first, field: "License", path: path, line: line, db: db, into: &r) }
            case "classifier": classifier(v, path: path, line: line, db: db, into: &r)
            case "name": r.identity.names.append(v)
            case "author", "maintainer": if !v.isEmpty && v != "UNKNOWN" { r.identity.authors.append(v) }
            case "author-email", "maintainer-email":
                for part in v.split(separator: ",") {
                    let n = personName(String(part)).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
                    if !n.isEmpty && !n.contains("@") { r.identity.authors.append(n) }
                }
            case "home-page", "download-url": if !v.isEmpty && v != "UNKNOWN" { r.identity.urls.append(v) }
            case "project-url": if let u = v.split(separator: ",").last { r.identity.urls.append(u.trimmingCharacters(in: .whitespaces)) }
            default: break
            }
        }
    }

    // MARK: gemspec (Ruby source, read as text; never evaluated)

    static func gemspec(path: String, text: String, db: LicenseDatabase?, into r: inout Result) {
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard let dot = line.firstIndex(of: "."), let eq = line.firstIndex(of: "="), dot < eq else { continue }
            let field = line[line.index(after: dot)..<eq].trimmingCharacters(in: .whitespaces)
            let strings = quotedStrings(String(line[line.index(after: eq)...]))
            switch field {
            case "license", "licenses":
                if !strings.isEmpty { add(strings.joined(separator: " OR "), field: "gemspec \(field)", path: path, line: i + 1, db: db, into: &r) }
            case "name": if let s = strings.first { r.identity.names.append(s) }
            case "authors", "author": r.identity.authors.append(contentsOf: strings)
            case "homepage": if let s = strings.first { r.identity.urls.append(s) }
            default: break
            }
        }
    }
}

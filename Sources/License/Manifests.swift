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
        case "pyproject.toml", "cargo.toml": toml(path: path, text: text, db: db, into: &r)
        case "setup.cfg": setupCfg(path: path, text: text, db: db, into: &r)
        case "pkg-info", "metadata": pkgInfo(path: path, text: text, db: db, into: &r)
        case "pom.xml": xml(path: path, text: text, db: db, into: &r, pom: true)
        default:
            if l.hasSuffix(".gemspec") { gemspec(path: path, text: text, db: db, into: &r) }
            else { xml(path: path, text: text, db: db, into: &r, pom: false) }
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

    // MARK: TOML (pyproject.toml, Cargo.toml): a tolerant line scanner, enough for the fields we need.

    static func tomlString(_ v: Substring) -> String? {
        let t = v.trimmingCharacters(in: .whitespaces)
        guard let q = t.first, q == "\"" || q == "'" else { return nil }
        let rest = t.dropFirst()
        guard let end = rest.firstIndex(of: q) else { return nil }
        return String(rest[..<end])
    }

    static func toml(path: String, text: String, db: LicenseDatabase?, into r: inout Result) {
        var section = ""
        var inArray: String? = nil
        var malformed = false
        for (i, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNo = i + 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.isEmpty { continue }
            if let key = inArray {
                // Inside a multi-line array (classifiers, authors).
                for s in quotedStrings(line) {
                    if key == "classifiers" { classifier(s, path: path, line: lineNo, db: db, into: &r) }
                    else if key == "authors" || key == "maintainers" { r.identity.authors.append(personName(s)) }
                }
                if line.contains("]") && !line.hasPrefix("{") || line == "]" { inArray = nil }
                continue
            }
            if line.hasPrefix("[") {
                if !line.contains("]") { malformed = true; continue }
                section = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).lowercased()
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { malformed = true; continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: eq)...]
            let inMain = section == "project" || section == "package" || section == "tool.poetry" || section == "workspace.package"
            guard inMain else { continue }
            let vt = value.trimmingCharacters(in: .whitespaces)
            if vt.first == "\"" || vt.first == "'", tomlString(value) == nil { malformed = true }
            switch key {
            case "license", "license-expression":
                if let s = tomlString(value) { add(s, field: "\(section).\(key)", path: path, line: lineNo, db: db, into: &r) }
                else if vt.hasPrefix("{") {
                    // license = { text = "MIT" } or { file = "LICENSE" }
                    if let t = inlineTableValue(vt, "text") { add(t, field: "\(section).license.text", path: path, line: lineNo, db: db, into: &r) }
                }
            case "name":
                if let s = tomlString(value) { r.identity.names.append(s) }
            case "authors", "maintainers":
                for s in quotedStrings(vt) where !s.contains("@") || s.contains("<") { r.identity.authors.append(personName(s)) }
                if vt.hasPrefix("[") && !vt.contains("]") { inArray = key }
            case "classifiers":
                for s in quotedStrings(vt) { classifier(s, path: path, line: lineNo, db: db, into: &r) }
                if vt.hasPrefix("[") && !vt.contains("]") { inArray = "classifiers" }
            case "homepage", "repository":
                if let s = tomlString(value) { r.identity.urls.append(s) }
            default: break
            }
        }
        // [project.urls] entries
        if malformed { r.warnings.append("\(path): malformed TOML; read what could be read") }
        for u in text.split(separator: "\n") where u.contains("://") {
            if let s = quotedStrings(u.trimmingCharacters(in: .whitespaces)).first(where: { $0.hasPrefix("http") }), !r.identity.urls.contains(s) {
                r.identity.urls.append(s)
            }
        }
    }

    static func inlineTableValue(_ s: String, _ key: String) -> String? {
        guard let k = s.range(of: key) else { return nil }
        let rest = s[k.upperBound...]
        guard let eq = rest.firstIndex(of: "=") else { return nil }
        return tomlString(rest[rest.index(after: eq)...])
    }

    /// Double- or single-quoted strings on one line, or `name = "..."` values inside inline tables.
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

    // MARK: XML (pom.xml, *.csproj, *.nuspec): tag scanning, no entity expansion.

    static func tagValues(_ text: String, _ tag: String) -> [(String, Int)] {
        var out: [(String, Int)] = []
        var search = text.startIndex..<text.endIndex
        while let open = text.range(of: "<\(tag)", options: [], range: search) {
            guard let gt = text[open.upperBound...].firstIndex(of: ">") else { break }
            let attrs = text[open.upperBound..<gt]
            if let c = attrs.first, !(c == " " || c == "\t" || c == "\n" || c == "/"), !attrs.isEmpty { search = gt..<text.endIndex; continue }
            let bodyStart = text.index(after: gt)
            guard let close = text.range(of: "</\(tag)>", options: [], range: bodyStart..<text.endIndex) else { break }
            let line = text[..<open.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            out.append((String(text[bodyStart..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines), line))
            search = close.upperBound..<text.endIndex
        }
        return out
    }

    static func xml(path: String, text: String, db: LicenseDatabase?, into r: inout Result, pom: Bool) {
        if !text.contains("<") { r.warnings.append("\(path): not XML"); return }
        if pom {
            if let block = tagValues(text, "licenses").first {
                let names = tagValues(block.0, "name").map { $0.0 }
                let first = block.1
                if !names.isEmpty { add(names.count == 1 ? names[0] : names.map { "(\($0))" }.joined(separator: " OR "), field: "pom licenses", path: path, line: first, db: db, into: &r) }
                if names.count > 1 { r.findings.removeAll { $0.source == "pom licenses" }; for n in names { add(n, field: "pom license", path: path, line: first, db: db, into: &r) } }
            }
            let noLicenses = text.replacingOccurrences(of: #"<licenses>[\s\S]*?</licenses>"#, with: "", options: .regularExpression)
            let noDeps = noLicenses.replacingOccurrences(of: #"<(dependencies|build|parent|developers|dependencyManagement|plugins)>[\s\S]*?</\1>"#, with: "", options: .regularExpression)
            for (v, _) in tagValues(noDeps, "artifactId").prefix(1) { r.identity.names.append(v) }
            for (v, _) in tagValues(noDeps, "name").prefix(1) { r.identity.names.append(v) }
            for (v, _) in tagValues(noDeps, "url").prefix(1) { r.identity.urls.append(v) }
            for (v, _) in tagValues(text, "developer").flatMap({ tagValues($0.0, "name") }) { r.identity.authors.append(v) }
        } else {
            for (v, line) in tagValues(text, "PackageLicenseExpression") { add(v, field: "PackageLicenseExpression", path: path, line: line, db: db, into: &r) }
            for (v, line) in tagValues(text, "license") where !v.contains("<") { add(v, field: "nuspec license", path: path, line: line, db: db, into: &r) }
            for tag in ["PackageId", "id", "AssemblyName"] { for (v, _) in tagValues(text, tag).prefix(1) { r.identity.names.append(v) } }
            for tag in ["Authors", "authors"] { for (v, _) in tagValues(text, tag) { r.identity.authors.append(contentsOf: v.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) } }
            for tag in ["RepositoryUrl", "PackageProjectUrl", "projectUrl"] { for (v, _) in tagValues(text, tag) { r.identity.urls.append(v) } }
        }
    }
}

import Foundation

/// pyproject.toml and Cargo.toml: license fields and identity, read with a real TOML parser.
///
/// pyproject.toml: `[project] license` (a PEP 639 SPDX expression when a string; `{text = "…"}` free text;
/// `{file = "…"}` is only a pointer), `license-expression`, `classifiers`, `name`, `authors`, `maintainers`,
/// `[project.urls]`; `[tool.poetry] license`, `name`, `authors`, `homepage`, `repository`.
/// Cargo.toml: `[package]` and `[workspace.package]` `license`, `name`, `authors`, `homepage`, `repository`.
/// Malformed TOML gives one warning with the parser's line and column and no findings.
enum ManifestTOML {
    static func read(path: String, text: String, db: LicenseDatabase?, into result: inout Manifests.Result) {
        let document: TOMLNode
        do { document = try TOMLDocument.parse(text) } catch {
            result.warnings.append("\(path): malformed TOML at line \(error.line), column \(error.column) (\(error.message)); not read")
            return
        }
        let locator = TOMLLineLocator(text: text)
        for section in [["project"], ["tool", "poetry"], ["package"], ["workspace", "package"]] {
            guard let table = document.value(at: section)?.table else { continue }
            let sectionName = section.joined(separator: ".")
            func line(_ key: String) -> Int { locator.line(section: sectionName, key: key) }
            switch table["license"] {
            case .string(let expression)?:
                Manifests.add(expression, field: "\(sectionName).license", path: path, line: line("license"), db: db, into: &result)
            case .table(let inline)?:
                if let text = inline["text"]?.string {
                    Manifests.add(text, field: "\(sectionName).license.text", path: path, line: line("license"), db: db, into: &result)
                }
            default: break
            }
            if let expression = table["license-expression"]?.string {
                Manifests.add(expression, field: "\(sectionName).license-expression", path: path, line: line("license-expression"), db: db, into: &result)
            }
            for classifier in table["classifiers"]?.array ?? [] {
                guard let value = classifier.string else { continue }
                Manifests.classifier(value, path: path, line: locator.line(containing: value), db: db, into: &result)
            }
            if let name = table["name"]?.string, !name.isEmpty { result.identity.names.append(name) }
            for key in ["authors", "maintainers"] {
                for person in table[key]?.array ?? [] {
                    if let name = person.string.map(Manifests.personName) ?? person.table?["name"]?.string, !name.isEmpty, !name.contains("@") {
                        result.identity.authors.append(name)
                    }
                }
            }
            for key in ["homepage", "repository", "documentation"] {
                if let url = table[key]?.string, url.contains("://") { result.identity.urls.append(url) }
            }
            for (_, value) in (table["urls"]?.table ?? [:]).sorted(by: { $0.key < $1.key }) {
                if let url = value.string, url.contains("://"), !result.identity.urls.contains(url) { result.identity.urls.append(url) }
            }
        }
    }
}

/// Finds the line of a key inside a `[section]` of a TOML text (the parser gives values, not positions).
struct TOMLLineLocator {
    let lines: [Substring]

    init(text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// 1-based line of `key = …` under `[section]`, else of `section.key`, else 1.
    func line(section: String, key: String) -> Int {
        var current = ""
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") && !line.hasPrefix("[[") {
                current = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                continue
            }
            guard current == section, let equals = line.firstIndex(of: "=") else { continue }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if name == key || name.hasPrefix(key + ".") { return index + 1 }
        }
        return 1
    }

    /// 1-based line of the first line containing `needle`, else 1.
    func line(containing needle: String) -> Int {
        (lines.firstIndex { $0.contains(needle) } ?? 0) + 1
    }
}

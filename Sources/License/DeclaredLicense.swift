import Foundation

/// What the declared expression of a tree was made from.
struct DeclaredLicense {
    var expression: String?
    var from: [String]
    var by: [LicenseDeclaration]
}

/// Decides a tree's declared license from its findings. Precedence (docs/license.md, "Declared license"):
///
/// 1. a Debian binary package's copyright file, unless an upstream declaration is shallower;
/// 2. the package's own declaration: explicit manifest fields at the package level (PKG-INFO/METADATA
///    `License-Expression`, pyproject `project.license` / `license-expression`, package.json and Cargo
///    `license`, ...), then free-text manifest fields that resolve exactly (`License: LGPL-2.1-or-later`,
///    `license = {text = "MIT"}`);
/// 3. `SPDX-License-Identifier` tags carried by more than half of the source files (and at least two);
/// 4. a Debian copyright file's `Files: *` license;
/// 5. the license texts at the package level, ANDed in path order, except that the options of one choice
///    (a LICENSE saying "either of LICENSE.APACHE or LICENSE.BSD") are ORed;
/// 6. a vague manifest field or classifier; license texts deeper down; the most frequent header notice.
///
/// A text-derived `-only` id of the GPL family becomes `-or-later` when a header, README, notice or
/// manifest of the tree says "or (at your option) any later version" for the same license and version or lower.
enum DeclaredLicenseResolver {
    /// Manifest fields that hold an SPDX expression by specification.
    static let expressionFields: Set<String> = [
        "License-Expression", "project.license", "project.license-expression", "tool.poetry.license-expression",
        "package.license", "workspace.package.license", "license", "licenses", "PackageLicenseExpression", "nuspec license",
        "setup.cfg license_expression", "setup.cfg license-expression",
    ]

    static func depth(_ path: String) -> Int { path.split(separator: "/").count }

    static func isPackageTextFinding(_ f: LicenseFinding) -> Bool {
        f.kind == .file && f.confidence >= 0.8 && !LicenseScanner.isNoticeName(f.path) && !f.spdx.hasPrefix("LicenseRef-scancode-unknown")
    }

    static func isClassifier(_ f: LicenseFinding) -> Bool { f.source == "classifier" }

    static func declaration(_ f: LicenseFinding, source: String? = nil, use: String = "declared") -> LicenseDeclaration {
        LicenseDeclaration(expression: f.spdx, path: f.path, line: f.startLine, source: source ?? f.source, use: use)
    }

    static func resolve(findings: [LicenseFinding], debianPrimary: [LicenseFinding], choices: [LicenseChoice],
                        sourceFileCount: Int) -> DeclaredLicense {
        var result = declare(findings: findings, debianPrimary: debianPrimary, choices: choices, sourceFileCount: sourceFileCount)
        if let expression = result.expression, result.by.contains(where: { $0.use == "declared" && upgradable($0) }) {
            let (upgraded, evidence) = orLater(expression, findings: findings)
            if upgraded != expression {
                result.expression = upgraded
                result.by.append(contentsOf: evidence)
            }
        }
        return result
    }

    /// Texts, headers and free-text Debian fields may be refined to -or-later; explicit SPDX declarations never are.
    static func upgradable(_ d: LicenseDeclaration) -> Bool {
        d.source == "license text" || d.source == "choice of license texts" || d.source == "header notice" || d.source.hasPrefix("DEP-5")
            || d.source.hasSuffix("(text)") || d.source == "debian copyright"
    }

    static func declare(findings: [LicenseFinding], debianPrimary: [LicenseFinding], choices: [LicenseChoice],
                        sourceFileCount: Int) -> DeclaredLicense {
        let texts = findings.filter(isPackageTextFinding)
        let manifests = findings.filter { $0.kind == .manifest }
        let packageLevel = (texts + manifests).map { depth($0.path) }.min()

        // 1. Debian binary package.
        if !debianPrimary.isEmpty {
            let debianDepth = debianPrimary.map { depth($0.path) }.min() ?? 0
            if (packageLevel ?? Int.max) >= debianDepth, let p = debianPrimary.first(where: { depth($0.path) == debianDepth }), p.confidence >= 0.5 {
                return DeclaredLicense(expression: p.spdx, from: [p.path], by: [declaration(p, source: "debian copyright")])
            }
        }

        // 2. The package's own manifest declaration.
        if let level = packageLevel {
            let levelManifests = manifests.filter { depth($0.path) == level && !isClassifier($0) && $0.confidence >= 0.9 }
            let explicit = levelManifests.filter { expressionFields.contains($0.source) && $0.confidence >= 1.0 - 1e-9 }
            for tier in [explicit, levelManifests] where !tier.isEmpty {
                // Several manifests normally agree; when they do not, the most frequent expression wins.
                var counts: [String: Int] = [:]
                for f in tier { counts[f.spdx, default: 0] += 1 }
                let best = tier.max { (counts[$0.spdx] ?? 0, -depth($0.path)) < (counts[$1.spdx] ?? 0, -depth($1.path)) } ?? tier[0]
                let agreeing = tier.filter { $0.spdx == best.spdx }
                return DeclaredLicense(expression: best.spdx, from: Array(Set(agreeing.map(\.path))).sorted(), by: agreeing.map { declaration($0) })
            }
        }

        // 3. SPDX tags on more than half of the source files.
        let tags = findings.filter { $0.kind == .spdxTag && $0.confidence >= 0.8 && !LicenseScanner.isLicenseFileName($0.path) }
        if !tags.isEmpty {
            var counts: [String: Int] = [:]
            for t in tags { counts[t.spdx, default: 0] += 1 }
            if let best = counts.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }).first,
               best.value >= 2, best.value * 2 > sourceFileCount {
                let carriers = tags.filter { $0.spdx == best.key }
                return DeclaredLicense(expression: best.key, from: Array(Set(carriers.map(\.path))).sorted().prefix(5).map { $0 },
                                       by: carriers.prefix(5).map { declaration($0, source: "SPDX-License-Identifier") })
            }
        }

        // 4. Debian copyright of a source package.
        if let p = debianPrimary.first, p.confidence >= 0.5 {
            return DeclaredLicense(expression: p.spdx, from: [p.path], by: [declaration(p, source: "debian copyright")])
        }

        // 5. License texts at the package level (choices ORed).
        if let level = packageLevel {
            let levelTexts = texts.filter { depth($0.path) == level }
            if !levelTexts.isEmpty { return fromTexts(levelTexts, choices: choices) }
            // 6a. Vague manifest fields (`License: BSD`, classifiers without a version).
            let vague = manifests.filter { depth($0.path) == level }.sorted { $0.confidence > $1.confidence }
            if let best = vague.first, best.confidence >= 0.5 {
                return DeclaredLicense(expression: best.spdx, from: [best.path], by: [declaration(best)])
            }
            // 6b. License files deeper than the manifests.
            if let textLevel = texts.map({ depth($0.path) }).min() {
                return fromTexts(texts.filter { depth($0.path) == textLevel }, choices: choices)
            }
        }
        // 6c. The most frequent header notice (or a minority SPDX tag).
        for kind in [FindingKind.spdxTag, .header] {
            let fs = findings.filter { $0.kind == kind && $0.confidence >= 0.8 }
            var counts: [String: Int] = [:]
            for f in fs { counts[f.spdx, default: 0] += 1 }
            guard let best = counts.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }).first else { continue }
            let carriers = fs.filter { $0.spdx == best.key }
            let source = kind == .header ? "header notice" : "SPDX-License-Identifier"
            return DeclaredLicense(expression: best.key, from: Array(Set(carriers.map(\.path))).sorted().prefix(5).map { $0 },
                                   by: carriers.prefix(5).map { declaration($0, source: source) })
        }
        return DeclaredLicense(expression: nil, from: [], by: [])
    }

    /// License texts of one directory level: each file's findings ANDed, the files ANDed in path order, except
    /// that the option files of a choice are ORed in place of the file that offers the choice.
    static func fromTexts(_ texts: [LicenseFinding], choices: [LicenseChoice]) -> DeclaredLicense {
        let paths = Array(Set(texts.map(\.path))).sorted()
        func expression(of path: String) -> String? { LicenseScanner.conjoin(texts.filter { $0.path == path }.map(\.spdx)) }
        var consumed: Set<String> = []
        var parts: [String] = []
        var by: [LicenseDeclaration] = []
        for path in paths where !consumed.contains(path) {
            if let choice = choices.first(where: { $0.path == path }) {
                let options = choice.options.filter { paths.contains($0) && $0 != path }
                let optionExpressions = options.compactMap(expression(of:))
                if optionExpressions.count >= 2 {
                    consumed.formUnion(options)
                    consumed.insert(path)
                    var unique: [String] = []
                    for e in optionExpressions where !unique.contains(e) { unique.append(e) }
                    parts.append(unique.count == 1 ? unique[0] : unique.map { $0.contains(" ") ? "(\($0))" : $0 }.joined(separator: " OR "))
                    for option in options { by.append(contentsOf: texts.filter { $0.path == option }.map { declaration($0, source: "choice of license texts") }) }
                    by.append(LicenseDeclaration(expression: parts[parts.count - 1], path: path, line: 1, source: "choice of license texts", use: "declared"))
                    continue
                }
            }
            guard let e = expression(of: path) else { continue }
            consumed.insert(path)
            parts.append(e)
            by.append(contentsOf: texts.filter { $0.path == path }.map { declaration($0, source: "license text") })
        }
        return DeclaredLicense(expression: LicenseScanner.conjoin(parts), from: Array(consumed).sorted(), by: by)
    }

    // MARK: or-later

    /// The family and version of a GPL-family id (`LGPL-2.1-only` → ("LGPL", [2, 1], only: true)).
    static func gplFamily(_ id: String) -> (family: String, version: [Int], only: Bool, orLater: Bool)? {
        for family in ["AGPL", "LGPL", "GPL", "GFDL"] where id.hasPrefix(family + "-") {
            let rest = id.dropFirst(family.count + 1)
            let numbers = rest.prefix { $0.isNumber || $0 == "." }
            let version = numbers.split(separator: ".").compactMap { Int($0) }
            if version.isEmpty { return nil }
            return (family, version, rest.hasSuffix("-only"), rest.hasSuffix("-or-later") || rest.hasSuffix("+"))
        }
        return nil
    }

    /// Upgrades each `-only` GPL-family id of `expression` for which the tree says "or any later version".
    static func orLater(_ expression: String, findings: [LicenseFinding]) -> (String, [LicenseDeclaration]) {
        var evidence: [LicenseDeclaration] = []
        let upgraded = SPDX.mapIDs(expression) { id in
            guard let target = gplFamily(id), target.only else { return id }
            let support = findings.filter { f in
                // Manifest names must be exact ("LGPLv2+"), not guesses ("GNU LGPL" read as LGPL-2.0-or-later).
                guard f.confidence >= (f.kind == .manifest ? 0.9 : 0.8) else { return false }
                return SPDX.ids(in: f.spdx).contains { other in
                    guard let o = gplFamily(other), o.orLater, o.family == target.family else { return false }
                    return o.version.lexicographicallyPrecedes(target.version) || o.version == target.version
                }
            }
            guard !support.isEmpty else { return id }
            for f in support.prefix(3) {
                let source = f.kind == .manifest ? f.source : (f.kind == .readme ? "README notice" : (f.kind == .header ? "header notice" : f.kind.rawValue))
                evidence.append(declaration(f, source: source, use: "or-later"))
            }
            return String(id.dropLast("-only".count)) + "-or-later"
        }
        return (upgraded, evidence)
    }
}

import Foundation

/// How the reference project can be recognised in another tree.
///
/// Identity comes from what the reference says about itself — manifest names, authors and URLs, its README
/// title, DEP-5 `Upstream-Name`/`Source`, the copyright holders of its own notices — and, for a reference
/// given as code only, from its package, module and directory names. It never comes from the text of a
/// license the reference ships (the FSF's line in the GPL is dropped by the scanner).
public struct ReferenceIdentity: Codable, Sendable, Hashable {
    /// Project names (manifest name, PKG-INFO Name, DEP-5 Upstream-Name, README title, names the caller knows).
    public var names: [String]
    /// Distribution package names (npm, PyPI, crates, Debian).
    public var packageNames: [String]
    public var urls: [String]
    public var holders: [String]
    public var authors: [String]
    /// Package, module and directory names of the reference's code (`chardet`, `docopt`); only searched
    /// for together with a derivation phrase or in prose, never in import statements.
    public var codeNames: [String] = []

    public init(names: [String] = [], packageNames: [String] = [], urls: [String] = [], holders: [String] = [], authors: [String] = [],
                codeNames: [String] = []) {
        self.names = names; self.packageNames = packageNames; self.urls = urls; self.holders = holders; self.authors = authors
        self.codeNames = codeNames
    }

    /// Identity derived from a scanned reference tree: manifest names, authors and URLs, the README title, and the
    /// copyright holders of its license files and headers (most frequent first). A tree whose holders include the
    /// Python Software Foundation, or that ships CPython's license stack, is also known as CPython / the Python
    /// standard library.
    public static func from(report: LicenseReport) -> ReferenceIdentity {
        var id = ReferenceIdentity(names: report.identity.names, packageNames: report.identity.names, urls: report.identity.urls,
                                   holders: [], authors: report.identity.authors)
        var counts: [String: Int] = [:]
        var order: [String] = []
        for c in report.copyrights {
            let h = c.holder.trimmingCharacters(in: .whitespaces)
            if h.count < 4 || h.count > 120 { continue }
            if counts[h] == nil { order.append(h) }
            counts[h, default: 0] += 1
        }
        id.holders = order.sorted { (counts[$0] ?? 0) > (counts[$1] ?? 0) }.prefix(12).map { $0 }
        // CPython: the PSF as a holder, or CPython's own license stack (PSF + BeOpen + CNRI + CWI, SPDX Python-2.0) in a
        // license file, whose PSF notice is only quoted ("i.e., \"Copyright (c) 2001, ... Python Software Foundation\"").
        let shipsCPythonLicense = report.findings.contains {
            ($0.kind == .file || $0.kind == .debianCopyright) && $0.spdx == "Python-2.0" && $0.confidence >= 0.8
        }
        if shipsCPythonLicense || id.holders.contains(where: { $0.localizedCaseInsensitiveContains("Python Software Foundation") }) {
            for n in ["CPython", "Python standard library", "standard library", "stdlib", "Python"] where !id.names.contains(n) { id.names.append(n) }
        }
        return id
    }

    /// As `from(report:)`, plus the code names of the tree at `root`: the directory's own name without a version
    /// (`chardet-5.2.0` → `chardet`), Python packages (directories with `__init__.py`) and top-level modules
    /// (`docopt.py`) up to three levels down. Generic names (`src`, `lib`, `tests`, ...) are left out.
    public static func from(report: LicenseReport, root: URL) -> ReferenceIdentity {
        var id = from(report: report)
        var names: [String] = []
        func add(_ raw: String) {
            let name = stripVersion(raw)
            if name.count >= 3, !genericDirectoryNames.contains(name.lowercased()), !name.hasPrefix("."), !names.contains(name) { names.append(name) }
        }
        add(root.standardizedFileURL.lastPathComponent)
        for name in codeNames(root: root) { add(name) }
        id.codeNames = names.filter { n in !id.names.contains { $0.caseInsensitiveCompare(n) == .orderedSame } }
        return id
    }

    /// Python packages (directories with `__init__.py`) and top-level modules of the tree at `root`, up to three
    /// levels down, outside generic directories (`docs`, `tests`, ...); helper modules (`setup`, `conf`, `version`,
    /// `benchmark`, `test_*`) left out.
    public static func codeNames(root: URL) -> [String] {
        var names: [String] = []
        guard let files = try? LicenseScanner.listFiles(root: root) else { return [] }
        for (rel, _) in files.prefix(50_000) {
            let parts = rel.split(separator: "/").map(String.init)
            guard parts.count <= 5, let last = parts.last else { continue }
            // An installed Debian package keeps its name in `usr/share/doc/<package>`: `ruby-activesupport` is
            // ActiveSupport, which a port names ("A port of ActiveSupport's inflector") where Upstream-Name says `rails`.
            if parts.count == 5, parts[0] == "usr", parts[1] == "share", parts[2] == "doc", let name = debianProjectName(parts[3]),
               !names.contains(name) {
                names.append(name)
                continue
            }
            if parts.dropLast().contains(where: { genericDirectoryNames.contains($0.lowercased()) && $0.lowercased() != "src" && $0.lowercased() != "lib" }) { continue }
            var candidate: String? = nil
            if last == "__init__.py", parts.count >= 2 { candidate = parts[parts.count - 2] }
            else if last.hasSuffix(".py"), parts.count <= 2 || isModuleDirectory(parts[parts.count - 2]) { candidate = String(last.dropLast(3)) }
            guard let name = candidate, !helperModuleNames.contains(name.lowercased()), !name.lowercased().hasPrefix("test"),
                  !name.lowercased().hasSuffix("_test"), !name.hasPrefix("_"), !names.contains(name) else { continue }
            names.append(name)
        }
        return names
    }

    /// The project a Debian binary package installs, from its name: the language's prefix and the packaging suffix
    /// off (`ruby-activesupport` → `activesupport`, `python3-unidecode` → `unidecode`, `libalgorithm-diff-perl` →
    /// `algorithm-diff`, `golang-github-joho-godotenv-dev` → `godotenv`, `librust-difflib-dev` → `difflib`); nil
    /// when nothing of a project's name is left.
    static func debianProjectName(_ package: String) -> String? {
        var name = package
        if name.hasPrefix("golang-"), name.hasSuffix("-dev") {
            // `golang-<host>-<owner>-<repository>-dev`: the repository is the project.
            name = String(name.dropLast(4))
            guard let last = name.split(separator: "-").last else { return nil }
            name = String(last)
        } else if name.hasPrefix("lib"), name.hasSuffix("-perl") {
            name = String(name.dropFirst(3).dropLast(5))
        } else {
            for prefix in ["python3-", "python-", "ruby-", "node-", "libjs-", "librust-", "php-", "lua-", "r-cran-", "elpa-"] where name.hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count))
                break
            }
            for suffix in ["-dev", "-doc", "-common"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        }
        return name.count >= 3 && !genericDirectoryNames.contains(name) ? name : nil
    }

    /// Directories whose `.py` files are top-level modules: `python3.11`, `site-packages`, `dist-packages` (an
    /// installed tree, such as a Debian package's `usr/lib/python3.11`).
    static func isModuleDirectory(_ name: String) -> Bool {
        name == "site-packages" || name == "dist-packages" || name.range(of: #"^python\d+(\.\d+)?$"#, options: .regularExpression) != nil
    }

    /// Module names of packaging and tooling, not of the project.
    static let helperModuleNames: Set<String> = ["setup", "conf", "conftest", "version", "_version", "benchmark", "bench", "noxfile", "tasks",
                                                 "fabfile", "manage", "__main__", "distribute_setup", "ez_setup", "release", "runtests", "bootstrap"]

    /// Directory names that never identify a project.
    static let genericDirectoryNames: Set<String> = [
        "src", "lib", "libs", "source", "sources", "code", "pkg", "cmd", "internal", "test", "tests", "testing", "doc", "docs", "example",
        "examples", "scripts", "tools", "utils", "util", "vendor", "third_party", "_vendor", "reference", "suspect", "build", "dist",
        "bin", "include", "private", "public", "main", "app", "core", "common", "misc", "data", "assets", "static", "templates",
        "benchmarks", "bench", "fixtures", "compat", "helpers", "tmp", "temp", "work", "repo", "repository", "project", "package",
    ]

    /// `chardet-5.2.0` → `chardet`; `docopt_ng-0.9` → `docopt_ng`; names without a version are unchanged.
    static func stripVersion(_ name: String) -> String {
        guard let r = name.range(of: #"[-_]v?\d+(\.\d+)*([a-z]+\d*)?(\.post\d+|\.dev\d+)?$"#, options: .regularExpression) else { return name }
        return String(name[..<r.lowerBound])
    }
}

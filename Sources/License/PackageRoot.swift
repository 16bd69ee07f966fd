import Foundation

/// Where the license of a subdirectory lives: a tree such as `chardet-7.0.0/src/chardet` has no license file
/// or manifest of its own, so its license is the enclosing package's or repository's.
extension LicenseScanner {
    /// The nearest proper ancestor of `directory` holding a license file, a package manifest, a Debian
    /// directory or `.git`, or nil when there is none up to the file-system root. A `.git` ancestor ends the
    /// search even without a license: nothing above a repository root speaks for it.
    ///
    /// Complexity: one directory listing per ancestor, at most 64 ancestors.
    public static func enclosingPackageRoot(of directory: URL) -> URL? {
        var current = directory.standardizedFileURL
        for _ in 0..<64 {
            let parent = current.deletingLastPathComponent().standardizedFileURL
            if parent.path == current.path { return nil }
            current = parent
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: current.path) else { continue }
            for name in entries {
                if name == ".git" { return current }
                let category = LicenseScanner.category(rel: name, name: name)
                if category == .licenseFile || category == .manifest { return current }
            }
        }
        return nil
    }

    /// Does the report hold a package-level declaration of its own (a license file, manifest or Debian copyright)?
    static func hasOwnDeclaration(_ report: LicenseReport) -> Bool {
        report.findings.contains { ($0.kind == .file && $0.confidence >= 0.8) || $0.kind == .manifest || $0.kind == .debianCopyright }
    }

    /// When `report` (of the tree at `root`) has no declaration of its own, scans the top level of the enclosing
    /// package root (its license files, manifests, README; not its other subdirectories) and takes the license
    /// from there. Paths from the enclosing root are written relative to `root` (`../../LICENSE`).
    func withEnclosingPackageLicense(_ report: LicenseReport, root: URL) throws -> LicenseReport {
        var report = report
        report.licenseRoot = root.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue,
              !LicenseScanner.hasOwnDeclaration(report), let packageRoot = LicenseScanner.enclosingPackageRoot(of: root) else { return report }
        let levels = root.standardizedFileURL.pathComponents.count - packageRoot.standardizedFileURL.pathComponents.count
        let prefix = String(repeating: "../", count: max(1, levels))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.path)) ?? []
        var files: [(String, URL)] = []
        for name in names.sorted() {
            let url = packageRoot.appendingPathComponent(name)
            guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey]),
                  values.isRegularFile == true, values.isSymbolicLink != true else { continue }
            files.append((name, url))
        }
        let results = files.map { scanFile(rel: $0.0, url: $0.1, db: database) }
        let enclosing = assemble(root: packageRoot, files: files.map(\.0), results: results)
        func relocate(_ path: String) -> String { prefix + path }
        report.licenseRoot = packageRoot.path
        report.findings += enclosing.findings.map { var f = $0; f.path = relocate(f.path); return f }
        report.copyrights += enclosing.copyrights.map { var c = $0; c.path = relocate(c.path); return c }
        report.noticeFiles += enclosing.noticeFiles.map(relocate)
        var identity = enclosing.identity
        identity.merge(report.identity)
        report.identity = identity
        report.warnings += enclosing.warnings.map(relocate)
        if let declared = enclosing.declared {
            report.declared = declared
            report.declaredFrom = enclosing.declaredFrom.map(relocate)
            report.declaredBy = enclosing.declaredBy.map { var d = $0; d.path = relocate(d.path); return d }
        }
        return report
    }
}

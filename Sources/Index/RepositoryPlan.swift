import Foundation
import FrontEnd
#if canImport(Glibc)
import Glibc
#endif

/// A repository a run indexes: the path as given, its key in the index (the real path's bytes), its name and
/// its source files.
struct RepositoryPlan {
    /// The path as given to the run.
    var path: String
    /// `repositories.path`: the real path, so the same tree reached two ways is one repository.
    var key: [UInt8]
    var name: String
    var files: [SourceCandidate]
    /// Bytes of source in `files`.
    var bytes: Int
}

extension IndexRun {
    /// Discovers every repository of `paths` before anything is written (totals for the ETA; a missing path
    /// fails first), counting skipped files into `summary`. Largest repository first (ties in the order given):
    /// the run ends with the smallest one's finish, which nothing overlaps, while the big ones' finishes (their
    /// LSH rows, document frequency) run beside analysis.
    func discover(_ paths: [String], summary: inout IndexSummary, warning: ((String) -> Void)?) throws -> [RepositoryPlan] {
        var discovery = DiscoveryOptions()
        discovery.maxFileBytes = options.maxFileBytes
        var repos: [RepositoryPlan] = []
        var listed = Set<String>()
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw IndexError.missingRepository(path) }
            guard isDir.boolValue else { throw IndexError.notARepository(path) }
            let found: Discovery
            do { found = try FileDiscovery(options: discovery).discover(root: path) } catch {
                throw IndexError.missingRepository(path)
            }
            let real = Self.realPath(path)
            // The same repository twice (by real path) is indexed once: its builds would overlap in the pipeline.
            guard listed.insert(real).inserted else { continue }
            for skip in found.skipped { Self.count(skip, into: &summary, warning: warning) }
            let name = (real as NSString).lastPathComponent
            if found.files.isEmpty {
                summary.empty_repositories.append(path)
                warning?("\(terminalSafe(path)): no supported source files; repository not indexed")
                continue
            }
            repos.append(RepositoryPlan(path: path, key: Array(real.utf8), name: name.isEmpty ? real : name, files: found.files,
                                        bytes: found.files.reduce(0) { $0 + $1.size }))
        }
        let order = repos.indices.sorted { repos[$0].bytes != repos[$1].bytes ? repos[$0].bytes > repos[$1].bytes : $0 < $1 }
        return order.map { repos[$0] }
    }

    /// Counts a skipped file into `summary`; a problem (not a mere non-source file) is also a warning line.
    static func count(_ skip: Skip, into summary: inout IndexSummary, warning: ((String) -> Void)?) {
        summary.files_skipped += 1
        summary.skipped_by_reason[skip.reason.rawValue, default: 0] += 1
        if skip.reason.isProblem { warning?("warning: \(terminalSafe(skip.path)): \(skip.reason.rawValue): \(terminalSafe(skip.detail))") }
    }

    /// The canonical absolute path of `path` (itself when it cannot be resolved).
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

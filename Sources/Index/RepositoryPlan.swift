import Foundation
import FrontEnd
#if canImport(Glibc)
import Glibc
#endif

/// A repository a run indexes: the path as given, its key in the index (the real path's bytes), its name and
/// its source files.
package struct RepositoryPlan {
    /// The path as given to the run.
    package var path: String
    /// `repositories.path`: the real path, so the same tree reached two ways is one repository.
    package var key: [UInt8]
    package var name: String
    package var files: [SourceCandidate]
    /// Bytes of source in `files`.
    package var bytes: Int
    /// Warnings met while discovering it (kept with the repository in the index).
    package var warnings: [String]
    /// The files discovery found not to be source by their first bytes (`Discovery.notSource`), when they differ from
    /// those the index holds for the repository (nil: the same; nothing to write).
    package var notSource: [[UInt8]: FileStamp]? = nil
}

/// A path given to a run that was skipped entirely (the rest of the run goes on).
package struct SkippedRepository {
    /// The path as given.
    package var path: String
    /// Its real path, when it resolves.
    package var realPath: String
    /// Why, e.g. "no such directory".
    package var reason: String
}

extension IndexRun {
    /// Discovers every repository of `paths` before anything is written (totals for the ETA), counting skipped
    /// files into `summary`. A path that is missing, not a directory, unreadable or without supported source files
    /// is skipped with a warning. Largest repository first (ties in the order given): the run ends with the
    /// smallest one's finish, which nothing overlaps, while the big ones' finishes (their LSH rows, document
    /// frequency) run beside analysis.
    func discover(_ paths: [String], summary: inout IndexSummary, warning: ((String) -> Void)?) throws
        -> (repositories: [RepositoryPlan], skipped: [SkippedRepository]) {
        Self.discover(paths, options: options, notSource: try writer.notSourceFiles(), summary: &summary, warning: warning)
    }

    /// `discover` for any store's run (the PostgreSQL backend's too).
    /// - Parameter notSource: by repository key, the files an earlier run found not to be source by their first bytes,
    ///   with their stamps then (`Discovery.notSource`); an unchanged one is not opened again.
    package static func discover(_ paths: [String], options: IndexOptions, notSource: [[UInt8]: [[UInt8]: FileStamp]] = [:],
                                 summary: inout IndexSummary, warning: ((String) -> Void)?)
        -> (repositories: [RepositoryPlan], skipped: [SkippedRepository]) {
        var discovery = DiscoveryOptions()
        discovery.maxFileBytes = options.maxFileBytes
        discovery.pathFilter = options.pathFilter
        let walked = walk(paths, options: discovery, notSource: notSource)
        var repos: [RepositoryPlan] = []
        var skipped: [SkippedRepository] = []
        var listed = Set<String>()
        for (path, outcome) in zip(paths, walked) {
            let real = outcome.realPath
            // The same repository twice (by real path) is indexed once: its builds would overlap in the pipeline.
            guard listed.insert(real).inserted else { continue }
            func skip(_ reason: String) {
                skipped.append(SkippedRepository(path: path, realPath: real, reason: reason))
                summary.skipped_repositories.append(path)
                warning?("warning: \(terminalSafe(path)): \(reason); repository not indexed")
            }
            let found: Discovery
            switch outcome.result {
            case .success(let discovered): found = discovered
            case .failure(let reason): skip(reason.text); continue
            }
            var warnings: [String] = []
            for file in found.skipped {
                guard let line = Self.count(file, into: &summary) else { continue }
                warning?("warning: " + line)
                warnings.append(line)
            }
            if found.files.isEmpty {
                if let root = found.skipped.first(where: { $0.path == "." && $0.reason == .unreadable }) {
                    skip("cannot be read (\(terminalSafe(root.detail)))")
                } else {
                    summary.empty_repositories.append(path)
                    skip("no supported source files")
                }
                continue
            }
            let name = (real as NSString).lastPathComponent, key = Array(real.utf8)
            repos.append(RepositoryPlan(path: path, key: key, name: name.isEmpty ? real : name, files: found.files,
                                        bytes: found.files.reduce(0) { $0 + $1.size }, warnings: warnings,
                                        notSource: found.notSource == notSource[key, default: [:]] ? nil : found.notSource))
        }
        let order = repos.indices.sorted { repos[$0].bytes != repos[$1].bytes ? repos[$0].bytes > repos[$1].bytes : $0 < $1 }
        return (order.map { repos[$0] }, skipped)
    }

    /// What walking one given path found: its real path, and its files or why it is skipped.
    private struct Walked: Sendable {
        var realPath: String
        var result: Result<Discovery, SkipReason>
    }

    /// Why a given path is skipped before its files are looked at (the warning's wording).
    private struct SkipReason: Error, Sendable {
        var text: String
    }

    /// Walks every path on all cores, results in the order given. Why: discovery (a `stat` of every entry of every
    /// repository) ran on one core before anything else; over many small repositories it was most of an unchanged
    /// corpus' re-index (docs/benchmarks.md, "Group rows").
    private static func walk(_ paths: [String], options: DiscoveryOptions, notSource: [[UInt8]: [[UInt8]: FileStamp]]) -> [Walked] {
        let results = WalkResults(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let path = paths[i], real = realPath(path), key = Array(real.utf8)
            let result: Result<Discovery, SkipReason>
            var isDir: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                result = .failure(SkipReason(text: "no such directory"))
            } else if !isDir.boolValue {
                result = .failure(SkipReason(text: "not a directory"))
            } else {
                do {
                    result = .success(try FileDiscovery(options: options).discover(root: path, realRoot: key,
                                                                                   notSourceBefore: notSource[key, default: [:]]))
                } catch {
                    result = .failure(SkipReason(text: "cannot be read (\(String(describing: error)))"))
                }
            }
            results.set(i, Walked(realPath: real, result: result))
        }
        return results.all()
    }

    /// The walks' results, filled in from several threads.
    private final class WalkResults: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Walked?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: Walked) { lock.lock(); values[i] = value; lock.unlock() }
        func all() -> [Walked] { lock.lock(); defer { lock.unlock() }; return values.compactMap { $0 } }
    }

    /// Counts a skipped file into `summary`; a problem (not a mere non-source file) also gets a warning line, returned
    /// without the "warning: " prefix.
    package static func count(_ skip: Skip, into summary: inout IndexSummary) -> String? {
        summary.files_skipped += 1
        summary.skipped_by_reason[skip.reason.rawValue, default: 0] += 1
        guard skip.reason.isProblem else { return nil }
        return "\(terminalSafe(skip.path)): \(skip.reason.rawValue): \(terminalSafe(skip.detail))"
    }

    /// The canonical absolute path of `path` (itself when it cannot be resolved).
    package static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

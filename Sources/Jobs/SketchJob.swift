import Analysis
import Foundation
import FrontEnd
import Index
import Report
#if canImport(Glibc)
import Glibc
#endif

/// What `sketch` is asked: which repositories to sketch into which directory.
public struct SketchOptions: Sendable {
    /// The sketch directory (created when missing); shards of many runs and machines may share it.
    public var directory: String
    /// Repository directories to sketch.
    public var paths: [String] = []
    /// A file listing one repository path per line (as for `index --from`), sketched after `paths`.
    public var listFile: String?
    /// `--include` / `--exclude`: which files are sketched.
    public var pathFilter = PathFilter.all
    /// Files larger than this many bytes are skipped.
    public var maxFileBytes = 1 << 20
    /// Names this run's shards and manifest; unique per run and machine (default: host, time and process id).
    public var runID = SketchOptions.defaultRunID()
    /// Records per shard.
    public var unitsPerShard = 100_000

    public init(directory: String) { self.directory = directory }

    /// `<host>-<UTC time>-<pid>`, reduced to the characters a run id may hold.
    public static func defaultRunID() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        let host = ProcessInfo.processInfo.hostName.filter { isRunIDCharacter($0) }
        return "\(host.isEmpty ? "host" : host)-\(formatter.string(from: Date()))-\(getpid())"
    }

    /// Letters, digits, `.`, `_` and `-`: a run id is part of file names.
    public static func isRunIDCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "_" || c == "-")
    }
}

/// `clonescan sketch` as a library call: the front end and the sketch core only, writing every LSH candidate unit
/// with its signatures and the band keys the index would store (docs/sketch-json.md), for a cluster job to join.
///
/// A run writes `units-<run>-<n>.jsonl.gz` shards, then `run-<run>.json` (its summary: the shards that belong to it)
/// last, so a consumer that reads only the shards listed by run manifests never sees a killed run's part.
/// `metadata.json` holds the parameters; a directory made with other parameters is refused.
public struct SketchJob: Sendable {
    public var options: SketchOptions
    /// The configuration whose units, signatures and band keys the sketches carry: the one a new index gets.
    public var configuration = IndexConfiguration.standard()

    public init(_ options: SketchOptions) { self.options = options }

    /// The manifest name of run `id`.
    public static func manifestName(_ id: String) -> String { "run-\(id).json" }

    /// Sketches `paths` and the repositories of `listFile`. A path that is missing, not a directory, unreadable or
    /// without supported source files is a warning and listed in `skipped_repositories`; the rest is sketched.
    /// - Parameter warning: one line per skipped problem file or repository.
    /// - Throws: `JobError.usage` for a bad run id or list file, `.runtime` when the directory cannot be written or
    ///   holds sketches made with other parameters.
    public func run(warning: ((String) -> Void)? = nil) async throws -> SketchSummary {
        let start = Date()
        guard !options.runID.isEmpty, options.runID.allSatisfy(SketchOptions.isRunIDCharacter) else {
            throw JobError.usage("--run-id \(terminalSafe(options.runID)): use letters, digits, '.', '_' and '-' only")
        }
        var repositories = options.paths
        if let listFile = options.listFile { repositories += try IndexJob.readList(listFile) }
        try prepareDirectory()
        var summary = SketchSummary(run_id: options.runID, directory: options.directory)
        let shards = SketchShards(directory: options.directory, runID: options.runID, unitsPerShard: options.unitsPerShard)
        var discovery = JobSteps.discovery(options.pathFilter)
        discovery.maxFileBytes = options.maxFileBytes
        let analyzer = RepositoryAnalyzer(parameters: configuration.analysis, discovery: discovery)
        var seen = Set<String>()
        do {
            for path in repositories where seen.insert(Self.realPath(path)).inserted {
                guard let found = screen(path, discovery: discovery, summary: &summary, warning: warning) else { continue }
                let (files, skipped) = try await analyzer.analyze(found.files)
                for skip in skipped { note(skip, in: path, summary: &summary, warning: warning) }
                summary.repositories.append(path)
                summary.files += files.count
                summary.source_bytes += files.reduce(0) { $0 + $1.byteCount }
                for file in files { summary.units += try write(file, repository: path, to: shards) }
            }
            try shards.finish()
        } catch let error as OutputError {
            throw JobError.runtime(error.description)
        }
        summary.shards = shards.committed
        summary.sketch_bytes = shards.bytesWritten
        summary.seconds = Date().timeIntervalSince(start)
        do {
            try ReportOutput.write(try ReportJSON.encode(summary), to: options.directory + "/" + Self.manifestName(options.runID))
        } catch let error as OutputError { throw JobError.runtime(error.description) }
        return summary
    }

    /// Writes the records of a file's LSH candidate units; returns how many.
    private func write(_ file: FileFeatures, repository: String, to shards: SketchShards) throws -> Int {
        var count = 0
        for (position, unit) in file.units.enumerated() where configuration.isLSHCandidate(unit) {
            let signatures = SketchRecord.Signatures(
                structure: unit.structureSignature.isEmpty ? nil : Data(unit.structureSignature.encoded()).base64EncodedString(),
                cross: unit.crossSignature.isEmpty ? nil : Data(unit.crossSignature.encoded()).base64EncodedString())
            try shards.append(SketchRecord(repository: repository, path: file.path, unit: position, name: unit.name,
                                           lines: [unit.startLine, unit.endLine], language: file.language, kind: unit.kind.rawValue,
                                           tokens: unit.tokenCount, code_lines: unit.codeLines, signatures: signatures,
                                           band_keys: configuration.lshKeys(of: unit)))
            count += 1
        }
        return count
    }

    /// The source files of the repository at `path`, or nil (with a warning, counted as skipped) when it is missing,
    /// not a directory, unreadable or has no supported source file: the same screening as `index`.
    private func screen(_ path: String, discovery: DiscoveryOptions, summary: inout SketchSummary,
                        warning: ((String) -> Void)?) -> Discovery? {
        func skip(_ reason: String) -> Discovery? {
            summary.skipped_repositories.append(path)
            warning?("warning: \(terminalSafe(path)): \(reason); repository not sketched")
            return nil
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return skip("no such directory") }
        guard isDir.boolValue else { return skip("not a directory") }
        let found: Discovery
        do { found = try FileDiscovery(options: discovery).discover(root: path) } catch {
            return skip("cannot be read (\(error.description))")
        }
        for file in found.skipped { note(file, in: path, summary: &summary, warning: warning) }
        guard !found.files.isEmpty else {
            if let root = found.skipped.first(where: { $0.path == "." && $0.reason == .unreadable }) {
                return skip("cannot be read (\(terminalSafe(root.detail)))")
            }
            return skip("no supported source files")
        }
        return found
    }

    /// Counts a skipped file; a problem (not a mere non-source file) gets a warning.
    private func note(_ skip: Skip, in repository: String, summary: inout SketchSummary, warning: ((String) -> Void)?) {
        summary.files_skipped += 1
        guard skip.reason.isProblem else { return }
        warning?("warning: \(terminalSafe(repository))/\(terminalSafe(skip.path)): \(skip.reason.rawValue): \(terminalSafe(skip.detail))")
    }

    /// Creates the directory when missing and records the parameters in `metadata.json`, or checks them against
    /// the ones already there (several runs and machines write into one directory).
    private func prepareDirectory() throws {
        let directory = options.directory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw JobError.usage("--out \(terminalSafe(directory)): cannot create the directory (\(error.localizedDescription)); pass a writable directory")
        }
        let path = directory + "/" + SketchMetadata.fileName
        let parameters: [String: String]
        do { parameters = try configuration.recordedParameters() } catch {
            throw JobError.runtime("cannot encode the analysis parameters: \(error)")
        }
        guard let existing = FileManager.default.contents(atPath: path) else {
            do { try ReportOutput.write(try ReportJSON.encode(SketchMetadata(parameters: parameters)), to: path) } catch {
                throw JobError.runtime("\(error)")
            }
            return
        }
        let stored: IndexConfiguration
        do {
            let metadata = try JSONDecoder().decode(SketchMetadata.self, from: existing)
            guard metadata.format == SketchMetadata.formatName, metadata.schema_version == SketchMetadata.currentSchema else {
                throw IndexError.invalidData("format \(metadata.format) schema \(metadata.schema_version)")
            }
            stored = try IndexConfiguration(recordedParameters: metadata.parameters)
        } catch {
            throw JobError.runtime("--out \(terminalSafe(path)): not a clonescan sketch metadata file of schema \(SketchMetadata.currentSchema) (\(terminalSafe("\(error)"))); pass an empty or clonescan sketch directory")
        }
        if let conflict = configuration.conflicts(with: stored) {
            throw JobError.runtime("--out \(terminalSafe(directory)): sketches made with other parameters: \(conflict.replacingOccurrences(of: "index has", with: "directory has")); use another directory")
        }
    }

    /// The canonical absolute path of `path` (itself when it cannot be resolved): one tree reached two ways is
    /// sketched once.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

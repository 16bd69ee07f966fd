import Analysis
import Foundation
import FrontEnd
import Index
import IndexPostgres
import Matching

/// The steps every job takes the same way: analysing a tree, opening an index and checking its parameters.
enum JobSteps {
    /// Features of the tree at `path`, with one warning per file skipped for a problem.
    /// - Throws: `JobError.usage` when the tree has no supported source file, `.runtime` when it cannot be read.
    /// With `screen`, the tree is analysed twice in chunks (`SuspectScreen`: candidates first, then each chunk slimmed to
    /// what the comparison with the screen's reference reads), so a huge suspect never holds all its features at once.
    /// `discovered`, with a screen, is the tree's discovery already made: both passes read its list, never the tree's.
    static func analyze(_ analyzer: RepositoryAnalyzer, path: String, role: String,
                        screen: (screen: SuspectScreen, discovered: Discovery)? = nil) async throws -> (RepositoryFeatures, [String]) {
        let repo: RepositoryFeatures
        do {
            if let (screening, discovered) = screen {
                var screen = screening
                _ = try await analyzer.analyze(root: path, chunkFiles: SuspectScreen.chunkFiles, discovered: discovered) {
                    try screen.tally($0); return []
                }
                screen.decide()
                repo = try await analyzer.analyze(root: path, chunkFiles: SuspectScreen.chunkFiles, discovered: discovered) { screen.slim($0) }
            } else {
                repo = try await analyzer.analyze(root: path)
            }
        } catch let error as FrontEndError {
            throw JobError.runtime("\(role): \(error.description)")
        }
        let warnings = repo.skipped.filter(\.reason.isProblem).map {
            "\(terminalSafe(path))/\(terminalSafe($0.path)): \($0.reason.rawValue): \(terminalSafe($0.detail))"
        }
        guard !repo.files.isEmpty else {
            throw JobError.usage("\(role) \(terminalSafe(path)) has no supported source files (\(repo.skipped.count) skipped); pass a source tree in one of: \(LanguageTable.all.map(\.name).joined(separator: ", "))")
        }
        return (repo, warnings)
    }

    /// Discovery with `filter` and the default limits.
    static func discovery(_ filter: PathFilter) -> DiscoveryOptions {
        var options = DiscoveryOptions()
        options.pathFilter = filter
        return options
    }

    /// `features` without the files `filter` does not keep (indexed repositories, filtered as a tree would be).
    static func filtered(_ features: RepositoryFeatures, by filter: PathFilter) -> RepositoryFeatures {
        guard !filter.isEmpty else { return features }
        var out = features
        out.files.removeAll { !filter.keeps($0.pathBytes ?? Array($0.path.utf8)) }
        return out
    }

    /// The index at `path`, read-only, refused (with the same message in every command) unless it was built with
    /// `parameters`, the parameters this build analyses with.
    static func openIndex(_ path: String, parameters: AnalysisParameters) throws -> any IndexStore {
        do {
            let index = try openStore(path)
            try index.checkCompatible(parameters)
            return index
        } catch {
            throw indexError(error, database: path)
        }
    }

    /// The index `--db` names: a PostgreSQL database for a `postgresql://` or `postgres://` URL, an SQLite file
    /// otherwise. The one place that chooses the backend of a read.
    static func openStore(_ database: String) throws -> any IndexStore {
        if PostgresURL.isURL(database) { return try PostgresIndexReader.open(url: database) }
        return try IndexReader.open(path: database, readOnly: true)
    }

    /// A failure opening or using the index at `database` as one `JobError` line: a malformed URL is a usage error
    /// (exit 2), anything else a runtime failure (exit 3). A URL's password never appears.
    static func indexError(_ error: Error, database: String) -> JobError {
        let shown = displayName(database)
        if let pg = error as? PostgresIndexError {
            // PostgreSQL errors name the URL themselves.
            return pg.isUsage ? .usage("--db \(terminalSafe(pg.description))") : .runtime("--db \(terminalSafe(pg.description))")
        }
        return .runtime("--db \(terminalSafe(shown)): \(error)")
    }

    /// `--db` as messages show it: a URL without its password, a file path as given.
    static func displayName(_ database: String) -> String {
        guard PostgresURL.isURL(database) else { return database }
        return (try? PostgresURL(database).redacted) ?? database
    }
}

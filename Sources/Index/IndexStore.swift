import Analysis
import Sketch

/// The read side of a clone index, whatever holds it: an SQLite file (`IndexReader`) or a PostgreSQL database
/// (`PostgresIndexReader` in `IndexPostgres`). Jobs read through this protocol only, so every command that takes
/// `--db FILE` takes `--db postgresql://...` the same way and gives the same results.
///
/// Every read sees each repository's last complete generation only (never a half-written run); wrap several calls
/// in ``snapshot(_:)`` to read them from one consistent state. Not `Sendable`: one instance per thread.
public protocol IndexStore: AnyObject {
    /// Where the index lives, as reports name it: the file path, or the URL without its password.
    var path: String { get }
    /// The full configuration recorded when the index was created.
    func configuration() throws -> IndexConfiguration
    /// Every repository, by id.
    func repositories() throws -> [IndexedRepository]
    /// Number of complete, non-template repositories (the denominator of document frequency).
    func repositoryCount() throws -> Int
    /// For each signature, the units sharing at least one LSH band key with it in `channel`, most shared bands first
    /// (ties by id), at most `limit`; only units of complete, non-template repositories. A band key shared by more
    /// than ``IndexReader/maxPostingsPerKey`` units is boilerplate and ignored.
    func candidateUnits(for signatures: [MinHashSignature], channel: SignatureChannel, limit: Int) throws -> [[Int64]]
    /// The units with these ids (in the order given; unknown ids are left out).
    func loadUnits(_ ids: [Int64]) throws -> [IndexedUnit]
    /// Every visible unit of repository `id`, in file path then unit order.
    func loadRepositoryUnits(_ id: Int64) throws -> [IndexedUnit]
    /// The repository of each of the units `ids` (unknown ids are left out).
    func repositoriesOfUnits(_ ids: [Int64]) throws -> [Int64: Int64]
    /// Number of complete, non-template repositories containing each hash; absent hashes map to 0.
    func documentFrequency(_ hashes: [UInt64]) throws -> [UInt64: Int]
    /// The hashes among `hashes` that occur in a template repository.
    func templateHashes(_ hashes: [UInt64]) throws -> Set<UInt64>
    /// The warnings of each repository's last run, by repository id.
    func warningsByRepository() throws -> [Int64: [String]]
    /// Runs `body` inside one read transaction, so every call in it sees the same committed state.
    func snapshot<T>(_ body: () throws -> T) throws -> T
}

extension IndexStore {
    /// The analysis parameters the index was built with.
    public func parameters() throws -> AnalysisParameters { try configuration().analysis }

    /// Throws `IndexError.parameterMismatch` naming every difference when `p` differs from the index's parameters
    /// (the same refusal for every backend).
    public func checkCompatible(_ p: AnalysisParameters) throws {
        if let d = try parameters().differences(from: p) {
            throw IndexError.parameterMismatch("index has \(d) (index value vs this run)")
        }
    }
}

extension IndexReader: IndexStore {}

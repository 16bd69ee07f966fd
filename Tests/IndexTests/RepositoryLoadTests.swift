import Foundation
@testable import Index
import TestSupport
import XCTest

/// `loadRepositoryUnits` (one scan, units decoded on all cores straight into place) against the unit-by-unit reads.
final class RepositoryLoadTests: XCTestCase {
    func index(files: Int) async throws -> (db: String, repository: IndexedRepository) {
        let dir = try temporaryDirectory("load")
        let repo = try Fixtures.repository(at: dir.appendingPathComponent("alpha"), seed: 7, files: files)
        let db = dir.appendingPathComponent("corpus.sqlite").path
        var options = IndexOptions()
        options.workers = 2
        _ = try await IndexRun(databasePath: db, options: options).index(paths: [repo.path])
        let repository = try XCTUnwrap(try IndexReader.open(path: db, readOnly: true).repositories().first)
        return (db, repository)
    }

    /// Several decoding chunks (256 units each): the same units, in the same order, with the same bags and signatures.
    func testWholeRepositoryEqualsItsUnitsReadOneByOne() async throws {
        let (db, repository) = try await index(files: 150)
        let reader = try IndexReader.open(path: db, readOnly: true)
        let whole = try reader.loadRepositoryUnits(repository.id)
        let oneByOne = try reader.loadUnits(reader.unitIDs(repository: repository.id))
        XCTAssertGreaterThan(whole.count, 512, "more than two decoding chunks")
        XCTAssertEqual(whole.count, repository.unitCount)
        func describe(_ u: IndexedUnit) -> String {
            "\(u.id) \(u.fileID) \(u.path) \(u.language) \(u.ordinal) \(u.features.name) \(u.features.structure.sortedHashes) "
                + "\(u.features.subwords.counts) \(u.features.literals.sortedHashes) \(u.features.fingerprints.map(\.hash)) "
                + "\(u.features.structureSignature.values) \(u.features.crossSignature.values)"
        }
        XCTAssertEqual(whole.map(describe), oneByOne.map(describe))
        XCTAssertTrue(whole.contains { !$0.features.structureSignature.isEmpty }, "leaf signatures are recomputed")
    }

    /// A damaged unit blob in a late chunk: one clear error naming the unit, no crash, and the reader still works.
    func testDamagedUnitBlobIsOneErrorNamingTheUnit() async throws {
        let (db, repository) = try await index(files: 150)
        let ids = try IndexReader.open(path: db, readOnly: true).unitIDs(repository: repository.id)
        let damaged = try XCTUnwrap(ids.last)
        try Database(path: db, readOnly: false).run("UPDATE units SET features = ?1 WHERE id = ?2", [.blob([0xFF, 0x01]), .int(damaged)])
        let reader = try IndexReader.open(path: db, readOnly: true)
        XCTAssertThrowsError(try reader.loadRepositoryUnits(repository.id)) { error in
            XCTAssertTrue(String(describing: error).contains("unit \(damaged)"), "\(error)")
        }
        XCTAssertEqual(try reader.loadUnits(Array(ids.prefix(3))).count, 3)
    }
}

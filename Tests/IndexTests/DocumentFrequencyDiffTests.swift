@testable import Index
import XCTest

/// The finish's document-frequency difference: what a repository's old and new shingle sets change in `doc_freq`.
final class DocumentFrequencyDiffTests: XCTestCase {
    func testChangesCountAddedAndRemovedHashesInTheirColumns() {
        let changes = DocumentFrequencyDiff.changes(old: [1, 3, 5], oldTemplate: false, new: [3, 4, 5, 1 << 63], newTemplate: false)
        XCTAssertEqual(changes.map { [Int64(bitPattern: $0.hash), $0.repos, $0.templates] },
                       [[1, -1, 0], [4, 1, 0], [Int64.min, 1, 0]])
        // A repository that becomes a template moves every hash it keeps from one column to the other.
        let moved = DocumentFrequencyDiff.changes(old: [2, 7], oldTemplate: false, new: [7], newTemplate: true)
        XCTAssertEqual(moved.map { [Int64($0.hash), $0.repos, $0.templates] }, [[2, -1, 0], [7, -1, 1]])
    }

    func testRowsComeInSQLiteKeyOrder() {
        let changes = DocumentFrequencyDiff.changes(old: [], oldTemplate: false, new: [5, 9, 1 << 63, UInt64.max], newTemplate: false)
        let keys = DocumentFrequencyDiff.rowsInKeyOrder(changes).map(\.0)
        XCTAssertEqual(keys, keys.sorted())
        XCTAssertEqual(keys, [Int64.min, -1, 5, 9])
    }

    func testShingleSetBlobRoundTrips() {
        let set: [UInt64] = [0, 1, 0xDEAD_BEEF, UInt64.max]
        XCTAssertEqual(DocumentFrequencyDiff.decode(DocumentFrequencyDiff.encode(set)), set)
        XCTAssertEqual(DocumentFrequencyDiff.encode(set).count, 32)
    }
}

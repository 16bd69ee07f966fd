@testable import FrontEnd
@testable import Index
import XCTest

/// How far analysis may run ahead of the writer (`BatchPlan.analysisLimit`).
final class BatchPlanTests: XCTestCase {
    /// `count` repositories of one file of `size` bytes each.
    func plan(repositories count: Int, fileSize size: Int) -> BatchPlan {
        let repositories = (0..<count).map { k in
            let path = "/corpus/r\(k)"
            let file = SourceCandidate(absolutePath: Array((path + "/a.py").utf8), relativePath: Array("a.py".utf8), language: "python",
                                       size: size)
            return RepositoryPlan(path: path, key: Array(path.utf8), name: "r\(k)", files: [file], bytes: size, warnings: [])
        }
        return BatchPlan(repositories: repositories, batchSize: 8)
    }

    func testSmallBatchesAreAnalysedAheadByBytesNotByCount() {
        let small = plan(repositories: 1_000, fileSize: 10_000)
        // 4 MiB of 10 kB batches: 419 batches after the one being written, far more than the two of large batches.
        XCTAssertEqual(small.analysisLimit(after: 0), 1 + 419)
        XCTAssertEqual(small.analysisLimit(after: -1), 419)
        XCTAssertEqual(small.analysisLimit(after: 990), small.count, "near the end: all of them")

        let large = plan(repositories: 10, fileSize: 3 << 20)
        XCTAssertEqual(large.analysisLimit(after: 0), 1 + BatchPlan.analysisAhead, "at least two batches, however large")
        let middle = plan(repositories: 10, fileSize: 1 << 20)
        XCTAssertEqual(middle.analysisLimit(after: 0), 1 + 4, "batches 1 to 4 hold 4 MiB")
    }
}

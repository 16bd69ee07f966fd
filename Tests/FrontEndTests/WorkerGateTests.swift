import XCTest
@testable import FrontEnd

/// `WorkerGate` bounds how many of `SourceParser.map`'s workers parse at once (an index run gives its writer a core
/// this way); a width change applies to waiting workers, and every item is still processed exactly once.
final class WorkerGateTests: XCTestCase {
    func testNeverMoreWorkersInsideThanTheWidthAndEveryItemOnce() async {
        for width in [1, 2, 3] {
            let gate = WorkerGate(width: width)
            let inside = InsideCount()
            let items = Array(0..<200)
            let results = await SourceParser.map(items, workers: 8, gate: gate) { _, item -> Int in
                inside.enter()
                // Long enough for the other workers to reach the gate meanwhile.
                var x = item
                for _ in 0..<2_000 { x = (x &* 31) &+ 7 }
                inside.leave()
                return x == .min ? -1 : item  // uses x, so the loop stays
            }
            XCTAssertEqual(results, items, "width \(width)")
            XCTAssertLessThanOrEqual(inside.most, width, "width \(width)")
            XCTAssertGreaterThanOrEqual(inside.most, 1)
        }
    }

    func testWideningAdmitsAWaitingWorkerAndNarrowingNeverStopsTheLast() async {
        let gate = WorkerGate(width: 1)
        await gate.enter()  // the one place is taken
        let admitted = InsideCount()
        let waiter = Task {
            await gate.enter()
            admitted.enter()
            gate.leave()
        }
        gate.setWidth(2)  // the waiter gets in without the first leaving
        await waiter.value
        XCTAssertEqual(admitted.most, 1)
        gate.setWidth(0)  // clamped to one: a worker can always go on
        gate.leave()
        await gate.enter()
        gate.leave()
    }
}

/// How many workers are inside at once, and the most seen.
private final class InsideCount: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private var highest = 0
    func enter() { lock.lock(); now += 1; highest = max(highest, now); lock.unlock() }
    func leave() { lock.lock(); now -= 1; lock.unlock() }
    var most: Int { lock.lock(); defer { lock.unlock() }; return highest }
}

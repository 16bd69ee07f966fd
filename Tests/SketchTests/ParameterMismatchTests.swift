import XCTest
@testable import Sketch

final class ParameterMismatchTests: XCTestCase {
    func signature(_ p: MinHashParameters) throws -> MinHashSignature {
        try MinHasher(p).signature(of: [1, 2, 3, 4, 5] as [UInt64])
    }

    func testMismatchedParametersThrowNamingEveryDifference() throws {
        let base = try signature(MinHashParameters(numPerm: 128, seed: 1, kind: .classic))
        let cases: [(MinHashParameters, [String])] = [
            (MinHashParameters(numPerm: 64, seed: 1, kind: .classic), ["numPerm (K) 128 vs 64"]),
            (MinHashParameters(numPerm: 128, seed: 2, kind: .classic), ["seed 1 vs 2"]),
            (MinHashParameters(numPerm: 128, seed: 1, kind: .onePermutation), ["kind classic vs onePermutation"]),
            (MinHashParameters(numPerm: 256, seed: 9, kind: .onePermutation),
             ["numPerm (K) 128 vs 256", "seed 1 vs 9", "kind classic vs onePermutation"]),
        ]
        for (parameters, expected) in cases {
            let other = try signature(parameters)
            for operation in [{ _ = try base.jaccard(other) }, { _ = try base.containment(in: other) }] {
                XCTAssertThrowsError(try operation()) { error in
                    guard case SketchError.parameterMismatch = error else { return XCTFail("wrong error \(error)") }
                    for fragment in expected {
                        XCTAssertTrue("\(error)".contains(fragment), "message \"\(error)\" should name \(fragment)")
                    }
                }
            }
        }
        XCTAssertNoThrow(try base.jaccard(base))
    }

    func testInvalidParametersThrow() {
        XCTAssertThrowsError(try MinHasher(MinHashParameters(numPerm: 0)))
        XCTAssertThrowsError(try MinHasher(MinHashParameters(numPerm: MinHashParameters.maxNumPerm + 1)))
        XCTAssertThrowsError(try MinHashSignature(parameters: .default, values: [1, 2], setSize: 2))
        XCTAssertThrowsError(try LSHParameters(bands: 20, rows: 7).validate(numPerm: 128), "140 values > 128")
        XCTAssertThrowsError(try LSHParameters(bands: 0, rows: 7).validate(numPerm: 128))
    }

    func testParametersAreCodable() throws {
        let p = MinHashParameters(numPerm: 64, seed: 5, kind: .onePermutation)
        let decoded = try JSONDecoder().decode(MinHashParameters.self, from: JSONEncoder().encode(p))
        XCTAssertEqual(decoded, p)
    }
}

import Foundation
import XCTest
@testable import Shingles
@testable import Sketch

final class MinHashDeterminismTests: XCTestCase {
    /// The vector path (SIMD16 lanes) and the portable path (scalar loops) must give identical values,
    /// for K that fill whole vectors and K that do not.
    func testVectorAndPortablePathsGiveIdenticalSignatures() throws {
        var rng = SplitMix64(seed: 4)
        for numPerm in [1, 7, 16, 64, 100, 128, 200, 256] {
            let parameters = MinHashParameters(numPerm: numPerm, seed: UInt64(numPerm), kind: .classic)
            let vector = try MinHasher(parameters, implementation: .vector)
            let portable = try MinHasher(parameters, implementation: .portable)
            for size in [0, 1, 5, 1023, 1024, 1025, 3000] {
                let hashes = (0..<size).map { _ in rng.next() }
                XCTAssertEqual(vector.signature(of: hashes).values, portable.signature(of: hashes).values,
                               "K=\(numPerm), n=\(size): vector and portable paths differ")
            }
        }
    }

    /// Densification reads the first probes of each bin from a table; every signature must equal the one the
    /// probe hash gives directly (sets of 1 to 200 shingles: tiny ones need more probes than the table holds).
    func testDensificationProbeTableEqualsHashedProbes() throws {
        var rng = SplitMix64(seed: 11)
        for numPerm in [16, 100, 128] {
            let hasher = try MinHasher(MinHashParameters(numPerm: numPerm, seed: 3, kind: .onePermutation))
            for size in Array(1...40) + [64, 127, 200] {
                let hashes = (0..<size).map { _ in rng.next() }
                var bins = [UInt32](repeating: .max, count: numPerm)
                for hash in hashes {
                    let mixed = Mixing.fmix64(hash ^ hasher.binKey)
                    let bin = Int(truncatingIfNeeded: ((mixed >> 32) &* UInt64(numPerm)) >> 32)
                    bins[bin] = min(bins[bin], UInt32(truncatingIfNeeded: mixed))
                }
                let empty = bins.map { $0 == .max }
                if empty.allSatisfy({ $0 }) { continue }
                for i in 0..<numPerm where empty[i] {
                    var attempt: UInt64 = 1
                    while empty[MinHasher.probe(i, attempt: attempt, probeKey: hasher.probeKey, k: numPerm)] { attempt += 1 }
                    bins[i] = bins[MinHasher.probe(i, attempt: attempt, probeKey: hasher.probeKey, k: numPerm)]
                }
                XCTAssertEqual(hasher.signature(of: hashes).values, bins, "K=\(numPerm), n=\(size)")
            }
        }
    }

    func testEnvironmentSwitchSelectsPortablePath() {
        XCTAssertEqual(MinHashImplementation.selected(by: ["CLONESCAN_PORTABLE_SIMD": "1"]), .portable)
        XCTAssertEqual(MinHashImplementation.selected(by: [:]), .vector)
        XCTAssertEqual(MinHashImplementation.selected(by: ["CLONESCAN_PORTABLE_SIMD": "0"]), .vector)
        let expected: MinHashImplementation = ProcessInfo.processInfo.environment["CLONESCAN_PORTABLE_SIMD"] == "1" ? .portable : .vector
        XCTAssertEqual(MinHashImplementation.current, expected)
    }

    func testSameInputsAndSeedGiveByteIdenticalSignatures() throws {
        let hashes = GoldenSignatures.input
        for kind in [MinHashParameters.Kind.classic, .onePermutation] {
            let p = MinHashParameters(numPerm: 128, seed: 42, kind: kind)
            let first = try MinHasher(p).signature(of: hashes).encoded()
            let second = try MinHasher(p).signature(of: hashes.reversed()).encoded()
            XCTAssertEqual(first, second, "\(kind): order of input or a new hasher changed the bytes")
            let otherSeed = try MinHasher(MinHashParameters(numPerm: 128, seed: 43, kind: kind)).signature(of: hashes)
            XCTAssertNotEqual(try MinHasher(p).signature(of: hashes).values, otherSeed.values, "seed must matter")
        }
    }

    func testDuplicatesDoNotChangeTheSignature() throws {
        let hashes = GoldenSignatures.input
        for kind in [MinHashParameters.Kind.classic, .onePermutation] {
            let hasher = try MinHasher(MinHashParameters(kind: kind))
            let once = hasher.signature(of: hashes)
            let twice = hasher.signature(of: hashes + hashes)
            XCTAssertEqual(once, twice, "\(kind): set size counts distinct shingles, values ignore repeats")
            XCTAssertEqual(once.setSize, Set(hashes).count)
        }
    }

    func testEmptySetConventions() throws {
        let hasher = try MinHasher(MinHashParameters(kind: .onePermutation))
        let empty = hasher.signature(of: [UInt64]())
        let one = hasher.signature(of: [UInt64(7)])
        XCTAssertEqual(empty.values, [UInt32](repeating: .max, count: 128))
        XCTAssertEqual(try empty.jaccard(empty), 1)
        XCTAssertEqual(try empty.jaccard(one), 0)
        XCTAssertEqual(try empty.containment(in: one), 0)
        XCTAssertEqual(try one.jaccard(one), 1)
        XCTAssertFalse(one.values.contains(.max), "densification fills every bin of a one-element set")
    }

    /// Golden files: encoded signatures and band keys of a fixed input. A failure means hashing,
    /// permutations or encoding changed — bump `MinHashSignature.encodingVersion` and regenerate with
    /// `CLONESCAN_WRITE_GOLDEN=1 swift test --filter SketchTests` only if that change is intended.
    func testGoldenSignaturesAndBandKeys() throws {
        for golden in try GoldenSignatures.cases() {
            let url = try XCTUnwrap(Bundle.module.url(forResource: golden.name, withExtension: "bin", subdirectory: "Golden"),
                                    "missing Golden/\(golden.name).bin")
            let stored = try Data(contentsOf: url)
            XCTAssertEqual([UInt8](stored), golden.signature.encoded(), "\(golden.name): signature bytes changed")
            XCTAssertEqual(try MinHashSignature(decoding: stored), golden.signature)
        }
        let keysURL = try XCTUnwrap(Bundle.module.url(forResource: "band-keys", withExtension: "txt", subdirectory: "Golden"))
        XCTAssertEqual(try String(contentsOf: keysURL, encoding: .utf8), try GoldenSignatures.bandKeysText(), "LSH band keys changed")
    }

    func testWriteGoldenWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["CLONESCAN_WRITE_GOLDEN"] == "1" else {
            throw XCTSkip("set CLONESCAN_WRITE_GOLDEN=1 to regenerate golden files")
        }
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        for golden in try GoldenSignatures.cases() {
            try Data(golden.signature.encoded()).write(to: directory.appendingPathComponent("\(golden.name).bin"))
        }
        try GoldenSignatures.bandKeysText().write(to: directory.appendingPathComponent("band-keys.txt"), atomically: true, encoding: .utf8)
    }
}

/// The fixed input behind the golden files: token shingles (k = 5, seed 0) of token ids 0..<1000 mod 97.
enum GoldenSignatures {
    static var input: [UInt64] {
        TokenShingler(k: 5, seed: 0).shingles(of: (0..<1000).map { UInt32(($0 * 31) % 97) })
            + (0..<500).map { XXH3.hash64("identifier\($0)", seed: 0) }
    }

    static func cases() throws -> [(name: String, signature: MinHashSignature)] {
        [
            ("signature-classic-k128-seed1", try MinHasher(MinHashParameters(numPerm: 128, seed: 1, kind: .classic)).signature(of: input)),
            ("signature-oph-k128-seed1", try MinHasher(MinHashParameters(numPerm: 128, seed: 1, kind: .onePermutation)).signature(of: input)),
            ("signature-oph-k64-seed7-small", try MinHasher(MinHashParameters(numPerm: 64, seed: 7, kind: .onePermutation))
                .signature(of: Array(input.prefix(9)))),
        ]
    }

    static func bandKeysText() throws -> String {
        var text = "# LSH band keys (hex) of the golden signatures, b=16 r=8 (b=8 r=8 for K=64)\n"
        for (name, signature) in try cases() {
            let lsh = LSHParameters(bands: signature.parameters.numPerm / 8, rows: 8)
            text += name + " " + (try lsh.bandKeys(signature)).map { String(format: "%016llx", $0) }.joined(separator: " ") + "\n"
        }
        return text
    }
}

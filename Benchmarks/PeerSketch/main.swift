// Times clonescan's MinHash on a file of little-endian UInt64 shingle hashes, for scripts/bench-peers.sh.
// Usage: PeerSketch FILE [SET_SIZE] — the file is cut into sets of SET_SIZE shingles (default 10000),
// one K=128 signature per set, as datasketch is driven on the other side.
import Foundation
import Sketch

let arguments = CommandLine.arguments
guard arguments.count >= 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: PeerSketch FILE [SET_SIZE]\n".utf8))
    exit(2)
}
let setSize = arguments.count >= 3 ? max(1, Int(arguments[2]) ?? 10_000) : 10_000
let hashes: [UInt64] = {
    var values = [UInt64](repeating: 0, count: data.count / 8)
    values.withUnsafeMutableBytes { out in
        data.withUnsafeBytes { out.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<out.count])) }
    }
    return values.map { UInt64(littleEndian: $0) }
}()

func measure(_ hashes: [UInt64], _ kind: MinHashParameters.Kind, implementation: MinHashImplementation) throws -> Double {
    let hasher = try MinHasher(MinHashParameters(numPerm: 128, seed: 1, kind: kind), implementation: implementation)
    var best = Double.infinity
    var checksum: UInt32 = 0
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        hashes.withUnsafeBufferPointer { all in
            var offset = 0
            while offset < all.count {
                let n = min(setSize, all.count - offset)
                let sig = hasher.signature(of: UnsafeBufferPointer(rebasing: all[offset..<(offset + n)]), distinctCount: n)
                checksum ^= sig.values[0]
                offset += n
            }
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    if checksum == 0x1234_5678 { print("") }  // keeps the work observable
    return Double(hashes.count) / best
}

for (kind, implementation, label) in [
    (MinHashParameters.Kind.classic, MinHashImplementation.vector, "classic-simd"),
    (.classic, .portable, "classic-portable"),
    (.onePermutation, .vector, "one-permutation"),
] {
    let rate = try measure(hashes, kind, implementation: implementation)
    print(String(format: "clonescan %@: %.1f M shingles/s (K=128, %d shingles)", label, rate / 1e6, hashes.count))
}

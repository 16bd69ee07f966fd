import Foundation

/// Which code computes classic signatures. Both give bit-identical signatures; only speed differs.
public enum MinHashImplementation: String, Sendable, Hashable, CaseIterable {
    /// Explicit `SIMD16<UInt32>` lanes across permutations: one AVX-512 register per 16 permutations
    /// when built with `-target-cpu native` on such a CPU, split into narrower registers elsewhere.
    case vector
    /// Plain scalar loops over permutations, which any compiler and CPU handle; the reference the
    /// vector path is tested against.
    case portable

    /// Selected once per process: `portable` when the environment variable `CLONESCAN_PORTABLE_SIMD`
    /// is `1`, else `vector`.
    ///
    /// Read once so that every signature in a run comes from the same code.
    public static let current: MinHashImplementation = selected(by: ProcessInfo.processInfo.environment)

    /// The implementation an environment selects: `portable` when `CLONESCAN_PORTABLE_SIMD` is `1`.
    public static func selected(by environment: [String: String]) -> MinHashImplementation {
        environment["CLONESCAN_PORTABLE_SIMD"] == "1" ? .portable : .vector
    }
}

// swift-tools-version: 6.1
// clonescan benchmarks (package-benchmark). One executable target per suite under Benchmarks/<Suite>/;
// add a suite by appending its name to `suites` (and its dependencies to `suiteDependencies`).
// Run: `cd Benchmarks && swift package --disable-sandbox benchmark` (or `make bench`).
import PackageDescription

let core: Target.Dependency = .product(name: "ClonescanCore", package: "clonescan")
let sketch: Target.Dependency = .product(name: "ClonescanSketch", package: "clonescan")
let benchmark: Target.Dependency = .product(name: "Benchmark", package: "benchmark")

/// Suite name -> extra dependencies beyond Benchmark itself.
let suiteDependencies: [String: [Target.Dependency]] = [
    "Sketch": [sketch],
    "License": [.product(name: "ClonescanLicense", package: "clonescan")],
    "Index": [core, .product(name: "ClonescanFrontEnd", package: "clonescan")],
    "Query": [core, .product(name: "Clonescan", package: "clonescan")],
    "FrontEnd": [.product(name: "ClonescanFrontEnd", package: "clonescan")],
]
let suites = suiteDependencies.keys.sorted()

let package = Package(
    name: "clonescan-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "clonescan", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: suites.map { suite in
        .executableTarget(
            name: "\(suite)Benchmarks",
            dependencies: [benchmark] + (suiteDependencies[suite] ?? []),
            path: suite,
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    } + [
        // Plain timing tool for scripts/bench-peers.sh: reads little-endian UInt64 shingles from a file
        // and times both MinHash forms on exactly the data datasketch gets.
        .executableTarget(
            name: "PeerSketch",
            dependencies: [sketch],
            path: "PeerSketch",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)

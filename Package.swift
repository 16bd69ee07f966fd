// swift-tools-version: 6.1
// clonescan: finds LLM-cloned forks of open-source projects and says what they owe.
//
// One library target per pipeline stage; data flows one way:
//   files -> FrontEnd (tokens, units) -> Shingles -> Sketch -> Analysis -> Index -> Matching -> Report -> Jobs -> clonescan
// License is a side branch that Jobs join. C libraries are wrapped once each
// (CTreeSitter/Syntax, CXXHash/Shingles, CSQLite/Index). docs/architecture.md: what each target owns and
// the allowed import edges, checked by scripts/check-architecture.py in `make test`.
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

/// Release builds of the hot loops get the machine's vector width only through the
/// Makefile (`make release`), never here: a binary built by plain `swift build` must
/// run on any x86-64 CPU.
let package = Package(
    name: "clonescan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "clonescan", targets: ["clonescan"]),
        .library(name: "ClonescanFrontEnd", targets: ["Syntax", "FrontEnd"]),
        .library(name: "ClonescanSketch", targets: ["Shingles", "Sketch"]),
        .library(name: "ClonescanLicense", targets: ["License"]),
        .library(name: "ClonescanCore", targets: ["FrontEnd", "Shingles", "Sketch", "Analysis", "Index", "License", "Matching", "History", "Report"]),
        /// The jobs as a library: `CompareJob`, `QueryJob`, `AuditJob`, `IndexJob`, `SketchJob`, `LicenseJob`, `ParseJob`.
        .library(name: "Clonescan", targets: ["Jobs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.6.0"),
        // SHA-1 of files for SPDX documents (SPDX 2.3 requires it); nothing else uses it.
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        // License manifests: TOML (pyproject.toml, Cargo.toml) and XML (pom.xml, *.csproj, *.nuspec).
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/drmohundro/SWXMLHash.git", from: "8.1.1"),
        // The shared PostgreSQL index (`--db postgresql://...`); nothing else uses it.
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        // C libraries from Debian (libtree-sitter-dev, libxxhash-dev, libsqlite3-dev, zlib1g-dev).
        .systemLibrary(name: "CTreeSitter", pkgConfig: "tree-sitter", providers: [.apt(["libtree-sitter-dev"])]),
        .systemLibrary(name: "CXXHash", pkgConfig: "libxxhash", providers: [.apt(["libxxhash-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // gzip for sketch shards (zlib1g-dev); wrapped once, in Report's GzipFile.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Pipeline stages.
        // tree-sitter's allocator hooks: a per-thread bump arena for parses (C, for a hook cheap enough to call per node).
        .target(name: "CTreeSitterArena", dependencies: ["CTreeSitter"]),
        .target(name: "Syntax", dependencies: ["CTreeSitter", "CTreeSitterArena"], swiftSettings: strict),
        .target(name: "FrontEnd", dependencies: ["Syntax"], swiftSettings: strict),
        .target(name: "Shingles", dependencies: ["CXXHash"], swiftSettings: strict),
        .target(name: "Sketch", dependencies: ["Shingles"], swiftSettings: strict),
        .target(name: "Analysis", dependencies: ["FrontEnd", "Shingles", "Sketch"], swiftSettings: strict),
        .target(name: "Index", dependencies: ["CSQLite", "Analysis", "FrontEnd", "Syntax", "Shingles", "Sketch"], swiftSettings: strict),
        // The PostgreSQL backend of the index: the same store protocols as the SQLite file, on a shared server.
        .target(name: "IndexPostgres", dependencies: ["Index", "Analysis", "FrontEnd", "Shingles", "Sketch",
                                                      .product(name: "PostgresNIO", package: "postgres-nio")], swiftSettings: strict),
        // Side branch: licenses, notices, attribution, obligations. Knows no code features.
        .target(name: "License", dependencies: [
            .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "SWXMLHash", package: "SWXMLHash"),
        ], swiftSettings: strict),
        // Unit matching, boilerplate, pair score and verdict: pure functions of features, no storage.
        .target(name: "Matching", dependencies: ["Analysis", "FrontEnd", "Shingles", "Sketch"], swiftSettings: strict),
        // Git histories read from objects (never a checkout): commits, tags, trees at a commit; bounded searches.
        .target(name: "History", dependencies: ["FrontEnd"], swiftSettings: strict),
        // Report models and every renderer; one JSON writer; sketch shards (gzip JSON lines).
        .target(name: "Report", dependencies: ["Matching", "Analysis", "Index", "FrontEnd", "CZlib"], swiftSettings: strict),
        // One facade per job (compare, query, audit, index, license, parse): options in, report out.
        .target(name: "Jobs", dependencies: ["Report", "Matching", "Analysis", "Index", "IndexPostgres", "License", "FrontEnd", "History",
                                             .product(name: "Crypto", package: "swift-crypto")], swiftSettings: strict),
        .executableTarget(
            name: "clonescan",
            dependencies: ["Jobs", "Report", "Matching", "FrontEnd", "License",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .executableTarget(name: "clonescan-fuzz", dependencies: ["FrontEnd", "Syntax", "License"], path: "Sources/Fuzz", swiftSettings: strict),

        // Tests mirror the stages; TestSupport holds what several test targets share.
        .target(name: "TestSupport", dependencies: ["License", "Index"], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "FrontEndTests", dependencies: ["FrontEnd", "Syntax", "CTreeSitter", "CTreeSitterArena"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "ShinglesTests", dependencies: ["Shingles"], resources: [.copy("Golden")], swiftSettings: strict),
        .testTarget(name: "SketchTests", dependencies: ["Sketch", "Shingles"], resources: [.copy("Golden")], swiftSettings: strict),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "FrontEnd", "Shingles"], swiftSettings: strict),
        .testTarget(name: "IndexTests", dependencies: ["Index", "Analysis", "FrontEnd", "Shingles", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "LicenseTests", dependencies: ["License"], swiftSettings: strict),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "Analysis", "FrontEnd", "Shingles", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Matching", "Analysis", "FrontEnd", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "JobsTests", dependencies: ["Jobs", "Report", "Matching", "Index", "License", "Analysis", "FrontEnd", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "HistoryTests", dependencies: ["History", "Jobs", "Report", "FrontEnd", "TestSupport"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"], swiftSettings: strict),
        // Against a real PostgreSQL server (CLONESCAN_TEST_PG_URL, started by scripts/test.sh); skipped without one.
        .testTarget(name: "IndexPostgresTests", dependencies: ["IndexPostgres", "Index", "Jobs", "Report", "TestSupport",
                                                               .product(name: "PostgresNIO", package: "postgres-nio")], swiftSettings: strict),
    ]
)

// swift-tools-version: 6.1
// clonescan: finds LLM-cloned forks of open-source projects and says what they owe.
//
// One library target per pipeline stage; data flows one way:
//   files -> FrontEnd (tokens, units) -> Shingles -> Sketch -> Analysis -> Index -> Report
// License is a side branch that Report joins. C libraries are wrapped once each
// (CTreeSitter/Syntax, CXXHash/Shingles, CSQLite/Index).
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
        .library(name: "ClonescanCore", targets: ["FrontEnd", "Shingles", "Sketch", "Analysis", "Index", "License", "Report"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.6.0"),
        // License manifests: TOML (pyproject.toml, Cargo.toml) and XML (pom.xml, *.csproj, *.nuspec).
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/drmohundro/SWXMLHash.git", from: "8.1.1"),
    ],
    targets: [
        // C libraries from Debian (libtree-sitter-dev, libxxhash-dev, libsqlite3-dev).
        .systemLibrary(name: "CTreeSitter", pkgConfig: "tree-sitter", providers: [.apt(["libtree-sitter-dev"])]),
        .systemLibrary(name: "CXXHash", pkgConfig: "libxxhash", providers: [.apt(["libxxhash-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

        // Pipeline stages.
        // tree-sitter's allocator hooks: a per-thread bump arena for parses (C, for a hook cheap enough to call per node).
        .target(name: "CTreeSitterArena", dependencies: ["CTreeSitter"]),
        .target(name: "Syntax", dependencies: ["CTreeSitter", "CTreeSitterArena"], swiftSettings: strict),
        .target(name: "FrontEnd", dependencies: ["Syntax"], swiftSettings: strict),
        .target(name: "Shingles", dependencies: ["CXXHash"], swiftSettings: strict),
        .target(name: "Sketch", dependencies: ["Shingles"], swiftSettings: strict),
        .target(name: "Analysis", dependencies: ["FrontEnd", "Shingles", "Sketch"], swiftSettings: strict),
        .target(name: "Index", dependencies: ["CSQLite", "Analysis", "FrontEnd", "Sketch", "License"], swiftSettings: strict),
        .target(name: "License", dependencies: [
            .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "SWXMLHash", package: "SWXMLHash"),
        ], swiftSettings: strict),
        .target(name: "Report", dependencies: ["Analysis", "Index", "License", "FrontEnd", "Shingles", "Sketch"], swiftSettings: strict),
        .executableTarget(
            name: "clonescan",
            dependencies: ["FrontEnd", "Analysis", "Index", "License", "Report",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .executableTarget(name: "clonescan-fuzz", dependencies: ["FrontEnd", "Syntax", "License"], path: "Sources/Fuzz", swiftSettings: strict),

        // Tests mirror the stages.
        .testTarget(name: "FrontEndTests", dependencies: ["FrontEnd", "Syntax", "CTreeSitter", "CTreeSitterArena"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "ShinglesTests", dependencies: ["Shingles"], resources: [.copy("Golden")], swiftSettings: strict),
        .testTarget(name: "SketchTests", dependencies: ["Sketch", "Shingles"], resources: [.copy("Golden")], swiftSettings: strict),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "FrontEnd", "Shingles"], swiftSettings: strict),
        .testTarget(name: "IndexTests", dependencies: ["Index", "Analysis", "Shingles"], swiftSettings: strict),
        .testTarget(name: "LicenseTests", dependencies: ["License"], swiftSettings: strict),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Analysis", "FrontEnd"], swiftSettings: strict),
        .testTarget(name: "CLITests", dependencies: ["License"], swiftSettings: strict),
    ]
)

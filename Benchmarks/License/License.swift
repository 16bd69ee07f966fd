// License suite: the speed goal of issue 8 — a license scan over 1,000 files in <= 2 s (release).
// Input: a generated tree of 1,000 files (~20 KB each, mixed languages, a third with license headers
// taken from the dataset's own texts, plus LICENSE/COPYING files and manifests), built once in a temp dir.
// Needs `make setup` (the license index); without it the suite registers nothing and says why.
// Wiring: suiteDependencies["License"] = [core] in Benchmarks/Package.swift.
import Benchmark
import Foundation
import License

func makeTree(_ db: LicenseDatabase) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("clonescan-license-bench-1000")
    if FileManager.default.fileExists(atPath: root.appendingPathComponent(".complete").path) { return root }
    try? FileManager.default.removeItem(at: root)
    let headers = ["mit", "apache-2.0", "gpl-2.0-plus", "bsd-new"].compactMap { db.licenseText(key: $0) }
        .map { $0.split(separator: "\n").prefix(20).map { "// " + $0 }.joined(separator: "\n") }
    let body = String(repeating: "func f(x int) int {\n\treturn x * 2 + 1 // arithmetic\n}\n\n", count: 400)
    let exts = ["go", "py", "js", "c", "rs"]
    for i in 0..<990 {
        let dir = root.appendingPathComponent("pkg\(i % 25)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var text = ""
        if i % 3 == 0, !headers.isEmpty { text += "// Copyright (c) 20\(10 + i % 15) Author \(i)\n" + headers[i % headers.count] + "\n\n" }
        else if i % 3 == 1 { text += "// SPDX-License-Identifier: MIT\n" }
        text += body
        try text.write(to: dir.appendingPathComponent("file\(i).\(exts[i % exts.count])"), atomically: false, encoding: .utf8)
    }
    for (i, key) in ["mit", "apache-2.0", "gpl-3.0", "lgpl-2.1", "mpl-2.0", "bsd-simplified", "isc", "unlicense"].enumerated() {
        guard let t = db.licenseText(key: key) else { continue }
        try ("Copyright (c) 2020 Someone \(i)\n\n" + t).write(to: root.appendingPathComponent("pkg\(i)/LICENSE"), atomically: false, encoding: .utf8)
    }
    try #"{"name": "bench", "license": "MIT"}"#.write(to: root.appendingPathComponent("package.json"), atomically: false, encoding: .utf8)
    try "[package]\nname = \"bench\"\nlicense = \"MIT OR Apache-2.0\"\n".write(to: root.appendingPathComponent("Cargo.toml"), atomically: false, encoding: .utf8)
    try "".write(to: root.appendingPathComponent(".complete"), atomically: false, encoding: .utf8)
    return root
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5), maxIterations: 20)
    guard let db = try? LicenseDatabase.shared(), let root = try? makeTree(db) else {
        print("License benchmarks skipped: license data missing at \(LicenseDatabase.defaultPath.path); run `make setup`")
        return
    }
    Benchmark("license database load") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? LicenseDatabase(path: db.path)) }
    }
    Benchmark("license scan, 1000 files") { benchmark in
        let scanner = LicenseScanner(database: db)
        for _ in benchmark.scaledIterations { blackHole(try? scanner.scan(root: root)) }
    }
    if let text = db.licenseText(key: "gpl-3.0") {
        let bytes = Array(text.utf8)
        Benchmark("full-text match, GPL-3.0 (35 KB)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(db.match(text: bytes)) }
        }
    }
}

// clonescan-fuzz: fuzz harness for the front end and the license scanner (issue 10).
//
// One input = one selector byte + a body. The selector picks the target:
//   0 ..< L        parse the body as LanguageTable.all[selector] (SourceParser.parse(bytes:language:path:))
//   L              LicenseDatabase.match(text:)
//   L + 1          SPDX expression / name resolution on the body as a string
//   L + 2          LicenseScanner.scan(root:) on a scratch tree holding the body under a name picked by the next byte
// (selector = first byte % (L + 3)).
// With CLONESCAN_FUZZ_TARGET=NAME (a registry language, token level included, or a license target) every input goes
// to that one target whatever its first byte, and only that target is loaded: scripts/fuzz.sh gives each grammar its
// own input budget that way (FUZZ_PER_TARGET_RUNS).
//
// Two ways to run it (see scripts/fuzz.sh and docs/robustness.md):
//   * libFuzzer: built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -DCLONESCAN_LIBFUZZER`; `main` hands
//     control to `LLVMFuzzerRunDriver`, which takes libFuzzer's usual flags and corpus directories.
//   * plain build (`swift build`): `clonescan-fuzz FILE...` replays inputs once each (no mutation) — used to check
//     reproducers and to keep the target building with the rest of the package.
//
// A crash, an ASan report or an input whose parse + normalise takes more than twice the front end's parse time limit
// (reported as HANG and aborted, so libFuzzer saves it) is a finding.
import Foundation
import FrontEnd
import License
import Syntax

/// The harness state. libFuzzer calls the entry point from one thread, so the state is not shared.
final class FuzzHarness: @unchecked Sendable {
    static let shared = FuzzHarness()

    let languages: [String] = LanguageTable.all.map(\.name)
    var selectorCount: Int { languages.count + 3 }
    /// The one target every input goes to (CLONESCAN_FUZZ_TARGET), or nil for the selector byte's choice.
    let fixedTarget: String?
    let options: FrontEndOptions
    let catalog: GrammarCatalog
    let parser: SourceParser
    let database: LicenseDatabase?
    let needsLicenses: Bool
    let scratch: URL
    /// File names the scanner target writes the body under (license file, manifests, Debian, a source file).
    let scanNames = ["LICENSE", "COPYING", "package.json", "Cargo.toml", "pyproject.toml", "setup.py", "setup.cfg",
                     "debian/copyright", "src/main.c", "lib/util.py", "README.md", "NOTICE", "go.mod", "pom.xml",
                     "composer.json", "LICENSES/MIT.txt"]

    // Statistics, written at exit to $CLONESCAN_FUZZ_STATS (JSON) when set.
    // One slot per selector (every language of the table, then the three license targets).
    // A fixed target that is no selector (a token-level language) counts in one extra slot, `selectorCount`.
    lazy var executions = [Int](repeating: 0, count: selectorCount + 1)
    lazy var parsed = [Int](repeating: 0, count: selectorCount + 1)
    lazy var timeouts = [Int](repeating: 0, count: selectorCount + 1)
    var sizeBuckets = [Int](repeating: 0, count: 40)   // bucket b: body size in [2^(b-1), 2^b), bucket 0: empty
    var maxBody = 0
    var total = 0
    var slowestMicros: UInt64 = 0
    var slowestTarget = ""
    let hangMicros: UInt64

    private init() {
        var options = FrontEndOptions()
        let env = ProcessInfo.processInfo.environment
        if let ms = env["CLONESCAN_FUZZ_TIMEOUT_MS"].flatMap(UInt64.init), ms > 0 { options.timeoutMicros = ms * 1000 }
        options.recordTokenText = true   // exercise the text channel too
        options.workers = 1
        self.options = options
        hangMicros = 2 * options.timeoutMicros
        let fixedTarget = env["CLONESCAN_FUZZ_TARGET"].flatMap { $0.isEmpty ? nil : $0 }
        self.fixedTarget = fixedTarget
        catalog = GrammarCatalog(directory: GrammarCatalog.defaultDirectory)
        parser = SourceParser(options: options, catalog: catalog)
        // The license data (~50 MB) only when a license target can be picked.
        needsLicenses = fixedTarget.map { Self.licenseTargets.contains($0) } ?? true
        database = needsLicenses ? try? LicenseDatabase.shared() : nil
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("clonescan-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Loads every grammar and the license data up front, so coverage counters of the dlopen'ed grammars are
    /// registered before fuzzing starts; fails loudly if any is missing (a fuzz run over fewer languages is no run).
    func prepare() {
        if ProcessInfo.processInfo.environment["CLONESCAN_FUZZ_LIST_TARGETS"] == "1" {
            // For scripts/fuzz.sh: selector byte and target name, one per line.
            for s in 0..<selectorCount { print("\(s)\t\(targetName(s))") }
            exit(0)
        }
        if ProcessInfo.processInfo.environment["CLONESCAN_FUZZ_LIST_TARGETS"] == "languages" {
            // For scripts/fuzz.sh's per-target mode: every registry language and its level (units, tokens, markup).
            for spec in LanguageTable.registry { print("\(spec.name)\t\(spec.isMarkup ? "markup" : spec.level.rawValue)") }
            exit(0)
        }
        var missing: [String] = []
        let licenseTargets = Self.licenseTargets
        if let fixedTarget, LanguageRegistry.spec(named: fixedTarget) == nil, !licenseTargets.contains(fixedTarget) {
            FileHandle.standardError.write(Data("clonescan-fuzz: CLONESCAN_FUZZ_TARGET=\(fixedTarget) names no language or license target (CLONESCAN_FUZZ_LIST_TARGETS=1 lists the selector targets)\n".utf8))
            exit(2)
        }
        let warmup = fixedTarget.map { licenseTargets.contains($0) ? [] : [$0] } ?? languages
        for language in warmup {
            if case .skipped(let skip) = parser.parse(bytes: Array("x\n".utf8), language: language, path: "warmup"),
               skip.reason != .parseTimeout && skip.reason != .parseMemory {
                missing.append("\(language): \(skip.detail)")
            }
        }
        if database == nil && needsLicenses { missing.append("license data: \(LicenseDatabase.defaultPath.path) (run `make setup`)") }
        if !missing.isEmpty {
            FileHandle.standardError.write(Data(("clonescan-fuzz: not ready:\n  " + missing.joined(separator: "\n  ") + "\n").utf8))
            exit(2)
        }
        FileHandle.standardError.write(Data("clonescan-fuzz: \(fixedTarget.map { "target \($0)" } ?? "\(languages.count) languages") from \(catalog.directory), time limit \(options.timeoutMicros / 1000) ms, hang at \(hangMicros / 1000) ms\n".utf8))
        atexit {
            FuzzHarness.shared.writeStats()
            try? FileManager.default.removeItem(at: FuzzHarness.shared.scratch)
        }
    }

    static let licenseTargets = ["license-match", "license-spdx", "license-scan"]

    func targetName(_ selector: Int) -> String {
        if selector == selectorCount { return fixedTarget ?? "?" }
        if selector < languages.count { return languages[selector] }
        return Self.licenseTargets[selector - languages.count]
    }

    /// Runs one input.
    func run(_ data: UnsafeBufferPointer<UInt8>) {
        guard let first = data.first else { return }
        let selector = fixedSelector ?? Int(first) % selectorCount
        let language = selector == selectorCount ? fixedTarget : (selector < languages.count ? languages[selector] : nil)
        let body = Array(data.dropFirst())
        executions[selector] += 1
        total += 1
        if total % 20_000 == 0 { writeStats() }   // also at exit; a crash or a kill keeps the last snapshot
        sizeBuckets[body.isEmpty ? 0 : min(39, Int.bitWidth - body.count.leadingZeroBitCount)] += 1
        maxBody = max(maxBody, body.count)

        let start = DispatchTime.now().uptimeNanoseconds
        if let language {
            switch parser.parse(bytes: body, language: language, path: "fuzz") {
            case .parsed(let file):
                parsed[selector] += 1
                check(file, body: body)
            case .skipped(let skip):
                if skip.reason == .parseTimeout { timeouts[selector] += 1 }
                else if skip.reason == .grammarUnavailable { fail("grammar \(language) unavailable: \(skip.detail)") }
            }
        } else if selector == languages.count {
            let matches = database!.match(text: body)
            for m in matches { if m.startLine > m.endLine { fail("license match with start line \(m.startLine) > end line \(m.endLine)") } }
        } else if selector == languages.count + 1 {
            let text = String(decoding: body, as: UTF8.self)
            _ = SPDX.normalize(expression: text, db: database)
            _ = SPDX.resolve(name: text, db: database)
            _ = SPDX.canonicalID(text, db: database)
            _ = SPDX.ids(in: text)
        } else {
            scan(body)
        }
        let micros = (DispatchTime.now().uptimeNanoseconds - start) / 1000
        if micros > slowestMicros { slowestMicros = micros; slowestTarget = targetName(selector) }
        if micros > options.timeoutMicros / 2 {
            let head = String(decoding: body.prefix(24), as: UTF8.self).debugDescription
            FileHandle.standardError.write(Data("clonescan-fuzz: slow: \(targetName(selector)) \(body.count) bytes \(micros / 1000) ms, starts \(head)\n".utf8))
        }
        if micros > hangMicros {
            fail("HANG: \(targetName(selector)) took \(micros / 1000) ms on \(body.count) bytes (limit \(options.timeoutMicros / 1000) ms, hang at \(hangMicros / 1000) ms)")
        }
    }

    /// The slot of the fixed target: its selector, or `selectorCount` for a language that has none.
    lazy var fixedSelector: Int? = fixedTarget.map { target in
        (0..<selectorCount).first { targetName($0) == target } ?? selectorCount
    }

    /// Invariants of a parsed file that must hold for any input.
    func check(_ file: ParsedFile, body: [UInt8]) {
        let t = file.tokens
        guard t.ids.count == t.startLines.count, t.ids.count == t.endLines.count, t.ids.count == t.startBytes.count,
              t.ids.count == t.endBytes.count else { fail("token arrays of different lengths") }
        if file.byteCount != body.count { fail("byteCount \(file.byteCount) != \(body.count)") }
        for i in 0..<t.count {
            if t.startBytes[i] > t.endBytes[i] || Int(t.endBytes[i]) > body.count { fail("token \(i) byte range \(t.startBytes[i])..<\(t.endBytes[i]) outside \(body.count) bytes") }
            if t.startLines[i] > t.endLines[i] { fail("token \(i) line range \(t.startLines[i])...\(t.endLines[i]) reversed") }
        }
        guard let root = file.units.first else { fail("no file unit") }
        _ = root
        for (i, unit) in file.units.enumerated() {
            if unit.startLine > unit.endLine { fail("unit \(i) lines \(unit.startLine)...\(unit.endLine) reversed") }
            if unit.startByte > unit.endByte || Int(unit.endByte) > body.count { fail("unit \(i) bytes \(unit.startByte)..<\(unit.endByte) outside \(body.count)") }
            for r in unit.tokenRanges where r.lowerBound < 0 || Int(r.upperBound) > t.count { fail("unit \(i) token range \(r) outside \(t.count) tokens") }
            if let p = unit.parent, p < 0 || p >= file.units.count { fail("unit \(i) parent \(p) out of range") }
        }
        for s in file.shapes where s.tokenIndex < -1 || Int(s.tokenIndex) > t.count { fail("shape token index \(s.tokenIndex) outside \(t.count)") }
        for channel in [file.subwords, file.identifiers, file.strings, file.numbers, file.commentWords] {
            for e in channel where e.tokenIndex < -1 || Int(e.tokenIndex) > t.count { fail("channel token index \(e.tokenIndex) outside \(t.count)") }
        }
    }

    func scan(_ body: [UInt8]) {
        let name = scanNames[Int(body.first ?? 0) % scanNames.count]
        let fm = FileManager.default
        try? fm.removeItem(at: scratch)
        let file = scratch.appendingPathComponent(name)
        do {
            try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(body.dropFirst()).write(to: file)
        } catch { fail("scratch tree \(scratch.path): \(error)") }
        let scanner = LicenseScanner(database: database!)
        do { _ = try scanner.scan(root: scratch) } catch { /* a thrown error is a handled outcome, not a finding */ }
    }

    func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("clonescan-fuzz: FINDING: \(message)\n".utf8))
        abort()
    }

    func writeStats() {
        guard let path = ProcessInfo.processInfo.environment["CLONESCAN_FUZZ_STATS"], !path.isEmpty else { return }
        var targets: [[String: Any]] = []
        for s in 0...selectorCount where s < selectorCount || executions[s] > 0 {
            targets.append(["target": targetName(s), "executions": executions[s], "parsed": parsed[s], "timeouts": timeouts[s]])
        }
        var buckets: [[String: Any]] = []
        for (b, n) in sizeBuckets.enumerated() where n > 0 {
            buckets.append(["min": b == 0 ? 0 : 1 << (b - 1), "max": b == 0 ? 0 : (1 << b) - 1, "count": n])
        }
        let stats: [String: Any] = [
            "time_limit_ms": options.timeoutMicros / 1000, "hang_ms": hangMicros / 1000,
            "executions": executions.reduce(0, +), "targets": targets, "size_buckets": buckets, "max_body_bytes": maxBody,
            "slowest_ms": Double(slowestMicros) / 1000, "slowest_target": slowestTarget,
        ]
        if let data = try? JSONSerialization.data(withJSONObject: stats, options: [.prettyPrinted, .sortedKeys]) {
            try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }
}

#if CLONESCAN_LIBFUZZER
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif

/// libFuzzer's per-input entry point (also exported under its usual name for other drivers).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    FuzzHarness.shared.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
enum FuzzMain {
    static func main() {
        FuzzHarness.shared.prepare()
        #if CLONESCAN_LIBFUZZER
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        // Replay mode: run each named file (or every file of a named directory) once.
        var count = 0
        for arg in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: arg, isDirectory: &isDir) else { continue }
            let paths = isDir.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: arg)) ?? []).sorted().map { arg + "/" + $0 }
                : [arg]
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let bytes = [UInt8](data)
                bytes.withUnsafeBufferPointer { FuzzHarness.shared.run($0) }
                count += 1
            }
        }
        print("clonescan-fuzz: replayed \(count) inputs, no findings")
        #endif
    }
}

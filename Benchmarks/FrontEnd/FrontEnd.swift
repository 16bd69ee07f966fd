// Front-end throughput per language against raw tree-sitter parsing of the same bytes.
// Inputs: the conformance fixtures (Tests/FrontEndTests/Fixtures/conformance), repeated to ~256 KB per language.
// Goal (issue 4): parse + walk + normalise at >= 60% of raw parse speed.
import Benchmark
import Foundation
import FrontEnd
import Syntax

let fixtures: [(String, String)] = [("python", "sample.py"), ("go", "sample.go"), ("c", "sample.c"), ("javascript", "sample.js"),
                                    ("java", "Sample.java"), ("rust", "sample.rs")]

func input(_ name: String) -> [UInt8] {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/FrontEndTests/Fixtures/conformance")
    let one = (try? Data(contentsOf: dir.appendingPathComponent(name))).map(Array.init) ?? []
    var out: [UInt8] = []
    while out.count < 256 * 1024 && !one.isEmpty { out += one + [10] }
    return out
}

let ratioMetric = BenchmarkMetric.custom("front end / raw parse speed (%)", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .instructions], maxDuration: .seconds(2), maxIterations: 50)
    for (language, file) in fixtures {
        let bytes = input(file)
        guard let grammar = try? GrammarCatalog.shared.grammar(language) else { continue }
        Benchmark("raw parse \(language) (\(bytes.count / 1024) KB)", configuration: .init(scalingFactor: .one)) { benchmark in
            let parser = Parser()
            parser.setGrammar(grammar)
            for _ in benchmark.scaledIterations {
                bytes.withUnsafeBufferPointer { blackHole(parser.parse($0, grammar: grammar, timeoutMicros: 0)) }
            }
        }
        // The same parse as the front end makes it: a fresh parser in the thread's parse arena, tree and all taken
        // back at once (Sources/CTreeSitterArena). Its malloc count is the arena's whole point.
        Benchmark("arena parse \(language) (\(bytes.count / 1024) KB)", configuration: .init(scalingFactor: .one)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(Parser.withArena(grammar: grammar) { parser in
                    bytes.withUnsafeBufferPointer { parser.parse($0, grammar: grammar, timeoutMicros: 0) != nil }
                })
            }
        }
        Benchmark("front end \(language) (\(bytes.count / 1024) KB)", configuration: .init(scalingFactor: .one)) { benchmark in
            let parser = SourceParser()
            for _ in benchmark.scaledIterations {
                blackHole(parser.parse(bytes: bytes, language: language, path: "bench"))
            }
        }
        // The goal as one figure. Raw parse and front end alternate within each iteration, so a noisy
        // neighbour slows both alike; the two benchmarks above run minutes apart and can drift.
        Benchmark("front end speed as % of raw parse, \(language), interleaved",
                  configuration: .init(metrics: [ratioMetric], scalingFactor: .one, maxDuration: .seconds(4), maxIterations: 40)) { benchmark in
            let raw = Parser()
            raw.setGrammar(grammar)
            let frontEnd = SourceParser()
            let clock = ContinuousClock()
            for _ in benchmark.scaledIterations {
                let rawTime = clock.measure { bytes.withUnsafeBufferPointer { blackHole(raw.parse($0, grammar: grammar, timeoutMicros: 0)) } }
                let frontEndTime = clock.measure { blackHole(frontEnd.parse(bytes: bytes, language: language, path: "bench")) }
                let ratio: Double = rawTime / frontEndTime
                benchmark.measurement(ratioMetric, Int((100 * ratio).rounded()))
            }
        }
    }
}

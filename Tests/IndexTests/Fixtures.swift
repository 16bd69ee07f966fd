import Foundation
import XCTest

/// Source fixtures written at test time, in several languages, each function big enough to count as evidence
/// (into TestSupport's `temporaryDirectory`, removed when each test ends).
enum Fixtures {
    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Deterministic generator (SplitMix64) so fixtures are the same on every run.
    struct Generator {
        var state: UInt64
        init(_ seed: Int) { state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678 }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let pythonStatements: [String] = [
        "total += item * {N}",
        "if item > {N}:\n        total -= {N}",
        "for j in range({N}):\n        total += j * item",
        "while total > {N}00:\n        total //= 2",
        "names.append(str(item) + 'x{N}')",
        "try:\n        total += int(names[-1])\n    except (ValueError, IndexError):\n        total += {N}",
        "lookup = {k: v for k, v in zip(names, range({N}))}",
        "if not names:\n        return None",
        "total = max(total, len(names) * {N})",
        "with open(path_{N}, 'rb') as handle:\n        names.extend(handle.read().split())",
        "assert isinstance(item, int), 'bad item {N}'",
        "result = [x for x in names if len(x) > {N}]",
    ]

    /// A Python module with `n` functions whose structure depends on the seed.
    static func python(seed: Int, functions n: Int = 3) -> String {
        var g = Generator(seed)
        var out = "import os\nimport sys\n\n"
        for i in 0..<n {
            let k = seed * 31 + i
            out += "def compute_\(k)_total(items, names, path_\(k % 10)=None):\n    total = 0\n    for item in items:\n"
            for _ in 0..<(4 + g.pick(5)) {
                let stmt = pythonStatements[g.pick(pythonStatements.count)].replacingOccurrences(of: "{N}", with: String(g.pick(50) + 1))
                out += "    " + stmt.replacingOccurrences(of: "\n", with: "\n    ") + "\n"
            }
            out += "    return total\n\n\n"
        }
        return out
    }

    static let goStatements: [String] = [
        "out += fmt.Sprintf(\"%d:%s\\n\", i*{N}, name)",
        "if len(name) > width+{N} {\n\t\tname = name[:width]\n\t}",
        "for j := 0; j < {N}; j++ {\n\t\tcount += j\n\t}",
        "switch count % {N}1 {\n\tcase 0:\n\t\tcount++\n\tdefault:\n\t\tcount--\n\t}",
        "parts = append(parts, strings.ToUpper(name))",
        "if err := check(name, {N}); err != nil {\n\t\treturn \"\", err\n\t}",
        "count += len(parts) * {N}",
    ]

    static func go(seed: Int) -> String {
        var g = Generator(seed)
        var body = ""
        for _ in 0..<(3 + g.pick(5)) {
            body += "\t" + goStatements[g.pick(goStatements.count)].replacingOccurrences(of: "{N}", with: String(g.pick(40) + 1)) + "\n"
        }
        return """
        package sample\(seed)

        import "fmt"

        func Render\(seed)(names []string, width int) (string, error) {
        \tout := ""
        \tcount := 0
        \tvar parts []string
        \tfor i, name := range names {
        \(body)\t}
        \treturn out + fmt.Sprint(count, parts), nil
        }

        """
    }

    static let jsStatements: [String] = [
        "value = value.replace(options[{N} % options.length], '');",
        "if (parts.length < {N}) {\n    throw new Error('bad header line {N}: ' + line);\n  }",
        "for (let i = 0; i < {N}; i++) {\n    count += parts[i % parts.length].length;\n  }",
        "const extra{N} = parts.map((p) => p.trim()).filter(Boolean);",
        "while (count > {N}0) {\n    count = Math.floor(count / 2);\n  }",
        "try {\n    count += JSON.parse(value).length;\n  } catch (e) {\n    count -= {N};\n  }",
        "name = name.toLowerCase() + '-{N}';",
    ]

    static func javascript(seed: Int) -> String {
        var g = Generator(seed)
        var body = ""
        for _ in 0..<(3 + g.pick(5)) {
            body += "  " + jsStatements[g.pick(jsStatements.count)].replacingOccurrences(of: "{N}", with: String(g.pick(40) + 1)) + "\n"
        }
        return """
        export function parseHeader\(seed)(line, options) {
          const parts = line.split(':');
          let name = parts[0].trim();
          let value = parts.slice(1).join(':').trim();
          let count = 0;
        \(body)  return { name: name, value: value, count: count };
        }

        """
    }

    /// A repository with `files` files mixing Python, Go and JavaScript; returns its root.
    @discardableResult
    static func repository(at root: URL, seed: Int, files: Int) throws -> URL {
        for i in 0..<files {
            let s = seed * 1000 + i
            switch i % 3 {
            case 0: try write(python(seed: s), to: root.appendingPathComponent("pkg/mod_\(i).py"))
            case 1: try write(go(seed: s), to: root.appendingPathComponent("cmd/file_\(i).go"))
            default: try write(javascript(seed: s), to: root.appendingPathComponent("web/part_\(i).js"))
            }
        }
        return root
    }
}
